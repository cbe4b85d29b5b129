### The app's own words, in Fluent (https://projectfluent.org): every label, button and message
### the UI shows, and the words the app itself writes (the card, the backup's README, reminders).
### Groups (## …) follow the screens. The UI asks for a message as `group.key`, written here as
### `group-key`: keep the names on the left as they are (the code uses them) and change the words
### freely. `{ $name }` is filled in by the app: keep it, anywhere in the sentence. A message whose
### words change with a number chooses a variant, `[one]` or `*[other]` (the language's plural
### rules; `*` marks the default). A `# Variables:` comment lists a value the app also passes
### that a language may choose by (e.g. `$hour` for Spanish's "a la 1").

# The language's own name, as Settings offers it.
language-name = English

## app

app-name = Aftercare
# What the window, the tray and reminders are called when the app is discreet: a plain word
# that says nothing of what the app is for. Reminders always use it.
app-neutral_name = Reminders
app-loading = Getting things ready…
app-saved = Saved.
app-saved_locked = Saved privately. It joins your history when you unlock.

## welcome

welcome-title = Welcome to Aftercare
welcome-intro = A quiet place for the minutes, hours and days after sex: small acts of care, gentle check-ins and a private journal.
welcome-private = Everything you save stays on this device, encrypted with a passcode only you know. Nothing is sent anywhere.
welcome-no_recovery = There is no way to recover a forgotten passcode, not even by us. If you forget it, you can only start again.
welcome-passphrase_tip = A few words you'll remember (like “blue kettle sunday”) are safer than a short code.
welcome-passcode = Choose a passcode
welcome-confirm = Type it once more
welcome-create = Start using Aftercare
welcome-look_around = Look around first
welcome-creating = Setting up your private space…
welcome-mismatch = Those two don't match yet. Try typing them again.
welcome-too_short = Please use at least { $min } characters.
welcome-not_tied = You're all set. This device has no keyring Aftercare can use, so your passcode alone protects what you save. If a keyring turns up later, changing your passcode will tie your data to this device too.

## start_again

start_again-title = Let's start again
start_again-text = Aftercare didn't get to finish last time: setting up or deleting was interrupted, or a file it needs is missing. What's left here can't be opened, by anyone, so the way on is to clear it and start fresh.
start_again-button = Clear it and start again

## forgot

forgot-title = Forgot your passcode?
forgot-text = There's no way to get it back, not even for us: that's what keeps your words private. What you can do is start again. That deletes everything Aftercare saved on this device (every moment, check-in and journal entry, and your card), and then you choose a new passcode.
forgot-button = Delete everything and start again
forgot-back = I remember it now

## unlock

unlock-title = Welcome back
unlock-forgot = Forgot your passcode?
unlock-kept_aside = Something saved while the app was locked couldn't be opened, so it isn't in your history. It has been kept aside, not deleted.
unlock-files_rewritten = While the app was locked, something other than Aftercare changed one of the files it keeps next to your data. The app set that file aside and made it again from your saved data. Nothing you saved was lost.
unlock-auto_deleted = As you chose, auto-delete cleared out older things when you unlocked ({ $total } in all).
unlock-hint = Unlock to see your history and journal. Quick actions work without unlocking.
unlock-passcode = Passcode
unlock-submit = Unlock
unlock-working = Unlocking…
unlock-wrong = That passcode doesn't match. Take your time and try again.
unlock-wait = Too many tries for now. Please wait { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }, then try again.
unlock-back = Back to quick actions

## biometric
## Phones: a fingerprint or face as a second way in, beside the passcode (the second key slot).

biometric-title = Unlock with your fingerprint or face
biometric-text = Your passcode stays the way in; this adds a second one that only this phone can use. A copy of your saved things won't open with it anywhere else. After you change your passcode, or add a fingerprint or face to the phone, turn it on again.
biometric-passcode = Your passcode, to turn it on
biometric-turn_on = Turn on
biometric-turn_off = Turn off
biometric-on = On: your fingerprint or face unlocks the app on this phone.
biometric-off = Off: only your passcode unlocks the app.
biometric-unlock = Unlock with fingerprint or face
# The phone's own prompt: shown over the app, so as plain as the rest.
biometric-prompt_title = Unlock
biometric-prompt_reason = Confirm it's you
biometric-prompt_cancel = Use passcode

## home

