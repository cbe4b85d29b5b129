### German (de): the app's own words, the same messages as content/ui.ftl (see its header) in
### German; only the words differ. Messages whose words change with a number are listed in
### TRANSLATION-NOTES.md (plural forms).

# The language's own name, as Settings offers it.
language-name = Deutsch

## app

app-name = Aftercare
# What the window, the tray and reminders are called when the app is discreet: a plain word
# that says nothing of what the app is for. Reminders always use it.
app-neutral_name = Erinnerungen
app-loading = Wird vorbereitet …
app-saved = Gespeichert.
app-saved_locked = Privat gespeichert. Es erscheint in deinem Verlauf, sobald du entsperrst.

## welcome

welcome-title = Willkommen bei Aftercare
welcome-intro = Ein ruhiger Ort für die Minuten, Stunden und Tage nach dem Sex: kleine Gesten der Fürsorge, behutsame Check-ins und ein privates Tagebuch.
welcome-private = Alles, was du speicherst, bleibt auf diesem Gerät, verschlüsselt mit einem Passwort, das nur du kennst. Nichts wird irgendwohin gesendet.
welcome-no_recovery = Ein vergessenes Passwort lässt sich nicht wiederherstellen, auch nicht von uns. Wenn du es vergisst, kannst du nur neu anfangen.
welcome-passphrase_tip = Ein paar Wörter, die du dir merken kannst (etwa „blaue Kanne Sonntag“), sind sicherer als ein kurzer Code.
welcome-passcode = Wähle ein Passwort
welcome-confirm = Gib es noch einmal ein
welcome-create = Aftercare starten
welcome-look_around = Erst mal umschauen
welcome-creating = Dein privater Bereich wird eingerichtet …
welcome-mismatch = Die beiden stimmen noch nicht überein. Gib sie einfach noch einmal ein.
welcome-too_short = Bitte verwende mindestens { $min } Zeichen.
welcome-not_tied = Alles bereit. Dieses Gerät hat keinen Schlüsselbund, den Aftercare nutzen kann, also schützt allein dein Passwort, was du speicherst. Taucht später ein Schlüsselbund auf, bindet eine Passwortänderung deine Daten auch an dieses Gerät.

## start_again

start_again-title = Noch einmal von vorn
start_again-text = Aftercare konnte beim letzten Mal nicht fertig werden: Das Einrichten oder Löschen wurde unterbrochen, oder eine nötige Datei fehlt. Was hier noch liegt, kann niemand mehr öffnen. Weiter geht es deshalb nur, wenn du es leerst und neu anfängst.
start_again-button = Leeren und neu anfangen

## forgot

forgot-title = Passwort vergessen?
forgot-text = Es lässt sich nicht zurückholen, auch nicht von uns: Genau das hält deine Worte privat. Was du tun kannst: neu anfangen. Dabei wird alles gelöscht, was Aftercare auf diesem Gerät gespeichert hat (jeder Moment, jeder Check-in, jeder Tagebucheintrag und deine Karte), und dann wählst du ein neues Passwort.
forgot-button = Alles löschen und neu anfangen
forgot-back = Jetzt weiß ich es wieder

## unlock

unlock-title = Willkommen zurück
unlock-forgot = Passwort vergessen?
unlock-kept_aside = Etwas, das gespeichert wurde, während die App gesperrt war, ließ sich nicht öffnen und ist deshalb nicht in deinem Verlauf. Es wurde beiseitegelegt, nicht gelöscht.
unlock-files_rewritten = Während die App gesperrt war, hat etwas anderes als Aftercare eine der Dateien verändert, die neben deinen Daten liegen. Die App hat diese Datei beiseitegelegt und aus deinen gespeicherten Daten neu erstellt. Nichts, was du gespeichert hast, ist verloren.
unlock-auto_deleted = Wie von dir gewählt, hat das automatische Löschen beim Entsperren Älteres entfernt ({ $total } insgesamt).
unlock-hint = Entsperre, um deinen Verlauf und dein Tagebuch zu sehen. Schnellaktionen funktionieren auch ohne Entsperren.
unlock-passcode = Passwort
unlock-submit = Entsperren
unlock-working = Wird entsperrt …
unlock-wrong = Das Passwort stimmt nicht. Lass dir Zeit und versuch es noch einmal.
unlock-wait = Zu viele Versuche für den Moment. Bitte warte { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    } und versuch es dann noch einmal.
unlock-back = Zurück zu den Schnellaktionen

## biometric

biometric-title = Mit Fingerabdruck oder Gesicht entsperren
biometric-text = Dein Passwort bleibt der Weg hinein; das hier fügt einen zweiten hinzu, den nur dieses Handy nutzen kann. Eine Kopie deiner gespeicherten Sachen lässt sich damit nirgendwo sonst öffnen. Wenn du dein Passwort änderst oder dem Handy einen Fingerabdruck oder ein Gesicht hinzufügst, schalte es wieder ein.
biometric-passcode = Dein Passwort, um es einzuschalten
biometric-turn_on = Einschalten
biometric-turn_off = Ausschalten
biometric-on = An: Dein Fingerabdruck oder Gesicht entsperrt die App auf diesem Handy.
biometric-off = Aus: Nur dein Passwort entsperrt die App.
biometric-unlock = Mit Fingerabdruck oder Gesicht entsperren
biometric-prompt_title = Entsperren
biometric-prompt_reason = Bestätige, dass du es bist
biometric-prompt_cancel = Passwort verwenden

## home

home-title = Aftercare
home-greeting = Atme kurz durch. Was würde dir jetzt guttun?
home-actions_label = Kleine Gesten der Fürsorge
home-privacy_note = Alles bleibt auf diesem Gerät.
home-lock = Sperren
home-lock_label = App sperren
home-unlock = Entsperren
home-locked_note = Gesperrt. Was du antippst, wird trotzdem privat gespeichert.
home-files_altered = Etwas anderes als Aftercare hat eine der Dateien verändert, die neben deinen Daten liegen. Deshalb verlässt sich die App gerade nicht darauf. Beim Entsperren wird das wieder in Ordnung gebracht. Was du gespeichert hast, ist nicht betroffen.
home-looking_around = Du schaust dich gerade um. Gespeichert wird erst, wenn du ein Passwort wählst.
home-set_up = Passwort wählen
home-moment_now = Dieser Moment, seit { $time }: { $actions }
home-moment_none = In diesem Moment ist noch nichts festgehalten.
home-moment_since = Dieser Moment, seit { $time }.
home-moment_ended = Dieser Moment endete um { $time }. Mit deinem nächsten Tippen beginnt ein neuer.
home-end_moment = Moment beenden
home-check_in = Check-in
home-remind = Später erinnern
home-journal = Tagebuch
home-history = Verlauf
home-insights = Was mir hilft
home-learn = Wissen
home-settings = Einstellungen
home-my_card = Meine Karte
home-before = Bevor wir anfangen
home-more_label = Mehr

