//! Backups, restore, auto-delete and the journal export, called as the UI calls them.

use serde_json::json;

use super::{app, error, ops, to_json, PASSCODE};

const PASSPHRASE: &str = "lantern orchard velvet";

#[test]
fn a_backup_restores_into_a_new_install_and_each_error_has_its_own_kind() {
    let out = tempfile::tempdir().unwrap();
    let (_tmp, mut first) = app();
    first.export_dir = Some(out.path().to_owned());
    ops::set_up(&first, PASSCODE.into()).unwrap();
    ops::record_care(&first, "water").unwrap();
    ops::create_journal_entry(&first, "an entry to keep", None, None).unwrap();

    assert_eq!(
        error(ops::back_up(&first, "1234567"))["kind"],
        "weak-passcode"
    );
    let made = to_json(ops::back_up(&first, PASSPHRASE).unwrap());
    let path = made["path"].as_str().unwrap();
    assert!(path.starts_with(&out.path().display().to_string()));
    assert!(path.ends_with(".age"));
    assert_eq!(made["journal_entries"], 1);
    assert_eq!(
        ops::work_progress(&first).unwrap(),
        json!(null),
        "no work under way"
    );
    let found = to_json(ops::backups(&first).unwrap());
    assert_eq!(found["folder"], out.path().display().to_string());
    let name = found["found"][0].as_str().unwrap().to_owned();
    assert!(path.ends_with(&name));

    let (_tmp2, mut second) = app();
    second.export_dir = Some(out.path().to_owned());
    ops::set_up(&second, PASSCODE.into()).unwrap();
    assert_eq!(
        error(ops::restore_backup(&second, &name, "not the passphrase"))["kind"],
        "wrong-backup-passphrase"
    );
    std::fs::write(out.path().join("notes.txt"), "hello").unwrap();
    assert_eq!(
        error(ops::restore_backup(&second, "notes.txt", PASSPHRASE))["kind"],
        "not-a-backup"
    );
    let report = to_json(ops::restore_backup(&second, &name, PASSPHRASE).unwrap());
    assert_eq!(
        report,
        json!({"added": 3, "already_there": 0, "invalid": 0, "offered": {
            "auto_lock_minutes": null, "discreet": null, "protect_screen": null,
            "auto_delete": null
        }})
    );
    assert_eq!(
        to_json(ops::history(&second, 10, None).unwrap()),
        to_json(ops::history(&first, 10, None).unwrap())
    );
    let again = to_json(ops::restore_backup(&second, path, PASSPHRASE).unwrap());
    assert_eq!(
        again["added"], 0,
        "a full path works too, and adds nothing twice"
    );
}

#[test]
fn auto_delete_is_off_until_chosen_and_says_what_would_go() {
    let (_tmp, app) = app();
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::record_care(&app, "water").unwrap();
    assert_eq!(
        to_json(ops::auto_delete(&app).unwrap()),
        json!({
            "choice": {"moments": "never", "check_ins": "never", "journal": "never",
                       "their_cards": "never"},
            "would_go": {"moments": 0, "check_ins": 0, "journal": 0, "their_cards": 0}
        })
    );
    let choice = json!({"moments": "month", "check_ins": "three-months", "journal": "year",
                        "their_cards": "year"});
    assert_eq!(
        to_json(ops::auto_delete_count(&app, choice.clone()).unwrap())["moments"],
        0,
        "a tap made now is not a month old"
    );
    ops::set_auto_delete(&app, choice.clone()).unwrap();
    assert_eq!(to_json(ops::auto_delete(&app).unwrap())["choice"], choice);
    assert_eq!(
        error(ops::set_auto_delete(&app, json!({"moments": "week"})))["kind"],
        "invalid"
    );
}

