// The only module that talks to the Tauri shell. Every other module calls these functions, so
// screen logic can be exercised with a stand-in for this file and no shell at all.
//
// A failed command rejects with `{ kind, message }` (and `wait_seconds` for a back-off);
// callers switch on `kind`.

function invoke(command, args) {
  const tauri = window.__TAURI__;
  if (!tauri || !tauri.core) {
    return Promise.reject({ kind: 'unknown', message: 'not running inside the app shell' });
  }
  return tauri.core.invoke(command, args);
}

/** Everything the app says: actions, questions, guide pages and UI strings. */
export const loadContent = () => invoke('content');
/** The rules the core owns: passcode and text lengths, setting ranges, reminder presets. */
export const rules = () => invoke('rules');

export const vaultStatus = () => invoke('vault_status');
export const setUp = (passcode) => invoke('set_up', { passcode });
export const unlock = (passcode) => invoke('unlock', { passcode });
/** Phones: the fingerprint or face, through the second key slot. */
export const unlockWithBiometric = () => invoke('unlock_with_biometric');
export const setBiometricUnlock = (on, passcode) => invoke('set_biometric_unlock', { on, passcode });
export const lock = () => invoke('lock');
export const changePasscode = (current, next, rekey) =>
  invoke('change_passcode', { current, new: next, rekey });
export const stillHere = () => invoke('still_here');
/** Tells the shell the page finished what it does before the auto-lock (`onVaultLocking`). */
export const readyToLock = () => invoke('ready_to_lock');
export const wipe = (confirmation) => invoke('wipe', { confirmation });

export const recordCare = (action) => invoke('record_care', { action });
/** Undoes recorded care: `care` is what `recordCare` returned. */
export const undoCare = (care) => invoke('undo_care', { care });
/** Phones: one vibration cue of the breathing exercise, `in` or `out`. */
export const breathingCue = (cue) => invoke('breathing_cue', { cue });
/** Android: hands words to the system's share sheet. */
export const shareText = (text) => invoke('share_text', { text });
/** Phones: the camera reads one QR code (Tauri's barcode-scanner plugin, granted on phones
 * alone); its text, or null when the person closed it. */
export const scanCode = () =>
  invoke('plugin:barcode-scanner|scan', { windowed: false, formats: ['QR_CODE'] }).then((read) => (read ? read.content : null));
/** Phones: the care a shortcut opened the app with, once; else null. */
export const takeShortcut = () => invoke('take_shortcut');
export const saveCheckIn = (checkIn) => invoke('save_check_in', { checkIn });

export const createJournalEntry = (body, prompt, moment) => invoke('create_journal_entry', { body, prompt, moment });
export const journalEntry = (id) => invoke('journal_entry', { id });
export const editJournalEntry = (id, body) => invoke('edit_journal_entry', { id, body });
export const deleteJournalEntry = (id) => invoke('delete_journal_entry', { id });
export const journalEntries = (limit, offset) => invoke('journal_entries', { limit, offset });
export const journalSearch = (query) => invoke('journal_search', { query });

export const history = (limit, before) => invoke('history', { limit, before });
/** "What helps me": the insights from the whole history (unlocked only). */
export const insights = () => invoke('insights');
/** The moment Home shows: the latest, if still within the moment window; else null. */
export const recentMoment = () => invoke('recent_moment');
export const endMoment = (id) => invoke('end_moment', { id });
export const deleteMoment = (id) => invoke('delete_moment', { id });
/** Whether to offer "check on me tomorrow" now: my card asks, and it is not set yet. */
export const checkTomorrowOffer = () => invoke('check_tomorrow_offer');
/** "Not now" to that offer: not offered again for this moment. */
export const declineCheckTomorrow = () => invoke('decline_check_tomorrow');

export const settings = () => invoke('settings');
export const updateSettings = (changes) => invoke('update_settings', { changes });
export const setLocale = (tag) => invoke('set_locale', { tag });