## action_card

action_card-back = Zurück
action_card-back_label = Zurück zu allen Schnellaktionen
action_card-steps = So geht’s
action_card-say = Du könntest sagen
action_card-ask = Wenn du es selbst brauchst, könntest du fragen
action_card-for_me = Für dich
action_card-for_partner = Für andere
action_card-for_together = Gemeinsam
action_card-record = Hab ich gemacht
action_card-not_yet = Solange du dich umschaust, wird nichts gespeichert. Wähle ein Passwort, wenn du so weit bist; ab dann wird behalten, was du antippst.
action_card-undo = Rückgängig
action_card-undo_label = Rückgängig: nicht speichern
action_card-undone = Nicht gespeichert. Nichts wurde behalten.

## own_tiles

own_tiles-title = Eigene Fürsorge
own_tiles-intro = Füg Fürsorge hinzu, die zu dir gehört: was dir hilft, in deinen Worten, mit deinen Schritten. Sie erscheint auf der Startseite bei den anderen.
own_tiles-empty = Noch keine.
own_tiles-add = Eigene hinzufügen
own_tiles-edit = Bearbeiten
own_tiles-edit_label = { $care } bearbeiten
own_tiles-delete = Löschen
own_tiles-delete_label = { $care } löschen
own_tiles-delete_confirm = Diese Kachel löschen? Fürsorge, die du damit schon festgehalten hast, bleibt in deinem Verlauf.
own_tiles-delete_yes = Löschen
own_tiles-deleted = Gelöscht.
own_tiles-field_title = Titel
own_tiles-field_steps = Schritte, einer pro Zeile (bis zu 8)
own_tiles-field_say = Du könntest sagen (optional)
own_tiles-show_locked = Auf der Startseite zeigen, auch wenn gesperrt
own_tiles-show_locked_hint = Der Titel ist dann für alle lesbar, die dieses Gerät in der Hand halten, auch ohne dein Passwort.
own_tiles-shown_locked = Wird auch gesperrt auf der Startseite gezeigt
own_tiles-save = Speichern
own_tiles-cancel = Abbrechen
own_tiles-saved = Gespeichert.
own_tiles-title_needed = Gib einen Titel ein, bis zu 60 Zeichen.
own_tiles-too_many_steps = Bis zu 8 Schritte, einer pro Zeile, jeder bis zu 200 Zeichen.
own_tiles-behind_passcode = Deine Schritte dazu sind hinter deinem Passwort geschützt.
own_tiles-unlock = Entsperren
own_tiles-removed = Eigene Fürsorge (entfernt)

## my_card

my_card-title = Meine Aftercare-Karte
my_card-intro = Was dir nach dem Sex guttut, in deinen Worten. Teil die Karte vorher, dann muss niemand raten. Jeder Teil ist freiwillig.
my_card-own_words = In meinen eigenen Worten
my_card-save = Meine Karte speichern
my_card-saved = Gespeichert.
my_card-before = Bevor wir anfangen
my_card-before_intro = Gib sie weiter oder lies sie vor.
my_card-ask_them = Und du?
my_card-ask_1 = Was brauchst du danach meistens?
my_card-ask_2 = Gibt es etwas, das ich lieber nicht tun soll?
my_card-copy = Als Text kopieren
my_card-copied = Kopiert. Füg es in einen beliebigen Chat ein.
my_card-copy_manual = Markier den Text oben und kopier ihn.
my_card-image = Als Bild mit QR-Code speichern
my_card-image_caption = Richte eine Handykamera hierauf, um diese Karte als Text zu lesen.
my_card-image_note = Bevor du es speicherst: Das Bild ist nicht verschlüsselt wie der Rest der App. Wer die Datei öffnet, kann deine Karte lesen, und sie bleibt, wo sie gespeichert ist, auch nach „Alles löschen“. Du kannst sie jederzeit selbst löschen.
my_card-image_saved = Bild gespeichert unter { $path }.
my_card-edit = Meine Karte bearbeiten
my_card-remind_check_tomorrow = Du möchtest, dass morgen nach dir gesehen wird: Erinnere mich morgen um diese Zeit
my_card-not_now = Nicht jetzt
my_card-not_now_label = Nicht jetzt: diesmal keine Erinnerung für morgen
my_card-empty = Diese Karte ist noch leer, und das ist in Ordnung. Das Freundlichste ist, zu fragen: Was brauchst du gerade?
my_card-yes = Ja, bitte
my_card-no = Nicht nötig

## their_cards
## Their cards: cards others shared with you, read on this device and kept here (issue 29).

their_cards-title = Karten von anderen
their_cards-intro = Karten, die andere mit dir geteilt haben, hier verschlüsselt aufbewahrt wie alles andere. Am besten gemeinsam lesen, bevor etwas anfängt.
their_cards-empty = Noch keine. Wenn jemand die eigene Karte mit dir teilt, kannst du sie hier hinzufügen.
their_cards-add = Karte hinzufügen
their_cards-added = Hinzugefügt: { $date }
their_cards-add_title = Karte hinzufügen
their_cards-add_intro = Wähle ein Bild der Karte oder füg die Worte ein, die du bekommen hast. Gelesen wird hier, auf diesem Gerät; nichts wird irgendwohin gesendet.
their_cards-file = Ein Bild der Karte
their_cards-file_hint = Ein PNG oder JPEG, wie das Bild, das diese App speichert. Du kannst die Datei auch hier ablegen.
their_cards-camera = Kamera verwenden
their_cards-paste = Oder füg den Text der Karte ein
their_cards-read = Diesen Text lesen
their_cards-reading = Wird gelesen …
their_cards-preview_title = So sieht die Karte aus
their_cards-preview_card = Geteilte Karte
their_cards-not_kept_yet = Nichts wird behalten, bis du es so entscheidest.
their_cards-name = Wessen Karte ist das?
their_cards-name_hint = Ein Name oder Spitzname. Nur du siehst ihn.
their_cards-keep = Karte behalten
their_cards-says = Geteilte Karte
their_cards-read_together = Neben meiner lesen, bevor wir anfangen
their_cards-rename_label = Ein anderer Name für diese Karte
their_cards-rename = Umbenennen
their_cards-renamed = Umbenannt.
their_cards-delete = Diese Karte löschen
their_cards-delete_confirm = Diese Karte löschen? Sie verschwindet endgültig von diesem Gerät.
their_cards-delete_yes = Löschen
their_cards-beside = Geteilte Karte neben meiner
their_cards-beside_none = Nur meine