#[test]
fn the_journal_exports_encrypted_unless_plain_is_asked_for() {
    let out = tempfile::tempdir().unwrap();
    let (_tmp, mut app) = app();
    app.export_dir = Some(out.path().to_owned());
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::create_journal_entry(&app, "plain words here", None, None).unwrap();
    assert_eq!(
        error(ops::export_journal(&app, None, false, None))["kind"],
        "invalid"
    );
    let sealed = ops::export_journal(&app, Some(PASSPHRASE), false, None).unwrap();
    assert!(sealed.ends_with(".md.age"));
    let bytes = std::fs::read(&sealed).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1"));
    assert!(!String::from_utf8_lossy(&bytes).contains("plain words"));
    let plain = ops::export_journal(&app, None, true, Some(PASSCODE)).unwrap();
    assert!(plain.ends_with(".md"));
    assert!(std::fs::read_to_string(plain)
        .unwrap()
        .contains("plain words here"));
}

#[test]
fn a_plain_journal_export_asks_for_the_passcode_again() {
    let out = tempfile::tempdir().unwrap();
    let (_tmp, mut app) = app();
    app.export_dir = Some(out.path().to_owned());
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::create_journal_entry(&app, "plain words here", None, None).unwrap();
    assert_eq!(
        error(ops::export_journal(&app, None, true, None))["kind"],
        "invalid",
        "no passcode, no plain file"
    );
    assert_eq!(
        error(ops::export_journal(
            &app,
            None,
            true,
            Some("not my passcode")
        ))["kind"],
        "wrong-passcode"
    );
    assert_eq!(
        std::fs::read_dir(out.path()).unwrap().count(),
        0,
        "nothing was written"
    );
    assert_eq!(
        to_json(ops::vault_status(&app).unwrap())["failed_attempts"],
        1,
        "a wrong passcode here counts as a try, as at unlock"
    );
    let plain = ops::export_journal(&app, None, true, Some(PASSCODE)).unwrap();
    assert!(std::fs::read_to_string(plain)
        .unwrap()
        .contains("plain words here"));
}

/// The scrypt work factor an age file's passphrase stanza asks for (`-> scrypt <salt> <N>`).
fn work_factor(file: &[u8]) -> u8 {
    let header = String::from_utf8_lossy(&file[..file.len().min(200)]).into_owned();
    let stanza = header
        .lines()
        .find(|line| line.starts_with("-> scrypt "))
        .expect("a passphrase stanza");
    stanza.rsplit(' ').next().unwrap().parse().unwrap()
}

#[test]
fn backups_are_written_at_work_factor_18_and_a_file_asking_for_2_to_the_21_is_refused() {
    let out = tempfile::tempdir().unwrap();
    let (_tmp, mut app) = app();
    app.export_dir = Some(out.path().to_owned());
    ops::set_up(&app, PASSCODE.into()).unwrap();
    ops::record_care(&app, "water").unwrap();
    let made = to_json(ops::back_up(&app, PASSPHRASE).unwrap());
    let bytes = std::fs::read(made["path"].as_str().unwrap()).unwrap();
    assert_eq!(
        work_factor(&bytes),
        18,
        "what the reference age tool writes"
    );

    // The same file asking for 2^21: refused before any scrypt work (the header is read
    // first), as a file this app never writes.
    let header = String::from_utf8_lossy(&bytes[..200]).into_owned();
    let stanza = header.lines().nth(1).unwrap();
    let asking = stanza.replace(" 18", " 21");
    let mut crafted = bytes.clone();
    let at = bytes
        .windows(stanza.len())
        .position(|w| w == stanza.as_bytes())
        .unwrap();
    crafted.splice(at..at + stanza.len(), asking.bytes());
    assert_eq!(work_factor(&crafted), 21);
    std::fs::write(out.path().join("asks-a-lot.age"), &crafted).unwrap();
    assert_eq!(
        error(ops::restore_backup(&app, "asks-a-lot.age", PASSPHRASE))["kind"],
        "not-a-backup"
    );
}