home-title = Aftercare
home-greeting = Take a breath. What would feel good right now?
home-actions_label = Small acts of care
home-privacy_note = Everything stays on this device.
home-lock = Lock
home-lock_label = Lock the app
home-unlock = Unlock
home-locked_note = Locked. Taps are still saved, privately.
home-files_altered = Something other than Aftercare changed one of the files it keeps next to your data, so the app isn't relying on it for now. Unlocking puts it right. Nothing you saved is affected.
home-looking_around = You're looking around. Nothing is saved until you choose a passcode.
home-set_up = Choose a passcode
# Variables:
#   $time (String) - a time of day, as the device shows times
#   $hour (Number) - that time's hour as shown (0 to 23, or 1 to 12), for languages whose words depend on it
home-moment_now = This moment, since { $time }: { $actions }
home-moment_none = Nothing recorded yet in this moment.
# Variables:
#   $time (String) - a time of day, as the device shows times
#   $hour (Number) - that time's hour as shown (0 to 23, or 1 to 12), for languages whose words depend on it
home-moment_since = This moment, since { $time }.
# Variables:
#   $time (String) - a time of day, as the device shows times
#   $hour (Number) - that time's hour as shown (0 to 23, or 1 to 12), for languages whose words depend on it
home-moment_ended = That moment ended at { $time }. Your next tap starts a new one.
home-end_moment = End this moment
home-check_in = Check in
home-remind = Remind me later
home-journal = Journal
home-history = History
home-insights = What helps me
home-learn = Learn
home-settings = Settings
home-my_card = My card
home-before = Before we start
home-more_label = More

## action_card

action_card-back = Back
action_card-back_label = Back to all actions
action_card-steps = How
action_card-say = You could say
action_card-ask = If you're the one who needs it, you could ask
action_card-for_me = For you
action_card-for_partner = For them
action_card-for_together = Together
action_card-record = I did this
action_card-not_yet = Nothing is saved while you look around. Choose a passcode when you're ready, and taps are kept from then on.
action_card-undo = Undo
action_card-undo_label = Undo: don't save this
action_card-undone = Not saved. Nothing was kept.

## own_tiles

own_tiles-title = Care of your own
own_tiles-intro = Add care that is yours: what helps, in your own words, with your own steps. It shows on Home with the rest.
own_tiles-empty = None yet.
own_tiles-add = Add your own
own_tiles-edit = Edit
own_tiles-edit_label = Edit { $care }
own_tiles-delete = Delete
own_tiles-delete_label = Delete { $care }
own_tiles-delete_confirm = Delete this tile? Any care you already took with it stays in your history.
own_tiles-delete_yes = Delete it
own_tiles-deleted = Deleted.
own_tiles-field_title = Title
own_tiles-field_steps = Steps, one on each line (up to 8)
own_tiles-field_say = You could say (optional)
own_tiles-show_locked = Show on Home while locked
own_tiles-show_locked_hint = Its title can then be read by anyone holding this device, without your passcode.
own_tiles-shown_locked = Shows on Home while locked
own_tiles-save = Save
own_tiles-cancel = Cancel
own_tiles-saved = Saved.
own_tiles-title_needed = Give it a title, up to 60 characters.
own_tiles-too_many_steps = Up to 8 steps, one on each line, each up to 200 characters.
own_tiles-behind_passcode = Your steps for this are behind your passcode.
own_tiles-unlock = Unlock
own_tiles-removed = Care of your own (removed)

## my_card

my_card-title = My aftercare card
my_card-intro = What helps you after sex, in your words. Share it before, so nobody has to guess. Every part is optional.
my_card-own_words = In my own words
my_card-save = Save my card
my_card-saved = Saved.
my_card-before = Before we start
my_card-before_intro = Hand this over, or read it aloud.
my_card-ask_them = And you?
my_card-ask_1 = What do you usually need afterwards?
my_card-ask_2 = Is there anything you'd rather I didn't do?
my_card-copy = Copy as text
my_card-copied = Copied. Paste it into any chat.
my_card-copy_manual = Select the text above and copy it.
my_card-image = Save as an image with a QR code
my_card-image_caption = Point a phone camera here to read this card as text.
my_card-image_note = Before you save it: the image is not encrypted like the rest of the app. Anyone who opens the file can read your card, and it stays where it is saved, even after "Delete everything". You can delete it yourself whenever you like.
my_card-image_saved = Saved the image to { $path }.
my_card-edit = Edit my card
my_card-remind_check_tomorrow = You asked to be checked on tomorrow: remind me this time tomorrow
my_card-not_now = Not now
my_card-not_now_label = Not now: no reminder for tomorrow this time
my_card-empty = This card is still blank, and that's fine. The kindest thing is to ask: what do you need right now?
my_card-yes = Yes, please
my_card-no = No need