## send
## "Send them a check-in": words to copy and send, and what they said (issue 29).

send-title = Kurz nachfragen
send-intro = Such dir ein paar Worte aus, änder sie, wie du magst, und kopier sie. Schick sie auf dem Weg, auf dem ihr sonst auch schreibt, wenn und wann es sich richtig anfühlt. Die App sendet selbst nichts und behält nichts von dem, was du kopierst.
send-offer = Kurz nachfragen
send-offer_label = Kurz nachfragen, zum Moment vom { $date }
send-about = Zum Moment vom { $date }
send-no_moment = Du kannst diese Worte jederzeit kopieren. Sobald es einen Moment gibt, lässt sich die Antwort dort festhalten.
send-pick = Worte zum Anfangen
send-words = Deine Worte
send-copy = Worte kopieren
send-copied = Kopiert. Füg sie dort ein, wo ihr miteinander schreibt.
send-copy_manual = Markier die Worte oben und kopier sie.
send-share = Mit einer anderen App senden
send-shared = Dein Handy zeigt dir, wohin du sie schicken kannst. Die App selbst schickt nichts.
send-nothing_to_copy = Such dir erst ein paar Worte aus oder schreib welche.
send-answer_title = Was kam als Antwort?
send-answer_intro = Wenn eine Antwort kam, kannst du sie hier festhalten, bei diesem Moment. Sie wird verschlüsselt aufbewahrt, wie ein Check-in. Keine Antwort ist auch eine Antwort.
send-note = Antwort festhalten
send-noted = Festgehalten. Sie steht bei diesem Moment in deinem Verlauf.

## check_in

check_in-title = Check-in
check_in-intro = Beantworte so viel oder so wenig, wie du magst. Alles lässt sich überspringen.
check_in-company_label = Mit wem war das?
check_in-company_partner = Mit jemand Festem
check_in-company_casual = Mit jemand Lockerem
check_in-company_group = Mit mehreren
check_in-company_solo = Allein
check_in-ask_them = Zum Fragen
check_in-ask_them_hint = Lies sie vor, wenn es sich richtig anfühlt.
check_in-ask_you = Für dich
check_in-scales = Wie geht’s dir gerade?
check_in-scale_body = Körper
check_in-scale_feelings = Gefühle
check_in-scale_mind = Kopf
check_in-scale_desire = Lust
check_in-scale_clear = Zurücksetzen
check_in-scale_clear_label = { $scale }: Antwort zurücksetzen
check_in-note = Eine Notiz, wenn du magst
check_in-save = Check-in speichern
check_in-saved = Check-in gespeichert. Sei behutsam mit dir.
check_in-follow_ups = Zu dem, was du gesagt hast
check_in-follow_up_read = Lesen: { $title }
check_in-follow_up_care = Ausprobieren: { $title }
check_in-follow_up_calm = Weiter zu: { $place }
check_in-if_they_say = Bei der Antwort „{ $answer }“: { $then }
check_in-since_title = Seitdem
check_in-since_intro = Wie ging es dir seitdem? Beantworte so viel oder so wenig, wie du magst. Alles lässt sich überspringen.
check_in-since_drop = Ein, zwei Tage später ein Tief? Lies mehr darüber

## reminder_answer

reminder_answer-okay = Notiert: Dir geht es seitdem gut. Danke, dass du kurz in dich hineingehört hast.
reminder_answer-later = Ich frage um { $time } noch einmal.
reminder_answer-check_in = Wenn du so weit bist: Wie ging es dir seitdem?

## follow_up

follow_up-plan = Frag morgen und in drei Tagen nach, wie es mir geht
follow_up-set = Ich frage nach: { $first } und noch einmal { $second }.

## journal

journal-title = Tagebuch
journal-write = Schreiben
journal-search = Dein Tagebuch durchsuchen
journal-search_button = Suchen
journal-empty = Noch nichts hier. Wann immer dir nach Schreiben ist, ist das dein Platz.
journal-no_results = Keine Einträge passen zu dieser Suche.
journal-editor_title = Tagebucheintrag
journal-body = Deine Worte
journal-prompts = Brauchst du einen Anfang?
journal-save = Speichern
journal-delete = Löschen
journal-delete_confirm = Diesen Eintrag löschen? Er lässt sich nicht zurückholen.
journal-delete_yes = Löschen
journal-cancel = Behalten
journal-linked_moment = Aus einem Moment am { $date }
journal-link_moment = Mit diesem Moment verknüpfen (seit { $time })
journal-edited = Bearbeitet
journal-draft_saved = Dein Entwurf wurde gespeichert, bevor die App gesperrt wurde.
journal-draft_kept = Deine Worte von vorhin sind noch da. Gespeichert sind sie noch nicht.

## journal.prompt

journal-prompt-favourite = Mein schönster Moment war …
journal-prompt-worked = Was mir gutgetan hat …
journal-prompt-needed = Was ich gebraucht habe, war …
journal-prompt-next_time = Etwas, das ich nächstes Mal ausprobieren möchte …

## history

