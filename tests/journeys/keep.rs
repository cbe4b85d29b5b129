//! Yours to keep: a backup made in Settings, everything deleted, and the backup restored from
//! the first run gives back the same history, journal, card and settings, field by field (the
//! backup's choices for locking and deleting offered, and taken only when asked); auto-delete
//! asks before it deletes, and an unlock says how many items its pass removed.

use aftercare_e2e::{App, Launch};
use serde_json::Value;

use crate::care::{first_run, unlock, PASSCODE};

const PASSPHRASE: &str = "lantern orchard velvet";

/// What the app shows, as its commands return it (the screens draw from these).
async fn everything(app: &App) -> Value {
    app.script(
        "const invoke = window.__TAURI__.core.invoke;
         return Promise.all([
           invoke('history', { limit: 200, before: null }),
           invoke('journal_entries', { limit: 200, offset: 0 }),
           invoke('card'),
           invoke('settings'),
         ]);",
    )
    .await
}

#[tokio::test]
async fn back_up_delete_everything_and_restore_gives_back_history_journal_card_and_settings() {
    // Backups go where a shared card image goes: the export folder (Downloads unless told).
    let exports = tempfile::tempdir().unwrap();
    let downloads = exports.path().join("Downloads");
    let env = vec![(
        "AFTERCARE_EXPORT_DIR".to_owned(),
        downloads.display().to_string(),
    )];
    let app = App::start(
        "keep",
        Launch {
            env,
            ..Launch::default()
        },
    )
    .await;
    first_run(&app).await;

    // Taps, a check-in, two journal entries, a card and a changed setting.
    for action in ["water", "cuddle"] {
        app.click(&format!(".tile[data-action='{action}']")).await;
        app.wait_text("#action-saved", "Saved").await;
        app.click("#view-action [data-back]").await;
        app.wait_view("home").await;
    }
    app.go("#/check-in").await;
    app.wait_view("check-in").await;
    app.click(".question[data-question='feel-now'] [data-option='calm']")
        .await;
    app.click("label[for='scale-body-4']").await;
    app.type_into("#check-in-note", "warm and sleepy").await;
    app.click("#check-in-form button[type=submit]").await;
    app.wait_text("#check-in-saved", "saved").await;
    for words in ["the slow breakfast after", "what I needed was quiet"] {
        app.go("#/journal/new").await;
        app.wait_view("entry").await;
        app.type_into("#entry-body", words).await;
        app.click("#entry-form button[type=submit]").await;
        app.wait_view("journal").await;
    }
    app.go("#/card").await;
    app.wait_view("card").await;
    app.click(".card-field[data-field='needs'] [data-option='water']")
        .await;
    app.type_into("#card-words-needs", "my old hoodie").await;
    app.click("#card-form button[type=submit]").await;
    app.wait_text("#card-saved", "Saved").await;
    app.go("#/settings").await;
    app.wait_view("settings").await;
    choose(&app, "#settings-auto-lock", "15").await;
    app.click("#settings-form button[type=submit]").await;
    app.wait_text("#settings-saved", "saved").await;

    let before = everything(&app).await;
    assert_eq!(
        before[0].as_array().unwrap().len(),
        1,
        "one moment: {before}"
    );
    assert_eq!(before[1].as_array().unwrap().len(), 2, "two entries");

    // Back up: the folder's path is shown, a weak passphrase is refused, then it is saved.
    let folder = app.wait_text("#keep-folder", "Downloads").await;
    assert_eq!(folder, downloads.display().to_string());
    app.type_into("#backup-passphrase", "1234567").await;
    app.type_into("#backup-passphrase-again", "1234567").await;
    app.click("#backup-form button[type=submit]").await;
    app.wait_text("#backup-status", "easy").await;
    app.type_into("#backup-passphrase", PASSPHRASE).await;
    app.type_into("#backup-passphrase-again", PASSPHRASE).await;
    app.click("#backup-form button[type=submit]").await;
    let saved = app.wait_text("#backup-status", "Saved and checked").await;
    assert!(saved.contains(&folder), "{saved}");
    app.screenshot("backed-up").await;
    let backups: Vec<_> = std::fs::read_dir(&downloads)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert!(backups[0].starts_with("backup-") && backups[0].ends_with(".age"));

    // Delete everything; the backup stays where it was saved.
    app.type_into("#wipe-word", "delete").await;
    app.click("#wipe-form button[type=submit]").await;
    app.wait_view("welcome").await;

    // First run: "Restore from a backup", a wrong passphrase first.
    app.click("#welcome-restore").await;
    app.wait_visible("#welcome-restore-passphrase").await;
    assert_eq!(app.value("#welcome-restore-found").await, backups[0]);
    app.type_into("#welcome-restore-passphrase", "not the right one at all")
        .await;
    app.type_into("#welcome-passcode", PASSCODE).await;
    app.type_into("#welcome-confirm", PASSCODE).await;
    app.click("#welcome-form button[type=submit]").await;
    app.wait_view("settings").await;
    app.wait_text("#restore-status", "doesn't open this backup")
        .await;
    assert_eq!(
        everything(&app).await[1],
        serde_json::json!([]),
        "nothing restored"
    );
    // Again from Settings, with the right one.
    app.type_into("#restore-passphrase", PASSPHRASE).await;
    app.click("#restore-form button[type=submit]").await;
    app.wait_text("#restore-status", "Restored").await;
    // The backup's auto-lock of 15 minutes is offered, not taken.
    app.wait_text("#restore-offer-list", "15 minutes").await;
    app.screenshot("restored").await;
    assert_eq!(
        app.value("#settings-auto-lock").await,
        "5",
        "this device's own"
    );
    assert_ne!(everything(&app).await[3], before[3]);
    app.click("#restore-offer-use").await;
    app.wait_text("#restore-status", "now uses the backup's choices")
        .await;
    assert_eq!(app.value("#settings-auto-lock").await, "15");

    let after = everything(&app).await;
    assert_eq!(after, before, "the same, field by field");
    // A second restore adds nothing.
    app.type_into("#restore-passphrase", PASSPHRASE).await;
    app.click("#restore-form button[type=submit]").await;
    app.wait_text("#restore-status", "0 added").await;
    assert_eq!(everything(&app).await, before);

    // Auto-delete: off, then the count of what a choice would delete before it is saved,
    // and a question before it is turned on.
    assert_eq!(app.value("#auto-delete-moments").await, "never");
    app.wait_text("#auto-delete-count", "0 moments").await;
    choose(&app, "#auto-delete-journal", "month").await;
    app.wait_text("#auto-delete-count", "0 journal entries")
        .await;
    app.click("#auto-delete-form button[type=submit]").await;
    app.wait_text("#auto-delete-confirm", "0 in all").await;
    app.click("#auto-delete-yes").await;
    app.wait_text("#auto-delete-status", "Deleted now: 0").await;
    assert_eq!(
        everything(&app).await[1],
        before[1],
        "nothing a month old yet"
    );

    // The journal exported: encrypted unless "unencrypted" is ticked, which warns first.
    assert!(!app
        .wait_for("#journal-export-warning")
        .await
        .is_displayed()
        .await
        .unwrap());
    app.type_into("#journal-export-passphrase", PASSPHRASE)
        .await;
    app.click("#journal-export-form button[type=submit]").await;
    let saved = app.wait_text("#journal-export-status", ".md.age").await;
    assert!(saved.contains(&downloads.display().to_string()), "{saved}");
    app.click("#journal-export-plain").await;
    app.wait_visible("#journal-export-warning").await;
    app.wait_text("#journal-export-warning", "anyone who gets this file")
        .await;
    app.screenshot("export-warning").await;
    // Unencrypted, it asks for the passcode again: a wrong one writes nothing.
    app.type_into("#journal-export-passcode", "not my passcode at all")
        .await;
    app.click("#journal-export-form button[type=submit]").await;
    app.wait_text("#journal-export-status", "doesn't match")
        .await;
    let plain_files = || {
        std::fs::read_dir(&downloads)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .ends_with(".md")
            })
            .count()
    };
    assert_eq!(plain_files(), 0);
    app.type_into("#journal-export-passcode", PASSCODE).await;
    app.click("#journal-export-form button[type=submit]").await;
    app.wait_text("#journal-export-status", ".md").await;
    assert_eq!(plain_files(), 1);
    app.finish().await;
}