## their_cards
## Their cards: cards others shared with you, read on this device and kept here (issue 29).

their_cards-title = Their cards
their_cards-intro = Cards other people shared with you, kept here encrypted like everything else. Read one together before anything begins.
their_cards-empty = None yet. When someone shares their card with you, you can add it here.
their_cards-add = Add their card
their_cards-added = Added { $date }
their_cards-add_title = Add their card
their_cards-add_intro = Choose a picture of their card, or paste the words they sent you. It is read here, on this device; nothing is sent anywhere.
their_cards-file = A picture of their card
their_cards-file_hint = A PNG or JPEG, like the image this app saves. You can also drop the file here.
their_cards-camera = Use the camera
their_cards-paste = Or paste the words of their card
their_cards-read = Read these words
their_cards-reading = Reading…
their_cards-preview_title = This is their card
their_cards-preview_card = Their card
their_cards-not_kept_yet = Nothing is kept until you choose to keep it.
their_cards-name = Whose card is this?
their_cards-name_hint = A name or a nickname. Only you see it.
their_cards-keep = Keep their card
their_cards-says = Their card
their_cards-read_together = Read it beside mine, before we start
their_cards-rename_label = A different name for this card
their_cards-rename = Rename
their_cards-renamed = Renamed.
their_cards-delete = Delete this card
their_cards-delete_confirm = Delete this card? It goes from this device for good.
their_cards-delete_yes = Delete it
their_cards-beside = Their card, beside mine
their_cards-beside_none = Only mine

## send
## "Send them a check-in": words to copy and send, and what they said (issue 29).

send-title = Send them a check-in
send-intro = Pick some words, change them as you like, and copy them. Send them however you two usually talk, if and when it feels right. The app sends nothing itself and keeps nothing of what you copy.
send-offer = Send them a check-in
send-offer_label = Send them a check-in about the moment of { $date }
send-about = About the moment of { $date }
send-no_moment = You can copy these words any time. Once there is a moment, what they say can be noted on it.
send-pick = Some words to start from
send-words = Your words
send-copy = Copy the words
send-copied = Copied. Paste them wherever you talk with them.
send-copy_manual = Select the words above and copy them.
# Android: beside Copy, the phone's own way of sending.
send-share = Send with another app
send-shared = Your phone is showing where to send them. The app itself sends nothing.
send-nothing_to_copy = Pick or write some words first.
send-answer_title = What did they say?
send-answer_intro = If they answered, you can note it here, with this moment. It's kept encrypted, like a check-in. No answer is an answer too.
send-note = Note their answer
send-noted = Noted. It's with this moment in your history.

## check_in

check_in-title = Check in
check_in-intro = Answer as much or as little as you like. Everything can be skipped.
check_in-company_label = Who was this with?
check_in-company_partner = A partner
check_in-company_casual = Someone casual
check_in-company_group = More than one person
check_in-company_solo = On my own
check_in-ask_them = To ask them
check_in-ask_them_hint = Read these aloud, if it feels right.
check_in-ask_you = For you
check_in-scales = Right now, how is your…
check_in-scale_body = Body
check_in-scale_feelings = Feelings
check_in-scale_mind = Mind
check_in-scale_desire = Desire
check_in-scale_clear = Clear
check_in-scale_clear_label = Clear your { $scale } answer
check_in-note = A note, if you like
check_in-save = Save check-in
check_in-saved = Check-in saved. Be gentle with yourself.
check_in-follow_ups = About what you said
check_in-follow_up_read = Read: { $title }
check_in-follow_up_care = Try: { $title }
check_in-follow_up_calm = Go to: { $place }
check_in-if_they_say = If they say “{ $answer }”: { $then }
check_in-since_title = Since then
check_in-since_intro = How have you been since? Answer as much or as little as you like. Everything can be skipped.
check_in-since_drop = Feeling low a day or two after? Read about it

## reminder_answer

reminder_answer-okay = Noted: you're okay since then. Thank you for checking in.
# Variables:
#   $time (String) - a time of day, as the device shows times
#   $hour (Number) - that time's hour as shown (0 to 23, or 1 to 12), for languages whose words depend on it
reminder_answer-later = I'll ask again at { $time }.
reminder_answer-check_in = When you're ready: how have you been since?

## follow_up

follow_up-plan = Check on me tomorrow and in three days
follow_up-set = I'll check on you { $first } and again { $second }.

## journal