history-title = Verlauf
history-empty = Noch keine Momente. Sie erscheinen hier, sobald du die App nutzt.
history-moment = { $date }
history-actions = Fürsorge
history-check_ins = Check-ins
history-journal = Tagebuch
history-company_partner = Mit jemand Festem
history-company_casual = Locker
history-company_group = Mit mehreren
history-company_solo = Allein
history-since_then = Seitdem · { $date }
history-their_answer = Die Antwort · { $date }
history-ended = Beendet um { $time }
history-delete = Diesen Moment löschen
history-delete_label = Diesen Moment löschen, vom { $date }
history-delete_confirm = Diesen Moment mit seiner Fürsorge und seinen Check-ins löschen? Tagebucheinträge bleiben eigenständig erhalten. Das lässt sich nicht zurückholen.
history-delete_yes = Löschen
history-deleted = Der Moment ist gelöscht.
history-more = Ältere Momente zeigen

## insights

insights-title = Was mir hilft
insights-intro = Auf diesem Gerät aus deinen eigenen Check-ins errechnet, und nur für dich. Es zeigt, was oft mit einem besseren Befinden einhergeht, nicht, was es verursacht: Von einem Mal zum nächsten ändert sich vieles.
insights-care_title = Fürsorge und wie es dir geht
insights-care_none = Noch ist nicht genug da, um zu vergleichen. Nach mindestens drei Momenten mit einer Art von Fürsorge und drei ohne, jeweils mit beantworteten Skalen, zeigt sich hier, wie sie meist im Vergleich abschneiden.
insights-better = Nach Momenten mit „{ $care }“ fallen deine Check-ins meist etwas besser aus (etwa { $with } von 5, gegenüber { $without } ohne).
insights-same = Momente mit „{ $care }“ und ohne fühlen sich meist ungefähr gleich an (etwa { $with } von 5 so oder so).
insights-lower = Nach Momenten mit „{ $care }“ fallen deine Check-ins meist etwas niedriger aus (etwa { $with } von 5, gegenüber { $without } ohne). Das kann viele Gründe haben.
insights-since = Einen Tag oder mehr später: etwa { $with } von 5 mit, { $without } ohne.
insights-waiting = Noch nicht genug, um etwas zu sagen über: { $list }.
insights-days_title = Wie die Tage danach meist verlaufen
insights-days_none = Noch nicht genug. Check-ins einen Tag oder mehr später (eine Erinnerung kann danach fragen) würden zeigen, ob ein Tief eher am zweiten oder dritten Tag kommt.
insights-days_caption = Deine Skalen im Durchschnitt, nach Zeit seit einem Moment
insights-span = Wann
insights-based_on = Check-ins
insights-span_right_after = Direkt danach
insights-span_next_day = Am nächsten Tag
insights-span_day_two = Tag zwei
insights-span_day_three = Tag drei
insights-span_later = Später
insights-not_enough = noch nicht genug
insights-their_title = Wenn du nachgefragt hast
insights-their_hint = Die Antworten, die du nach einer Nachfrage festgehalten hast, und wie oft. Die genauen Worte stehen bei jedem Moment in deinem Verlauf.
insights-their_answer = { $answer }: { $times }
insights-calendar_title = Deine Momente
insights-calendar_hint = Die letzten acht Wochen. Ein ausgefüllter Tag hatte einen Moment; nichts hier ist ein Ziel.
insights-calendar_day = { $date }: ein Moment
insights-calendar_empty_day = { $date }

## learn

learn-title = Wissen
learn-intro = Ein bisschen über Aftercare, in einfachen Worten.
learn-not_advice = Allgemeine Informationen, die dir helfen, für dich und füreinander zu sorgen, keine medizinische oder therapeutische Beratung. Bei allem, was dich beunruhigt, können eine Praxis, eine Beratungsstelle oder eine Therapie helfen.
learn-grounding = Erdungsübung ausprobieren
learn-grounding_title = Erdung mit 5-4-3-2-1
learn-grounding_intro = Wo auch immer du bist, angezogen oder nicht, im Bett oder nicht. Du kannst jeden Schritt überspringen.
learn-step_5 = Nenne fünf Dinge, die du siehst – oder hörst, wenn deine Augen geschlossen sind.
learn-step_4 = Nimm vier Dinge wahr, die du spürst: die Luft auf deiner Haut, das, worauf du liegst oder sitzt, deine Hände, deine Füße.
learn-step_3 = Lausche auf drei Dinge, die du hören kannst.
learn-step_2 = Wenn du magst, finde zwei Dinge, die du riechen kannst, oder zwei Gerüche, die du gern magst. Oder überspring diesen Schritt.
learn-step_1 = Nimm eine Sache wahr, die du schmeckst, oder trink einen Schluck Wasser.
learn-step_done = Atme einmal langsam ein und länger wieder aus. Du bist hier.
learn-next = Weiter
learn-again = Noch einmal
learn-done = Fertig
learn-stop = Beenden
learn-stop_label = Erdung beenden und zurückgehen
learn-still_title = Immer noch nicht okay?
learn-still_text = Auch das ist in Ordnung. Es kann helfen, sich an jemanden zu wenden.
learn-still_people = Meine Menschen
learn-still_help = Wann du dir mehr Hilfe holen solltest
learn-about = Über Aftercare: woher die Ideen kommen
learn-see_also = Siehe auch

## settings

settings-title = Einstellungen
settings-language = Sprache
settings-language_use = Diese Sprache verwenden
settings-passcode_title = Passwort ändern
settings-current = Aktuelles Passwort
settings-new = Neues Passwort
settings-change = Passwort ändern
settings-changed = Dein Passwort ist geändert.
settings-passcode_revokes = Ab jetzt öffnet nur noch das neue Passwort die App auf diesem Gerät. Eine Kopie der App-Dateien von vor heute ließe sich aber noch mit dem alten öffnen, außer du wählst auch einen neuen Schlüssel.
settings-rekey = Außerdem alles mit einem neuen Schlüssel verschlüsseln, damit sich ältere Kopien nicht mehr mit dem alten Passwort öffnen lassen (dauert einen Moment)
settings-auto_lock = Sperren nach
settings-moment_window = Tippen zählt zum selben Moment innerhalb von
settings-later = „Später“ bei einer Erinnerung fragt wieder nach
settings-morning_hour = Erinnerungen für „Morgen früh“ kommen um
settings-evening_hour = Erinnerungen für „Heute Abend“ kommen um
settings-minutes = { $n ->
        [one] { $n } Minute
       *[other] { $n } Minuten
    }
settings-hours = { $n ->
        [one] { $n } Stunde
       *[other] { $n } Stunden
    }