/// Picks `value` in the list `css`, as a person does (clicking its option).
async fn choose(app: &App, css: &str, value: &str) {
    app.wait_visible(css)
        .await
        .select_by_value(value)
        .await
        .unwrap_or_else(|e| panic!("choose {value} in {css}: {e}"));
}

/// A backup of one tap two months ago (moment and care), made by the core as the app makes
/// them, into `dir`; its passphrase is [`PASSPHRASE`].
fn backup_of_a_tap_two_months_ago(dir: &std::path::Path) {
    use aftercare_core::{
        backup::{write_backup, BackupKey, WorkFactor},
        content::ActionId,
        data_dir::DataDir,
        vault::{slot::KdfParams, Passcode, Vault},
    };
    use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};
    let tmp = tempfile::tempdir().unwrap();
    let data = DataDir::resolve(Some(tmp.path().join("data")), tmp.path().into()).unwrap();
    let mut vault = Vault::new(&data);
    let rng = &mut ChaCha20Rng::seed_from_u64(2409);
    let passcode = Passcode::new(PASSCODE.to_owned());
    vault
        .set_up(&passcode, KdfParams::INSECURE_FOR_TESTS, rng)
        .unwrap();
    #[allow(
        clippy::disallowed_methods,
        reason = "the app under test reads the real clock: the tap is two months before it"
    )]
    let now = chrono::Utc::now();
    vault
        .record_care(
            aftercare_core::content::Content::embedded().unwrap(),
            &ActionId("water".into()),
            now - chrono::Duration::days(60),
            rng,
        )
        .unwrap();
    let phrase = Passcode::new(PASSPHRASE.to_owned());
    let key = BackupKey {
        passphrase: &phrase,
        work: WorkFactor::INSECURE_FOR_TESTS,
    };
    std::fs::create_dir_all(dir).unwrap();
    vault
        .write(|store| write_backup(store, dir, now.date_naive(), now, key, rng, &mut |_| {}))
        .unwrap();
}