journal-title = Journal
journal-write = Write
journal-search = Search your journal
journal-search_button = Search
journal-empty = Nothing here yet. Whenever you feel like writing, this is your space.
journal-no_results = No entries match that search.
journal-editor_title = Journal entry
journal-body = Your words
journal-prompts = Need a start?
journal-save = Save
journal-delete = Delete
journal-delete_confirm = Delete this entry? It can't be brought back.
journal-delete_yes = Delete it
journal-cancel = Keep it
journal-linked_moment = From a moment on { $date }
# Variables:
#   $time (String) - a time of day, as the device shows times
#   $hour (Number) - that time's hour as shown (0 to 23, or 1 to 12), for languages whose words depend on it
journal-link_moment = Link it to this moment (since { $time })
journal-edited = Edited
journal-draft_saved = Your draft was saved before the app locked.
journal-draft_kept = Your words from before are still here. They aren't saved yet.

## journal.prompt

journal-prompt-favourite = My favourite moment was…
journal-prompt-worked = What worked for me…
journal-prompt-needed = What I needed was…
journal-prompt-next_time = Something to try next time…

## history

history-title = History
history-empty = No moments yet. They appear here as you use the app.
history-moment = { $date }
history-actions = Care
history-check_ins = Check-ins
history-journal = Journal
history-company_partner = With a partner
history-company_casual = Casual
history-company_group = More than one person
history-company_solo = On my own
history-since_then = Since then · { $date }
history-their_answer = What they said · { $date }
# Variables:
#   $time (String) - a time of day, as the device shows times
#   $hour (Number) - that time's hour as shown (0 to 23, or 1 to 12), for languages whose words depend on it
history-ended = Ended at { $time }
history-delete = Delete this moment
history-delete_label = Delete this moment, from { $date }
history-delete_confirm = Delete this moment, with its care and check-ins? Journal entries stay, on their own. It can't be brought back.
history-delete_yes = Delete it
history-deleted = That moment is deleted.
history-more = Show older moments

## insights

insights-title = What helps me
insights-intro = Worked out on this device from your own check-ins, and only for you. It shows what tends to go with feeling better, not what causes it: many things change from one time to the next.
insights-care_title = Care that goes with how you feel
insights-care_none = There isn't enough yet to compare. After at least three moments with a kind of care and three without, each with the scales answered, this shows how they tend to compare.
insights-better = After moments with { $care }, your check-ins tend to be a little better (about { $with } out of 5, against { $without } without it).
insights-same = Moments with { $care } and without it tend to feel about the same (about { $with } out of 5 either way).
insights-lower = After moments with { $care }, your check-ins tend to be a little lower (about { $with } out of 5, against { $without } without it). That can have many reasons.
insights-since = A day or more later: about { $with } out of 5 with it, { $without } without.
insights-waiting = Not enough yet to say for: { $list }.
insights-days_title = How the days after tend to go
insights-days_none = Not enough yet. Check-ins a day or more later (a reminder can ask) would show whether a low tends to come on day two or three.
insights-days_caption = Your scales, on average, by time after a moment
insights-span = When
insights-based_on = Check-ins
insights-span_right_after = Right after
insights-span_next_day = The next day
insights-span_day_two = Day two
insights-span_day_three = Day three
insights-span_later = Later
insights-not_enough = not enough yet
insights-their_title = When you checked on them
insights-their_hint = The answers you noted after a check-in you sent, and how often. Their own words are with each moment in your history.
insights-their_answer = { $answer }: { $times }
insights-calendar_title = Your moments
insights-calendar_hint = The last eight weeks. A filled day had a moment; nothing here is a goal.
insights-calendar_day = { $date }: a moment
insights-calendar_empty_day = { $date }

## learn

learn-title = Learn
learn-intro = A little about aftercare, in plain words.
learn-not_advice = General information to help you look after yourself and each other, not medical or therapy advice. For anything that worries you, a clinic, doctor or counsellor can help.
learn-grounding = Try the grounding exercise
learn-grounding_title = 5-4-3-2-1 grounding
learn-grounding_intro = Wherever you are, dressed or not, in bed or out of it. You can skip any step.
learn-step_5 = Name five things you can see, or hear if your eyes are closed.
learn-step_4 = Notice four things you can feel: the air on your skin, whatever is under you, your hands, your feet.
learn-step_3 = Listen for three things you can hear.
learn-step_2 = If you like, find two things you can smell, or two smells you're fond of. Or skip this one.
learn-step_1 = Notice one thing you can taste, or take a sip of water.
learn-step_done = Take one slow breath in, and a longer breath out. You're here.
learn-next = Next
learn-again = Start again
learn-done = Done
learn-stop = Stop
learn-stop_label = Stop the grounding and go back
learn-still_title = Still not okay?
learn-still_text = That's okay too. It can help to reach someone.
learn-still_people = My people
learn-still_help = When to get more help
learn-about = About Aftercare: where its ideas come from
learn-see_also = See also

