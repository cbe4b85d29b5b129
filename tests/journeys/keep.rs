//! Yours to keep: a backup made in Settings, everything deleted, and the backup restored from
//! the first run gives back the same history, journal, card and settings, field by field.

use aftercare_e2e::{App, Launch};
use serde_json::Value;

use crate::care::{first_run, PASSCODE};

const PASSPHRASE: &str = "lantern orchard velvet";

/// What the app shows, as its commands return it (the screens draw from these).
async fn everything(app: &App) -> Value {
    app.script(
        "const invoke = window.__TAURI__.core.invoke;
         return Promise.all([
           invoke('history', { limit: 200, before: null }),
           invoke('journal_list', { limit: 200, offset: 0 }),
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
    app.script("document.getElementById('settings-auto-lock').value = '15'; return null;")
        .await;
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
    app.screenshot("restored").await;

    let after = everything(&app).await;
    assert_eq!(after, before, "the same, field by field");
    // A second restore adds nothing.
    app.type_into("#restore-passphrase", PASSPHRASE).await;
    app.click("#restore-form button[type=submit]").await;
    app.wait_text("#restore-status", "0 added").await;
    assert_eq!(everything(&app).await, before);

    // Auto-delete: off, then the count of what a choice would delete before it is saved.
    assert_eq!(app.value("#auto-delete-moments").await, "");
    app.wait_text("#auto-delete-count", "0 moments").await;
    app.script(
        "const select = document.getElementById('auto-delete-journal');
         select.value = 'month';
         select.dispatchEvent(new Event('change'));
         return null;",
    )
    .await;
    app.wait_text("#auto-delete-count", "0 journal entries")
        .await;
    app.click("#auto-delete-form button[type=submit]").await;
    app.wait_text("#auto-delete-status", "0 items were deleted")
        .await;
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
    app.finish().await;
}