settings-discreet = Das Fenster „Erinnerungen“ nennen, damit sein Name nicht verrät, wofür die App da ist
settings-protect_screen = Die App aus Screenshots und Bildschirmfreigaben heraushalten, soweit dein Gerät es erlaubt
settings-solo_first = Meist mache ich Check-ins für mich allein: Fürsorge für mich zuerst auf der Startseite
settings-most_used = Die Fürsorge, die ich am häufigsten nutze, zuerst auf der Startseite
settings-care_shortcuts = Fürsorge aus dem Infobereich: meine ersten drei Arten von Fürsorge im Menü des Infobereichs, einen Klick entfernt, auch wenn die App gesperrt ist
settings-care_shortcuts_phone = Fürsorge über das App-Symbol: gedrückt halten, um meine ersten drei Arten von Fürsorge zu finden
settings-haptic_breathing = Die Atmung auch mit sanfter Vibration begleiten: ein Impuls zum Einatmen, zwei zum Ausatmen
settings-tiles_title = Fürsorge auf der Startseite
settings-tiles_hint = Wähle, welche Fürsorge auf der Startseite erscheint und in welcher Reihenfolge.
settings-tile_up = Nach oben
settings-tile_down = Nach unten
settings-tile_up_label = { $care } nach oben
settings-tile_down_label = { $care } nach unten
settings-save = Einstellungen speichern
settings-saved = Einstellungen gespeichert.
settings-wipe_title = Alles löschen
settings-wipe_text = Damit werden jeder Moment, jeder Check-in und jeder Tagebucheintrag auf diesem Gerät gelöscht, dazu dein Passwort. Das lässt sich nicht rückgängig machen.
settings-wipe_word = löschen
settings-wipe_prompt = Tippe zum Bestätigen das Wort „löschen“
settings-wipe_button = Alles löschen
settings-wipe_mismatch = Tippe das Wort „löschen“, um zu bestätigen.
settings-privacy_title = Über deine Privatsphäre
settings-privacy_1 = Aftercare hat keine Konten, keine Werbung und keine Nutzungsanalyse. Die App verbindet sich nie mit dem Internet.
settings-privacy_2 = Was du speicherst, wird auf diesem Gerät verschlüsselt, mit einem Schlüssel, den dein Passwort schützt.
settings-privacy_3 = Schnellaktionen, die du im gesperrten Zustand antippst, werden so versiegelt, dass nur dein Passwort sie öffnen kann.
settings-privacy_4 = Niemand kann dein Passwort wiederherstellen. „Alles löschen“ entfernt alles endgültig.
settings-about = Über Aftercare: woher die Ideen kommen
settings-tied_yes = Deine gespeicherten Daten sind über den Schlüsselbund an dieses Gerät gebunden: Eine Kopie der App-Dateien lässt sich nirgendwo sonst öffnen, auch nicht mit deinem Passwort.
settings-tied_no = Deine gespeicherten Daten sind nicht an dieses Gerät gebunden, weil kein Schlüsselbund verfügbar war: Allein dein Passwort schützt sie. Sobald dieses Gerät einen Schlüsselbund hat, bindet eine Passwortänderung sie daran.

## remind

remind-title = Später erinnern
remind-intro = Ein sanfter Anstoß für einen weiteren Check-in, mit dir selbst oder mit anderen. Die Benachrichtigung verrät nie, worum es geht.
remind-in_an_hour = In etwa einer Stunde
remind-tonight = Heute Abend
remind-tomorrow_morning = Morgen früh
remind-next_day = Morgen um diese Zeit
remind-two_days = In zwei Tagen
remind-three_days = In drei Tagen
remind-custom = Zu einer Zeit meiner Wahl
remind-custom_set = Diese Zeit nehmen
remind-set = Ich erinnere dich: { $when }.
remind-pending = Demnächst
remind-none = Keine Erinnerungen eingestellt.
remind-cancel = Entfernen
remind-snooze = Später (1 Stunde)
remind-wording = Was in der Benachrichtigung steht
remind-wording_saved = Gespeichert.
remind-drop_note = Manche Menschen fühlen sich ein, zwei Tage nach intensivem Sex niedergeschlagen. Ein Check-in zu der Zeit kann helfen.

## tray

tray-open = Aftercare öffnen
tray-open_discreet = Öffnen
tray-quit = Beenden
tray-saved = Gespeichert.
tray-not_saved = Nicht gespeichert: zum erneuten Versuchen öffnen.

## nav

nav-back = Zurück
nav-home = Start

## error