## settings

settings-title = Settings
# The languages are offered by their own names (`language-name` in each ui.ftl).
settings-language = Language
settings-language_use = Use this language
settings-passcode_title = Change passcode
settings-current = Current passcode
settings-new = New passcode
settings-change = Change passcode
settings-changed = Your passcode is changed.
settings-passcode_revokes = From now on only the new passcode opens the app on this device. A copy of the app's files made before today would still open with the old one, unless you also choose a new key.
settings-rekey = Also lock everything with a new key, so older copies can't be opened with the old passcode (takes a moment)
settings-auto_lock = Lock after
settings-moment_window = Taps belong to one moment if they're within
settings-later = “Later” on a reminder asks again after
settings-morning_hour = “Tomorrow morning” reminders come at
settings-evening_hour = “Tonight” reminders come at
settings-minutes = { $n ->
        [one] { $n } minute
       *[other] { $n } minutes
    }
settings-hours = { $n ->
        [one] { $n } hour
       *[other] { $n } hours
    }
settings-discreet = Call the window “Reminders”, so its name doesn't say what the app is for
settings-protect_screen = Keep the app out of screenshots and screen sharing, where your device allows it
settings-solo_first = I usually check in on my own: put care for myself first on Home
settings-most_used = Put the care I use most first on Home
settings-care_shortcuts = Care from the tray: my first three kinds of care in the tray's menu, one click away, even while locked
settings-care_shortcuts_phone = Care from the app's icon: touch and hold it to find my first three kinds of care
settings-haptic_breathing = Guide the breathing with gentle vibration too: one pulse to breathe in, two to breathe out
settings-tiles_title = Care on Home
settings-tiles_hint = Choose which care shows on Home, and in what order.
settings-tile_up = Up
settings-tile_down = Down
settings-tile_up_label = Move { $care } up
settings-tile_down_label = Move { $care } down
settings-save = Save settings
settings-saved = Settings saved.
settings-wipe_title = Delete everything
settings-wipe_text = This deletes every moment, check-in and journal entry on this device, and your passcode. It can't be undone.
settings-wipe_word = delete
settings-wipe_prompt = To confirm, type the word delete
settings-wipe_button = Delete everything
settings-wipe_mismatch = Type the word delete to confirm.
settings-privacy_title = About your privacy
settings-privacy_1 = Aftercare has no accounts, no ads and no analytics. It never connects to the internet.
settings-privacy_2 = What you save is encrypted on this device with a key protected by your passcode.
settings-privacy_3 = Quick actions you tap while locked are sealed so only your passcode can open them.
settings-privacy_4 = Nobody can recover your passcode. Wiping removes everything for good.
settings-about = About Aftercare: where its ideas come from
settings-tied_yes = Your saved data is tied to this device through its keyring: a copy of the app's files won't open anywhere else, even with your passcode.
settings-tied_no = Your saved data isn't tied to this device, because no keyring was available: your passcode alone protects it. Changing your passcode ties it, once this device has a keyring.

## remind

remind-title = Remind me later
remind-intro = A gentle nudge to check in again, with yourself or with them. The notification never says what it's about.
remind-in_an_hour = In about an hour
remind-tonight = Tonight
remind-tomorrow_morning = Tomorrow morning
remind-next_day = This time tomorrow
remind-two_days = In two days
remind-three_days = In three days
remind-custom = At a time I choose
remind-custom_set = Set this time
remind-set = I'll remind you { $when }.
remind-pending = Coming up
remind-none = No reminders set.
remind-cancel = Cancel
remind-snooze = Later (1 hour)
remind-wording = What the notification says
remind-wording_saved = Saved.
remind-drop_note = Some people feel low a day or two after intense sex. A check-in then can help.

## tray

tray-open = Open Aftercare
# While discretion is on, the tray's menu names nothing: "Open", and each care by its
# `discreet` word from actions.toml.
tray-open_discreet = Open
tray-quit = Quit
# A line in the tray's menu after a care was chosen there.
tray-saved = Saved.
tray-not_saved = Not saved: open to try again.

## nav

nav-back = Back
nav-home = Home

## error

