//! A backup opened without the app: the reference `age` tool (Debian's `age` package, which
//! `cargo xtask test` installs) decrypts it with the passphrase, `tar` unpacks it, and every
//! record and journal entry is there.

use std::{
    io::Write,
    path::Path,
    process::{Command, Stdio},
};

use aftercare_core::backup::{read_backup, write_backup, BackupKey, WorkFactor};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

use crate::{
    backups::{fill, today, CANARY, PASSPHRASE},
    support::{evening, passcode, set_up},
};

/// Runs `age -d` on `file` into `out`, typing `passphrase` at its prompt. `age` reads a
/// passphrase only from a terminal (it has no option or variable for one), so it runs under
/// `script`, which gives it a pseudo-terminal fed from our stdin.
fn age_decrypt(file: &Path, out: &Path, passphrase: &str) -> std::process::Output {
    let command = format!("age -d -o '{}' '{}'", out.display(), file.display());
    let mut child = Command::new("script")
        .args(["-q", "-e", "-c", &command, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("`script` (util-linux) runs; `cargo xtask test` installs it");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{passphrase}\n").as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn the_reference_age_tool_opens_a_backup_and_every_record_and_entry_is_inside() {
    assert!(
        Command::new("age").arg("--version").output().is_ok(),
        "the `age` tool is missing: `cargo xtask test` installs Debian's `age` package"
    );
    let mut f = set_up();
    fill(f.vault.store_for_tests().unwrap());
    let out = tempfile::tempdir().unwrap();
    let phrase = passcode(PASSPHRASE);
    // The app's real work factor: what the reference tool accepts is the point here.
    let summary = write_backup(
        f.vault.store_for_tests().unwrap(),
        out.path(),
        today(),
        evening(),
        BackupKey {
            passphrase: &phrase,
            work: WorkFactor::STANDARD,
        },
        &mut ChaCha20Rng::seed_from_u64(77),
        &mut |_| {},
    )
    .unwrap();
    let header = std::fs::read(&summary.path).unwrap();
    assert!(
        header.starts_with(b"age-encryption.org/v1\n-> scrypt ")
            && String::from_utf8_lossy(&header[..80])
                .lines()
                .nth(1)
                .unwrap()
                .ends_with(" 18"),
        "one scrypt recipient, work factor 18"
    );

    let wrong = age_decrypt(
        &summary.path,
        &out.path().join("wrong.tar"),
        "not it at all",
    );
    assert!(
        !wrong.status.success(),
        "a wrong passphrase does not open it"
    );

    let tar = out.path().join("backup.tar");
    let opened = age_decrypt(&summary.path, &tar, PASSPHRASE);
    assert!(
        opened.status.success(),
        "age -d opens it: {}",
        String::from_utf8_lossy(&opened.stdout)
    );
    let unpacked = out.path().join("unpacked");
    std::fs::create_dir(&unpacked).unwrap();
    let untar = Command::new("tar")
        .arg("-xf")
        .arg(&tar)
        .arg("-C")
        .arg(&unpacked)
        .status()
        .unwrap();
    assert!(untar.success(), "standard tar unpacks it");

    let root = unpacked.join("aftercare-backup");
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(root.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["format"], "aftercare-backup");
    assert_eq!(manifest["version"], 1);
    // Every record the app reads back is in the unpacked JSON, by its id.
    let contents = read_backup(&summary.path, &phrase, &mut |_| {}).unwrap();
    let s = &contents.snapshot;
    let ids = |file: &str| -> Vec<String> {
        let list: Vec<serde_json::Value> =
            serde_json::from_slice(&std::fs::read(root.join("records").join(file)).unwrap())
                .unwrap();
        list.iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let expect = |records: Vec<&String>| records.into_iter().cloned().collect::<Vec<_>>();
    assert_eq!(
        ids("moments.json"),
        expect(s.moments.iter().map(|r| &r.id).collect())
    );
    assert_eq!(
        ids("care.json"),
        expect(s.care.iter().map(|r| &r.id).collect())
    );
    assert_eq!(
        ids("check-ins.json"),
        expect(s.check_ins.iter().map(|r| &r.id).collect())
    );
    assert_eq!(
        ids("journal.json"),
        expect(s.journal.iter().map(|r| &r.id).collect())
    );
    assert_eq!(
        ids("reminders.json"),
        expect(s.reminders.iter().map(|r| &r.id).collect())
    );
    assert_eq!(
        ids("people.json"),
        expect(s.people.iter().map(|r| &r.id).collect())
    );
    assert_eq!(
        (s.moments.len(), s.care.len(), s.check_ins.len()),
        (2, 3, 1)
    );
    let settings: serde_json::Value =
        serde_json::from_slice(&std::fs::read(root.join("records/settings.json")).unwrap())
            .unwrap();
    assert_eq!(settings["auto_lock_minutes"], "12");
    let card = std::fs::read_to_string(root.join("records/card.json")).unwrap();
    assert!(card.contains("my hoodie"));
    // Each journal entry is a Markdown file holding its words.
    let mut markdown: Vec<String> = std::fs::read_dir(root.join("journal"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    markdown.sort();
    assert_eq!(markdown.len(), s.journal.len());
    for entry in &s.journal {
        assert!(
            markdown
                .iter()
                .any(|m| m.contains(&entry.body) && m.contains(&entry.id)),
            "the entry {} is a Markdown file",
            entry.id
        );
    }
    assert!(markdown.iter().any(|m| m.contains(CANARY)));
}

#[test]
fn the_exported_journal_opens_with_the_age_tool_as_markdown_oldest_first() {
    use aftercare_core::backup::{export_journal, JournalExport};
    let mut f = set_up();
    fill(f.vault.store_for_tests().unwrap());
    let out = tempfile::tempdir().unwrap();
    let phrase = passcode(PASSPHRASE);
    let store = f.vault.store_for_tests().unwrap();
    let key = BackupKey {
        passphrase: &phrase,
        work: WorkFactor::INSECURE_FOR_TESTS,
    };
    let sealed = export_journal(store, out.path(), today(), JournalExport::Encrypted(key)).unwrap();
    assert_eq!(sealed, out.path().join("journal-2026-11-26.md.age"));
    assert!(!crate::support::contains(
        &std::fs::read(&sealed).unwrap(),
        CANARY.as_bytes()
    ));
    let md = out.path().join("journal.md");
    assert!(age_decrypt(&sealed, &md, PASSPHRASE).status.success());
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.starts_with("# Journal\n"), "{text}");
    let first = text.find(CANARY).expect("the first entry");
    let second = text.find("Second entry").expect("the second entry");
    assert!(first < second, "oldest first");

    // Plain only when asked for, with the passcode typed again: the same words, unencrypted.
    let confirmed = f
        .vault
        .confirm_passcode(&passcode(crate::support::PASSCODE), evening())
        .unwrap();
    let store = f.vault.store_for_tests().unwrap();
    let plain = export_journal(
        store,
        out.path(),
        today(),
        JournalExport::PlainAfterWarning(&confirmed),
    )
    .unwrap();
    assert_eq!(plain, out.path().join("journal-2026-11-26.md"));
    assert_eq!(std::fs::read_to_string(plain).unwrap(), text);
}