export const setReminder = (preset, custom) => invoke('set_reminder', { preset, custom });
/** "Check on me tomorrow and in three days", locked or not: the two due times. */
export const planFollowUps = () => invoke('plan_follow_ups');
export const reminders = () => invoke('reminders');
export const cancelReminder = (id) => invoke('cancel_reminder', { id });
export const snoozeReminder = (id, minutes) => invoke('snooze_reminder', { id, minutes });
export const setReminderWording = (wording) => invoke('set_reminder_wording', { wording });

/** Calls `handler` whenever the shell has shown a reminder. */
export function onReminderShown(handler) {
  const tauri = window.__TAURI__;
  if (tauri && tauri.event) tauri.event.listen('reminder-shown', handler);
}

/** Calls `handler` when a phone's shortcut to care opened the app (`takeShortcut` has it). */
export function onShortcutTaken(handler) {
  const tauri = window.__TAURI__;
  if (tauri && tauri.event) tauri.event.listen('shortcut-taken', handler);
}

/** Calls `handler({answer, until})` when the person answered a reminder on its notification:
 * answer is "open" (a tap on it), "okay", "not-so-good" or "later". */
export function onReminderAnswer(handler) {
  const tauri = window.__TAURI__;
  if (tauri && tauri.event) tauri.event.listen('reminder-answer', (event) => handler(event.payload));
}

/** Calls `handler` when the shell is about to lock the vault because nobody used the app for
 * the auto-lock's minutes: the shell waits (a few seconds at most) for `readyToLock`. */
export function onVaultLocking(handler) {
  const tauri = window.__TAURI__;
  if (tauri && tauri.event) tauri.event.listen('vault-locking', handler);
}

/** Calls `handler` when the shell locked the vault by itself (idle, sleep, screen lock). */
export function onVaultLocked(handler) {
  const tauri = window.__TAURI__;
  if (tauri && tauri.event) tauri.event.listen('vault-locked', handler);
}

export const card = () => invoke('card');
export const saveCard = (value) => invoke('save_card', { card: value });
export const exportCardImage = () => invoke('export_card_image');

// Their cards: read on the device from a picture (a data URL) or pasted words, then kept.
export const theirCards = () => invoke('their_cards');
export const theirCard = (id) => invoke('their_card', { id });
export const readTheirCardText = (text) => invoke('read_their_card_text', { text });
export const readTheirCardImage = (image) => invoke('read_their_card_image', { image });
export const addTheirCard = (name, card) => invoke('add_their_card', { name, card });
export const renameTheirCard = (id, name) => invoke('rename_their_card', { id, name });
export const deleteTheirCard = (id) => invoke('delete_their_card', { id });

// "Send them a check-in": the moment it is about (null: the latest), and what they said.
export const checkInMoment = (id) => invoke('check_in_moment', { id });
export const noteTheirAnswer = (moment, answer) => invoke('note_their_answer', { moment, answer });

// My people (the calm space): names and numbers the person keeps, and those reachable without
// unlocking (name and number only, locked or not).
export const people = () => invoke('people');
export const addPerson = (person) => invoke('add_person', { person });
export const setPersonReachable = (id, reachable) => invoke('set_person_reachable', { id, reachable });
export const removePerson = (id) => invoke('remove_person', { id });
export const lockedPeople = () => invoke('locked_people');

// Yours to keep: backups, restore, auto-delete, the journal exported.
export const backUp = (passphrase) => invoke('back_up', { passphrase });
export const workProgress = () => invoke('work_progress');
export const backups = () => invoke('backups');
export const restoreBackup = (file, passphrase) => invoke('restore_backup', { file, passphrase });
export const autoDelete = () => invoke('auto_delete');
export const autoDeleteCount = (choice) => invoke('auto_delete_count', { choice });
export const setAutoDelete = (choice) => invoke('set_auto_delete', { choice });
export const exportJournal = (passphrase, plain, passcode) => invoke('export_journal', { passphrase, plain, passcode });

// Tiles of one's own: made in Settings; the few chosen for Home while locked, by title only.
export const ownTiles = () => invoke('own_tiles');
export const addOwnTile = (tile) => invoke('add_own_tile', { tile });
export const editOwnTile = (id, tile) => invoke('edit_own_tile', { id, tile });
export const deleteOwnTile = (id) => invoke('delete_own_tile', { id });
export const lockedTiles = () => invoke('locked_tiles');