error-content = Something in the app's own words is broken. Please let us know; nothing of yours is affected.
error-storage = The app couldn't reach its private folder on this device. Your saved things are untouched.
error-unknown = Something went wrong. Nothing you saved is lost; please try again.
error-locked = Please unlock first.
error-invalid = That didn't quite work. Please check what you entered.
error-not-found = That item couldn't be found. It may have been deleted.
error-damaged = Your saved data couldn't be opened; it may be damaged. Nothing has been changed.
error-newer-version = Your data was saved by a newer version of Aftercare. Please update the app.
error-internal = Something went wrong inside the app. Nothing you saved is lost.
error-weak-passcode = That one would be easy for someone to guess, so let's pick another. A few unrelated words you'll remember, like “blue kettle sunday”, are much harder to guess than a short code.
error-untrusted = This couldn't be kept while the app is locked: one of the files Aftercare keeps next to your data was changed by something else, so it isn't trusted right now. Unlock and save it then. Nothing you saved before is affected.
error-device-key-missing = Your passcode needs this device's own key to open your saved things, and that key isn't available right now. If your system's keyring is locked or switched off, unlock it and try again. Nothing has been changed.
error-wrong-backup-passphrase = That passphrase doesn't open this backup. Nothing has been changed; please try again.
error-not-a-backup = That file isn't a backup from Aftercare. Nothing has been changed.
error-damaged-backup = That backup is damaged (it may have been cut short while copying). Nothing has been changed; an earlier copy may still work.
error-newer-backup = That backup was made by a newer version of Aftercare. Please update the app to restore it. Nothing has been changed.
error-not-available = That isn't available on this device right now. Nothing has been changed, and your passcode still opens everything.
error-unreadable-card = That card couldn't be read. Nothing was saved.
error-card-too-large = That file is larger than any card picture needs to be. A screenshot of their card works well. Nothing was saved.
error-card-too-many-pixels = That picture has more pixels than the app reads. A screenshot, or a smaller photo, works well. Nothing was saved.
error-card-not-an-image = That file isn't a PNG or JPEG picture. Nothing was saved.
error-card-damaged-image = That picture couldn't be opened; it may have been cut short on the way. Nothing was saved.
error-card-no-code = There's no code the app can read in that picture. One where the square code is whole and sharp works best. Nothing was saved.
error-card-several-codes = That picture holds more than one code. Try one with only their card in it. Nothing was saved.
error-card-text-too-long = Those words are longer than any card. Paste only their card. Nothing was saved.
error-card-not-a-card = That isn't an aftercare card from this app. Nothing was saved.
error-card-newer-card = That card was made by a newer version of Aftercare. Updating the app will let it read it. Nothing was saved.
error-card-unknown-field = That card has a part this version of the app doesn't know yet. Updating the app may help. Nothing was saved.
error-card-damaged-card = Part of that card doesn't read; it may have changed on the way. Asking them to share it again usually helps. Nothing was saved.
error-card-empty-card = That card has nothing filled in yet. Nothing was saved.
error-card-several-cards = There's more than one card in those words. Paste one at a time. Nothing was saved.

## What the app writes into files it leaves: a backup's README, the exported journal.