error-content = Etwas an den Texten der App ist kaputt. Bitte gib uns Bescheid; von deinen Sachen ist nichts betroffen.
error-storage = Die App kam nicht an ihren privaten Ordner auf diesem Gerät. Was du gespeichert hast, ist unberührt.
error-unknown = Etwas ist schiefgegangen. Nichts, was du gespeichert hast, ist verloren; bitte versuch es noch einmal.
error-locked = Bitte entsperre zuerst.
error-invalid = Das hat nicht ganz geklappt. Bitte prüf, was du eingegeben hast.
error-not-found = Das ließ sich nicht finden. Vielleicht wurde es gelöscht.
error-damaged = Deine gespeicherten Daten ließen sich nicht öffnen; vielleicht sind sie beschädigt. Es wurde nichts verändert.
error-newer-version = Deine Daten wurden von einer neueren Version von Aftercare gespeichert. Bitte aktualisiere die App.
error-internal = In der App ist etwas schiefgegangen. Nichts, was du gespeichert hast, ist verloren.
error-weak-passcode = Das wäre für andere leicht zu erraten, also lass uns ein anderes wählen. Ein paar Wörter, die nichts miteinander zu tun haben und die du dir merken kannst, etwa „blaue Kanne Sonntag“, sind viel schwerer zu erraten als ein kurzer Code.
error-untrusted = Das ließ sich nicht behalten, solange die App gesperrt ist: Eine der Dateien, die Aftercare neben deinen Daten aufbewahrt, wurde von etwas anderem verändert, deshalb wird ihr gerade nicht vertraut. Entsperre und speichere es dann. Was du vorher gespeichert hast, ist nicht betroffen.
error-device-key-missing = Dein Passwort braucht den eigenen Schlüssel dieses Geräts, um deine gespeicherten Sachen zu öffnen, und dieser Schlüssel ist gerade nicht verfügbar. Wenn der Schlüsselbund deines Systems gesperrt oder ausgeschaltet ist, entsperre ihn und versuch es noch einmal. Es wurde nichts verändert.
error-wrong-backup-passphrase = Diese Passphrase öffnet diese Sicherung nicht. Es wurde nichts verändert; bitte versuch es noch einmal.
error-not-a-backup = Diese Datei ist keine Sicherung von Aftercare. Es wurde nichts verändert.
error-damaged-backup = Diese Sicherung ist beschädigt (vielleicht wurde sie beim Kopieren abgeschnitten). Es wurde nichts verändert; eine frühere Kopie funktioniert vielleicht noch.
error-newer-backup = Diese Sicherung stammt von einer neueren Version von Aftercare. Bitte aktualisiere die App, um sie wiederherzustellen. Es wurde nichts verändert.
error-not-available = Das ist auf diesem Gerät gerade nicht verfügbar. Nichts wurde geändert, und dein Passwort öffnet weiterhin alles.
error-unreadable-card = Diese Karte ließ sich nicht lesen. Es wurde nichts gespeichert.
error-card-too-large = Diese Datei ist größer, als ein Kartenbild je sein muss. Ein Screenshot der Karte funktioniert gut. Es wurde nichts gespeichert.
error-card-too-many-pixels = Dieses Bild hat mehr Pixel, als die App liest. Ein Screenshot oder ein kleineres Foto funktioniert gut. Es wurde nichts gespeichert.
error-card-not-an-image = Diese Datei ist kein PNG- oder JPEG-Bild. Es wurde nichts gespeichert.
error-card-damaged-image = Dieses Bild ließ sich nicht öffnen; vielleicht wurde es unterwegs abgeschnitten. Es wurde nichts gespeichert.
error-card-no-code = In diesem Bild ist kein Code, den die App lesen kann. Am besten klappt es, wenn der quadratische Code vollständig und scharf ist. Es wurde nichts gespeichert.
error-card-several-codes = In diesem Bild ist mehr als ein Code. Versuch es mit einem, auf dem nur die eine Karte ist. Es wurde nichts gespeichert.
error-card-text-too-long = Dieser Text ist länger als jede Karte. Füg nur die Karte ein. Es wurde nichts gespeichert.
error-card-not-a-card = Das ist keine Aftercare-Karte aus dieser App. Es wurde nichts gespeichert.
error-card-newer-card = Diese Karte wurde mit einer neueren Version von Aftercare erstellt. Nach einem Update kann die App sie lesen. Es wurde nichts gespeichert.
error-card-unknown-field = Diese Karte hat einen Teil, den diese Version der App noch nicht kennt. Ein Update kann helfen. Es wurde nichts gespeichert.
error-card-damaged-card = Ein Teil dieser Karte lässt sich nicht lesen; vielleicht hat er sich unterwegs verändert. Meist hilft es, sie noch einmal schicken zu lassen. Es wurde nichts gespeichert.
error-card-empty-card = Auf dieser Karte ist noch nichts ausgefüllt. Es wurde nichts gespeichert.
error-card-several-cards = In diesem Text steckt mehr als eine Karte. Füg jeweils nur eine ein. Es wurde nichts gespeichert.

## Was die App in Dateien schreibt, die sie hinterlässt: das README einer Sicherung, das exportierte Tagebuch.