/// Restores the backup the folder holds (a tap two months ago), and waits until its moment
/// is in the history beside today's (the status line may still show the last restore's
/// words, which are the same).
async fn restore_again(app: &App) {
    app.type_into("#restore-passphrase", PASSPHRASE).await;
    app.click("#restore-form button[type=submit]").await;
    let start = std::time::Instant::now();
    while moments(app).await != 2 {
        assert!(start.elapsed().as_secs() < 30, "the restore never finished");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    app.wait_text("#restore-status", "2 added").await;
}

/// How many moments the history holds, as its command returns them.
async fn moments(app: &App) -> Value {
    app.script(
        "return window.__TAURI__.core.invoke('history', { limit: 50, before: null })
           .then((h) => h.length);",
    )
    .await
}

#[tokio::test]
async fn auto_delete_asks_before_deleting_and_an_unlock_says_how_many_went() {
    let exports = tempfile::tempdir().unwrap();
    let downloads = exports.path().join("Downloads");
    backup_of_a_tap_two_months_ago(&downloads);
    let env = vec![(
        "AFTERCARE_EXPORT_DIR".to_owned(),
        downloads.display().to_string(),
    )];
    let app = App::start(
        "auto-delete",
        Launch {
            env,
            ..Launch::default()
        },
    )
    .await;
    first_run(&app).await;
    app.click(".tile[data-action='cuddle']").await;
    app.wait_text("#action-saved", "Saved").await;
    app.click("#view-action [data-back]").await;
    app.wait_view("home").await;
    app.go("#/settings").await;
    app.wait_view("settings").await;
    // Today's moment and the one two months ago.
    restore_again(&app).await;

    // Moments older than a month: the screen says how many would go and asks first.
    choose(&app, "#auto-delete-moments", "month").await;
    app.wait_text("#auto-delete-count", "1 moment,").await;
    app.click("#auto-delete-form button[type=submit]").await;
    app.wait_text("#auto-delete-confirm", "1 in all").await;
    app.screenshot("auto-delete-asks").await;
    app.click("#auto-delete-no").await;
    app.wait_text("#auto-delete-status", "Nothing has been changed")
        .await;
    assert_eq!(moments(&app).await, 2, "nothing deleted without a yes");
    app.click("#auto-delete-form button[type=submit]").await;
    app.wait_text("#auto-delete-confirm", "1 in all").await;
    app.click("#auto-delete-yes").await;
    app.wait_text("#auto-delete-status", "Deleted now: 1").await;
    assert_eq!(moments(&app).await, 1);

    // The old tap comes back with the backup; the pass at the next unlock removes it and a
    // calm line says so.
    restore_again(&app).await;
    app.click("#view-settings [data-back]").await;
    app.wait_view("home").await;
    app.click("#lock-button").await;
    unlock(&app, PASSCODE).await;
    let said = app.wait_text("#app-notice", "auto-delete").await;
    assert!(said.contains("(1 in all)"), "{said}");
    app.screenshot("auto-deleted-at-unlock").await;
    assert_eq!(moments(&app).await, 1);
    app.finish().await;
}