backup_file-readme =
    This is a backup made by Aftercare, a private companion app.

    manifest.json   what this is: the format (aftercare-backup), its version, when it was made,
                    and how many records of each kind it holds.
    records/*.json  every record as JSON (moments, care, check-ins, journal entries, reminders,
                    my people, tiles of my own, the aftercare card, their cards, settings).
                    Times are UTC (RFC 3339).
    journal/*.md    each journal entry as a Markdown file, to read in any text editor.

    The app restores from the JSON files. Keep this folder somewhere only you can reach: it is
    not encrypted once taken out of the backup file.
backup_file-journal_title = Journal
backup_file-journal_intro = Exported on { $date }: { $entries ->
        [one] { $entries } entry
       *[other] { $entries } entries
    }, oldest first. Times are UTC.

## keep
## Yours to keep: backup and restore, auto-delete, the journal exported (issue 16).

keep-title = Yours to keep
keep-intro = A backup is one file with everything in it, locked with a passphrase you choose. The app can restore it, and if you ever need to, the free age tool opens it without the app.
keep-folder = Backups and exports are saved in:
keep-backup_title = Back up
keep-passphrase = Passphrase for the file
keep-passphrase_again = Passphrase again
keep-passphrase_tip = It can be different from your passcode. Nobody can open the file without it, us included, so keep it somewhere safe.
keep-back_up = Back up now
keep-backing_up = Backing up… { $done } of { $total }
keep-backed_up = Saved and checked: { $records ->
        [one] { $records } item
       *[other] { $records } items
    } in { $path }
keep-restore_title = Restore from a backup
keep-restore_text = Everything in the backup is added to what is here. Anything already here stays, and nothing is added twice.
keep-restore_found = Backups found
keep-restore_none = None found in that folder
keep-restore_path = Or the full path of a backup kept elsewhere
keep-restore_passphrase = The backup's passphrase
keep-restore = Restore
keep-restoring = Restoring… { $done } of { $total }
keep-restored = Restored: { $added } added, { $already } already here.
keep-restored_invalid = { $invalid ->
        [one] { $invalid } couldn't be used and was left out.
       *[other] { $invalid } couldn't be used and were left out.
    }
keep-auto_delete_title = Auto-delete
keep-auto_delete_text = Keep only what you want to keep. Older items are deleted for good when the app is unlocked and once a day while it is open. Age never counts past the newest thing you saved, so a clock set wrong can't delete anything recent. It is off unless you choose.
keep-auto_delete_moments = Delete moments (with the care and check-ins in them) older than
keep-auto_delete_check_ins = Delete check-ins older than
keep-auto_delete_journal = Delete journal entries older than
keep-auto_delete_their_cards = Delete their cards (cards others shared with you) added longer ago than
keep-keep_all = Never
keep-older_month = A month
keep-older_three_months = 3 months
keep-older_year = A year
keep-would_go = With these choices, { $moments ->
        [one] { $moments } moment
       *[other] { $moments } moments
    }, { $check_ins ->
        [one] { $check_ins } check-in
       *[other] { $check_ins } check-ins
    }, { $journal ->
        [one] { $journal } journal entry
       *[other] { $journal } journal entries
    } and { $their_cards ->
        [one] { $their_cards } of their cards
       *[other] { $their_cards } of their cards
    } would be deleted now.
keep-auto_delete_save = Save auto-delete
keep-auto_delete_saved = Saved. Deleted now: { $total }.
keep-auto_delete_confirm = Turning this on deletes what is already older, for good: { $total } in all, right now. After that, things go as they reach that age. Turn it on?
keep-auto_delete_yes = Yes, turn it on
keep-auto_delete_no = Not now
keep-auto_delete_unchanged = Nothing has been changed or deleted.
keep-offer_text = Your backup also held its own choices for locking and deleting. This device kept the ones it has; you can switch to the backup's if you like:
keep-offer_auto_lock = Lock after { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } without use
keep-offer_discreet_on = A neutral name on the window and the tray
keep-offer_discreet_off = The app's own name on the window and the tray
keep-offer_protect_on = The window kept out of screenshots and screen sharing
keep-offer_protect_off = Screenshots and screen sharing allowed
keep-offer_auto_delete = Auto-delete moments: { $moments }. Check-ins: { $check_ins }. Journal entries: { $journal }. Their cards: { $their_cards }.
keep-offer_use = Use the backup's choices
keep-offer_keep = Keep this device's
keep-offer_taken = Done: this device now uses the backup's choices.
keep-offer_left = This device keeps its own choices.
keep-export_passcode = Your passcode, to confirm it's you
keep-export_title = Export journal
keep-export_text = Your journal as one Markdown file, locked with a passphrase (the age tool opens it).
keep-export_plain = Save it unencrypted instead
keep-export_plain_warning = Without a passphrase, anyone who gets this file can read your journal: other apps, anyone using this computer, a cloud service it syncs to. It stays after "Delete everything".
keep-export = Export journal
keep-exported = Saved: { $path }
keep-first_run_restore = Restore from a backup
keep-first_run_text = Choose a passcode for this device above; your backup is restored right after.
keep-first_run_failed = Your passcode is set up, but the backup couldn't be restored yet. You can try again here.

## calm
## "Need a moment?": the calm space, open to everyone, locked or not (issue 13 §1).

calm-home_link = Need a moment?
calm-title = Need a moment?
calm-intro = You're here, and that's enough for now. Take whatever helps; skip whatever doesn't.
calm-breathe_title = Breathe slowly
calm-breathe_hint = Let the circle lead you: breathe in as it grows, and out as it gets smaller.
calm-breathe_step_in = Breathe in through your nose or mouth while you count to four.
calm-breathe_step_out = Let it out slowly while you count to six.
calm-breathe_step_repeat = Do that five or six times, or for as long as feels good.
calm-breathe_stop = Stop
calm-breathe_stop_label = Stop the breathing circle
calm-breathe_start = Breathe with the circle again
calm-grounding = 5-4-3-2-1 grounding
calm-settle_title = Other ways to settle
calm-settle_intro = Not everyone finds the breath calming. None of these use it.
calm-settle_feet = Press your feet into the floor, or the bed, and feel it push back.
calm-settle_warm = Hold something warm: a mug, a hot-water bottle, your own hands.
calm-settle_name = Name the colours you can see, or the sounds you can hear, one at a time.
calm-settle_cool = Run cool water over your wrists, or hold something cold for a moment.
calm-kind_words_title = Kind words
calm-kind_deserve = You deserve care, whatever happened and however you feel about it.
calm-kind_enjoyed = Nothing you enjoyed, or didn't enjoy, makes you any less deserving of kindness.
calm-kind_feelings = Big feelings after sex are common. They pass through you; they don't decide who you are.
calm-kind_needs = You're allowed to need things, and to ask for them.
calm-kind_friend = Be as gentle with yourself right now as you would be with a friend.
calm-read_title = When you want to understand
calm-people_title = My people
calm-people_intro = Someone you'd like to reach quickly: a friend, a partner, a helpline you trust. Only you can see this list.
calm-people_locked = Your people are kept private. Unlock to see them.
calm-people_locked_others = Anyone else on your list is kept behind your passcode.
calm-people_reachable = Reachable without unlocking
calm-people_reachable_hint = Their name and number can then be read by anyone holding this device, without your passcode. In return, they're here even when you're not up to unlocking.
calm-people_reachable_label = { $name }: reachable without unlocking
calm-people_copy = Copy number
calm-people_copy_label = Copy number for { $name }
calm-people_copied = Copied { $name }'s number.
calm-people_copy_manual = Select the number and copy it.
calm-people_sms_body = Hi, it's me. I'm having a hard moment. Could you call or message me when you can?
calm-people_unlock = Unlock
calm-people_set_up = Choose a passcode to keep a list here.
calm-people_set_up_link = Choose a passcode
calm-people_empty = No one here yet. You can add someone below.
calm-people_call = Call { $name }
calm-people_message = Message { $name }
calm-people_remove = Remove { $name }
calm-person_name = Name
calm-person_number = Phone number
calm-person_add = Add
calm-finding_help = The app doesn't come with phone numbers, because the right ones depend on where you live. Searching for "crisis line" or "sexual assault support" with your town or country will find services near you, and you can add them here.
calm-emergency = If you or someone else is in danger right now, call your local emergency number first.
calm-home = Back to Home
calm-place_space = Need a moment?
calm-place_settle = Ways to settle
calm-place_grounding = 5-4-3-2-1 grounding
calm-place_people = Need a moment? and my people
calm-place_kind_words = Kind words

## reminder_banner
## A reminder that falls due while the app is open: a quiet line on the screen in use.

reminder_banner-text = A check-in is waiting, whenever you're ready.
reminder_banner-open = Check in now
reminder_banner-later = Not now

## about
## About: what the app is and where its ideas come from (reached from Settings and from Learn).

about-title = About Aftercare
about-intro = Aftercare is a small, private companion for the minutes, hours and days after sex. It works without the internet, keeps what you save encrypted on this device, and speaks in words written for it.
about-ideas_title = Where the ideas come from
about-guide = It began with a short guide to aftercare by Alice Child, a somatic sexologist and sex counsellor. Its ideas run through the app: that care after sex is emotional as well as physical, that it's for everyone and not only for kink, that it helps to say what you need ahead of time, to check in with simple questions, and that small acts build safety and trust. The ideas are hers; the sentences here are our own.
about-health = The Learn pages on looking after your body and on getting help draw on the kind of information sexual-health clinics and public health services give their patients: emergency contraception, medicine after a possible exposure to HIV, testing for infections, urinary infections, and when to look for help.
about-drop = What the app says about drop, the low that can come a day or two later, comes from what kink communities have learned and shared among themselves.
about-grounding = The 5-4-3-2-1 exercise is a grounding technique that therapists and crisis services widely teach.
about-trauma = The calm space and the answers to hard feelings were checked against the six principles of trauma-informed care set out by SAMHSA, the United States agency for mental health services: safety; trust and openness; support from peers; working together; a voice and a choice; and respect for culture, history and gender.
about-not_advice = None of this is medical or therapy advice. For anything that worries you, a clinic, doctor or counsellor can help.
about-software_title = What it's made with
about-software = Free and open-source software, among it Tauri for the app's window and SQLCipher for the encrypted store, each under its own licence, and the DejaVu Sans font for the card image.