backup_file-readme =
    Das ist eine Sicherung von Aftercare, einer privaten Begleit-App.

    manifest.json   was das ist: das Format (aftercare-backup), seine Version, wann sie erstellt
                    wurde und wie viele Einträge jeder Art sie enthält.
    records/*.json  jeder Eintrag als JSON (Momente, Fürsorge, Check-ins, Tagebucheinträge,
                    Erinnerungen, meine Menschen, eigene Fürsorge, die Aftercare-Karte, Karten
                    von anderen, Einstellungen). Zeiten in UTC (RFC 3339).
    journal/*.md    jeder Tagebucheintrag als Markdown-Datei, lesbar in jedem Texteditor.

    Die App stellt aus den JSON-Dateien wieder her. Bewahre diesen Ordner dort auf, wo nur du
    hinkommst: Außerhalb der Sicherungsdatei ist er nicht verschlüsselt.
backup_file-journal_title = Tagebuch
backup_file-journal_intro = Exportiert am { $date }: { $entries ->
        [one] { $entries } Eintrag
       *[other] { $entries } Einträge
    }, die ältesten zuerst. Die Zeiten sind in UTC.

## keep
## Yours to keep: backup and restore, auto-delete, the journal exported (issue 16).

keep-title = Gehört dir
keep-intro = Eine Sicherung ist eine einzige Datei mit allem darin, geschützt mit einer Passphrase, die du wählst. Die App kann sie wiederherstellen, und falls du es je brauchst, öffnet das freie Werkzeug age sie auch ohne die App.
keep-folder = Sicherungen und Exporte werden gespeichert in:
keep-backup_title = Sichern
keep-passphrase = Passphrase für die Datei
keep-passphrase_again = Passphrase noch einmal
keep-passphrase_tip = Sie darf sich von deinem Passwort unterscheiden. Ohne sie kann niemand die Datei öffnen, auch wir nicht, also bewahr sie gut auf.
keep-back_up = Jetzt sichern
keep-backing_up = Wird gesichert … { $done } von { $total }
keep-backed_up = Gespeichert und geprüft: { $records ->
        [one] { $records } Eintrag
       *[other] { $records } Einträge
    } in { $path }
keep-restore_title = Aus einer Sicherung wiederherstellen
keep-restore_text = Alles aus der Sicherung kommt zu dem hinzu, was schon hier ist. Was schon da ist, bleibt, und nichts wird doppelt hinzugefügt.
keep-restore_found = Gefundene Sicherungen
keep-restore_none = In diesem Ordner wurde keine gefunden
keep-restore_path = Oder der vollständige Pfad einer Sicherung, die woanders liegt
keep-restore_passphrase = Die Passphrase der Sicherung
keep-restore = Wiederherstellen
keep-restoring = Wird wiederhergestellt … { $done } von { $total }
keep-restored = Wiederhergestellt: { $added } hinzugefügt, { $already ->
        [one] { $already } war schon da
       *[other] { $already } waren schon da
    }.
keep-restored_invalid = { $invalid ->
        [one] { $invalid } ließ sich nicht verwenden und wurde ausgelassen.
       *[other] { $invalid } ließen sich nicht verwenden und wurden ausgelassen.
    }
keep-auto_delete_title = Automatisch löschen
keep-auto_delete_text = Behalte nur, was du behalten willst. Ältere Einträge werden endgültig gelöscht, wenn die App entsperrt wird, und einmal am Tag, solange sie offen ist. Das Alter wird nie weiter gezählt als bis zu dem, was du zuletzt gespeichert hast, daher kann eine falsch gestellte Uhr nichts Aktuelles löschen. Es ist aus, solange du es nicht einschaltest.
keep-auto_delete_moments = Momente (mit ihrer Fürsorge und ihren Check-ins) löschen, wenn älter als
keep-auto_delete_check_ins = Check-ins löschen, wenn älter als
keep-auto_delete_journal = Tagebucheinträge löschen, wenn älter als
keep-auto_delete_their_cards = Karten von anderen (mit dir geteilte Karten) löschen, wenn sie länger hier sind als
keep-keep_all = Nie
keep-older_month = Ein Monat
keep-older_three_months = 3 Monate
keep-older_year = Ein Jahr
keep-would_go = Mit dieser Auswahl würden jetzt { $moments ->
        [one] { $moments } Moment
       *[other] { $moments } Momente
    }, { $check_ins ->
        [one] { $check_ins } Check-in
       *[other] { $check_ins } Check-ins
    }, { $journal ->
        [one] { $journal } Tagebucheintrag
       *[other] { $journal } Tagebucheinträge
    } und { $their_cards ->
        [one] { $their_cards } Karte von anderen
       *[other] { $their_cards } Karten von anderen
    } gelöscht.
keep-auto_delete_save = Automatisches Löschen speichern
keep-auto_delete_saved = Gespeichert. Jetzt gelöscht: { $total }.
keep-auto_delete_confirm = Wenn du das einschaltest, wird sofort endgültig gelöscht, was schon älter ist: { $total } insgesamt. Danach wird alles gelöscht, sobald es dieses Alter erreicht. Einschalten?
keep-auto_delete_yes = Ja, einschalten
keep-auto_delete_no = Nicht jetzt
keep-auto_delete_unchanged = Es wurde nichts verändert oder gelöscht.
keep-offer_text = Deine Sicherung enthielt auch eigene Einstellungen zum Sperren und Löschen. Dieses Gerät hat seine behalten; du kannst zu denen der Sicherung wechseln, wenn du magst:
keep-offer_auto_lock = Sperren nach { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } ohne Nutzung
keep-offer_discreet_on = Ein neutraler Name für Fenster und Tray-Symbol
keep-offer_discreet_off = Der eigene Name der App für Fenster und Tray-Symbol
keep-offer_protect_on = Das Fenster bleibt aus Screenshots und Bildschirmfreigaben heraus
keep-offer_protect_off = Screenshots und Bildschirmfreigaben erlaubt
keep-offer_auto_delete = Momente automatisch löschen: { $moments }. Check-ins: { $check_ins }. Tagebucheinträge: { $journal }. Karten von anderen: { $their_cards }.
keep-offer_use = Einstellungen der Sicherung nutzen
keep-offer_keep = Die dieses Geräts behalten
keep-offer_taken = Erledigt: Dieses Gerät nutzt jetzt die Einstellungen der Sicherung.
keep-offer_left = Dieses Gerät behält seine eigenen Einstellungen.
keep-export_passcode = Dein Passwort, zur Bestätigung, dass du es bist
keep-export_title = Tagebuch exportieren
keep-export_text = Dein Tagebuch als eine Markdown-Datei, geschützt mit einer Passphrase (das Werkzeug age öffnet sie).
keep-export_plain = Stattdessen unverschlüsselt speichern
keep-export_plain_warning = Ohne Passphrase kann dein Tagebuch lesen, wer auch immer an diese Datei kommt: andere Apps, Menschen, die diesen Computer nutzen, ein Cloud-Dienst, mit dem er synchronisiert wird. Die Datei bleibt auch nach „Alles löschen“.
keep-export = Tagebuch exportieren
keep-exported = Gespeichert: { $path }
keep-first_run_restore = Aus einer Sicherung wiederherstellen
keep-first_run_text = Wähle oben ein Passwort für dieses Gerät; deine Sicherung wird direkt danach wiederhergestellt.
keep-first_run_failed = Dein Passwort ist eingerichtet, aber die Sicherung ließ sich noch nicht wiederherstellen. Du kannst es hier noch einmal versuchen.

## calm
## "Need a moment?": the calm space, open to everyone, locked or not (issue 13 §1).

calm-home_link = Einen Moment Ruhe?
calm-title = Einen Moment Ruhe?
calm-intro = Du bist hier, und das reicht für jetzt. Nimm, was hilft; lass weg, was nicht hilft.
calm-breathe_title = Langsam atmen
calm-breathe_hint = Lass dich vom Kreis führen: Atme ein, während er wächst, und aus, während er kleiner wird.
calm-breathe_step_in = Atme durch Nase oder Mund ein, während du bis vier zählst.
calm-breathe_step_out = Lass den Atem langsam ausströmen, während du bis sechs zählst.
calm-breathe_step_repeat = Mach das fünf- oder sechsmal, oder so lange, wie es guttut.
calm-breathe_stop = Aufhören
calm-breathe_stop_label = Atemkreis anhalten
calm-breathe_start = Noch einmal mit dem Kreis atmen
calm-grounding = Erdung mit 5-4-3-2-1
calm-settle_title = Andere Wege, zur Ruhe zu kommen
calm-settle_intro = Nicht alle finden den Atem beruhigend. Keiner dieser Wege braucht ihn.
calm-settle_feet = Drück deine Füße in den Boden oder ins Bett und spür den Gegendruck.
calm-settle_warm = Halt etwas Warmes: eine Tasse, eine Wärmflasche, deine eigenen Hände.
calm-settle_name = Benenne die Farben, die du siehst, oder die Geräusche, die du hörst, eins nach dem anderen.
calm-settle_cool = Lass kühles Wasser über deine Handgelenke laufen oder halte kurz etwas Kaltes.
calm-kind_words_title = Liebe Worte
calm-kind_deserve = Du verdienst Fürsorge, egal, was passiert ist und wie du dich damit fühlst.
calm-kind_enjoyed = Nichts, was dir gefallen oder nicht gefallen hat, ändert etwas daran, dass du Freundlichkeit verdienst.
calm-kind_feelings = Große Gefühle nach dem Sex sind häufig. Sie ziehen durch dich hindurch; sie bestimmen nicht, wer du bist.
calm-kind_needs = Du darfst Dinge brauchen und darum bitten.
calm-kind_friend = Sei gerade so behutsam mit dir, wie du es mit jemandem wärst, den du gernhast.
calm-read_title = Wenn du es verstehen möchtest
calm-people_title = Meine Menschen
calm-people_intro = Wen du schnell erreichen möchtest: Menschen aus deinem Freundeskreis oder deiner Beziehung, ein Hilfetelefon, dem du vertraust. Nur du siehst diese Liste.
calm-people_locked = Deine Menschen bleiben privat. Entsperre, um sie zu sehen.
calm-people_locked_others = Alle anderen auf deiner Liste sind hinter deinem Passwort geschützt.
calm-people_reachable = Ohne Entsperren erreichbar
calm-people_reachable_hint = Name und Nummer sind dann für alle lesbar, die dieses Gerät in der Hand halten, auch ohne dein Passwort. Dafür sind sie auch da, wenn dir nicht nach Entsperren ist.
calm-people_reachable_label = { $name }: ohne Entsperren erreichbar
calm-people_copy = Nummer kopieren
calm-people_copy_label = Nummer von { $name } kopieren
calm-people_copied = Nummer von { $name } kopiert.
calm-people_copy_manual = Markier die Nummer und kopier sie.
calm-people_sms_body = Hi, ich bin’s. Ich hab gerade einen schweren Moment. Kannst du mich anrufen oder mir schreiben, wenn es dir passt?
calm-people_unlock = Entsperren
calm-people_set_up = Wähle ein Passwort, um hier eine Liste zu führen.
calm-people_set_up_link = Passwort wählen
calm-people_empty = Noch niemand hier. Du kannst unten jemanden hinzufügen.
calm-people_call = { $name } anrufen
calm-people_message = { $name } schreiben
calm-people_remove = { $name } entfernen
calm-person_name = Name
calm-person_number = Telefonnummer
calm-person_add = Hinzufügen
calm-finding_help = Die App bringt keine Telefonnummern mit, denn welche die richtigen sind, hängt davon ab, wo du lebst. Wenn du nach „Krisentelefon“ oder „Hilfe nach sexueller Gewalt“ zusammen mit deinem Ort oder Land suchst, findest du Angebote in deiner Nähe, und du kannst sie hier hinzufügen.
calm-emergency = Wenn du oder jemand anderes gerade in Gefahr ist, ruf zuerst den Notruf an.
calm-home = Zurück zum Start
calm-place_space = Einen Moment Ruhe?
calm-place_settle = Wege, zur Ruhe zu kommen
calm-place_grounding = Erdung mit 5-4-3-2-1
calm-place_people = Meine Menschen
calm-place_kind_words = Liebe Worte

## reminder_banner
## A reminder that falls due while the app is open: a quiet line on the screen in use.

reminder_banner-text = Ein Check-in wartet, wann immer du so weit bist.
reminder_banner-open = Zum Check-in
reminder_banner-later = Nicht jetzt

## about
## About: what the app is and where its ideas come from (reached from Settings and from Learn).

about-title = Über Aftercare
about-intro = Aftercare ist eine kleine, private Begleitung für die Minuten, Stunden und Tage nach dem Sex. Sie funktioniert ohne Internet, bewahrt, was du speicherst, verschlüsselt auf diesem Gerät auf und spricht mit Worten, die eigens für sie geschrieben wurden.
about-ideas_title = Woher die Ideen kommen
about-guide = Am Anfang stand ein kurzer Leitfaden zu Aftercare von Alice Child, einer somatischen Sexologin und Sexualberaterin. Seine Ideen ziehen sich durch die App: dass Fürsorge nach dem Sex emotional wie körperlich ist, dass sie für alle da ist und nicht nur für Kink, dass es hilft, vorher zu sagen, was man braucht, sich mit einfachen Fragen nach dem Befinden zu erkundigen, und dass kleine Gesten Sicherheit und Vertrauen schaffen. Die Ideen sind ihre; die Sätze hier sind unsere eigenen.
about-health = Die Wissen-Seiten zur Sorge für den Körper und dazu, wo man Hilfe bekommt, stützen sich auf die Art von Informationen, die Praxen für sexuelle Gesundheit und öffentliche Gesundheitsdienste allen geben, die zu ihnen kommen: Notfallverhütung, Medikamente nach einem möglichen HIV-Kontakt, Tests auf Infektionen, Harnwegsinfekte und wann man Hilfe suchen sollte.
about-drop = Was die App über Drop sagt, das Tief, das ein, zwei Tage später kommen kann, stammt aus dem, was Kink-Communitys gelernt und untereinander weitergegeben haben.
about-grounding = Die 5-4-3-2-1-Übung ist eine Erdungstechnik, die Therapie- und Krisendienste vielerorts vermitteln.
about-trauma = Der ruhige Bereich und die Antworten auf schwere Gefühle wurden an den sechs Grundsätzen traumasensibler Versorgung geprüft, wie SAMHSA sie beschreibt, die US-Bundesbehörde für psychische Gesundheit: Sicherheit; Vertrauen und Offenheit; Unterstützung durch Menschen mit ähnlicher Erfahrung; Zusammenarbeit; Mitsprache und Wahlfreiheit; Achtung vor Kultur, Geschichte und Geschlecht.
about-not_advice = Nichts davon ist medizinische oder therapeutische Beratung. Bei allem, was dich beunruhigt, können eine Praxis, eine Beratungsstelle oder eine Therapie helfen.
about-software_title = Womit die App gebaut ist
about-software = Freie und quelloffene Software, darunter Tauri für das Fenster der App und SQLCipher für den verschlüsselten Speicher, jede unter ihrer eigenen Lizenz, dazu die Schrift DejaVu Sans für das Kartenbild.
