//! What the files read while locked may hold: the schedule and `locked-tiles` are capped and
//! checked when read, as the store checks what it keeps, and the wording chosen for reminders
//! lives in the store, not only in the schedule file.

use aftercare_core::{
    reminders::{Pending, Schedule},
    vault::{schedule_file, LOCKED_TILES_FILE, SCHEDULE_FILE},
};

use crate::{
    support::*,
    vouched::{cold_start, set_up_tied},
};

#[test]
fn a_schedule_past_its_limits_is_refused_when_read() {
    let mut f = set_up_tied(false);
    f.vault.lock();
    let path = f.dir.path().join(SCHEDULE_FILE);
    let vault = cold_start(&f, false);
    // Due long ago: a schedule that read would fire at once.
    let minute = evening().timestamp() / 60 - 100;
    let due = |n: usize| {
        format!(
            "{{\"v\":2,\"due\":[{}]}}",
            vec![minute.to_string(); n].join(",")
        )
    };
    let max = schedule_file::MAX_SCHEDULE_ENTRIES;
    std::fs::write(&path, due(max)).unwrap();
    assert_eq!(vault.schedule().pending.len(), max, "at the limit, read");
    std::fs::write(&path, due(max + 1)).unwrap();
    assert!(vault.schedule().pending.is_empty(), "one more, refused");
    let mut padded = due(1).into_bytes();
    padded.extend(vec![b' '; schedule_file::MAX_SCHEDULE_BYTES]);
    std::fs::write(&path, padded).unwrap();
    assert!(vault.schedule().pending.is_empty(), "too large, refused");

    // What the app writes always reads back: the soonest pending ones, the latest fired.
    let many: Vec<Pending> = (0..max as i64 + 10)
        .map(|n| Pending::at(evening() + minutes(n)))
        .collect();
    let schedule = Schedule {
        pending: many.clone(),
        shown: many.clone(),
        ..Schedule::default()
    };
    let read = schedule_file::decode(&schedule_file::encode(&schedule)).unwrap();
    assert_eq!(read.pending, many[..max]);
    assert_eq!(read.shown, many[10..]);
}

#[test]
fn the_locked_tiles_file_shows_only_tiles_the_store_would_keep() {
    let f = set_up_tied(false);
    let vault = cold_start(&f, false);
    let path = f.dir.path().join(LOCKED_TILES_FILE);
    let id = |n: u8| format!("own-{}", format!("{n:02x}").repeat(8));
    let file = |tiles: &[(String, &str)]| {
        let tiles: Vec<_> = tiles
            .iter()
            .map(|(id, title)| serde_json::json!({ "id": id, "title": title }))
            .collect();
        serde_json::to_vec(&serde_json::json!({ "v": 1, "tiles": tiles })).unwrap()
    };
    std::fs::write(&path, file(&[(id(1), "Tea")])).unwrap();
    assert_eq!(vault.locked_tiles().len(), 1, "a tile as the app writes it");
    let long = "a".repeat(61);
    let refused: [&[(String, &str)]; 6] = [
        &[("water".into(), "Water")],
        &[(id(1), "")],
        &[(id(1), "Tea\nand toast")],
        &[(id(1), " Tea")],
        &[(id(1), long.as_str())],
        &[(id(1), "Tea"), (id(1), "Toast")],
    ];
    for tiles in refused {
        std::fs::write(&path, file(tiles)).unwrap();
        assert!(vault.locked_tiles().is_empty(), "{tiles:?} is refused");
    }
    let many: Vec<(String, &str)> = (0..=50).map(|n| (id(n), "Tea")).collect();
    std::fs::write(&path, file(&many)).unwrap();
    assert!(
        vault.locked_tiles().is_empty(),
        "more tiles than the store keeps"
    );
}

/// The wording chosen for reminders is kept in the store: a changed schedule file cannot change
/// it or lose it, and one chosen before the store kept it is taken in.
#[test]
fn the_reminder_wording_chosen_is_kept_whatever_happens_to_the_schedule_file() {
    let wording = content().reminder_wordings[1].id.clone();
    let mut f = set_up_tied(true);
    f.vault
        .write(|store| store.set_reminder_wording(&wording))
        .unwrap();
    f.vault.lock();
    let path = f.dir.path().join(SCHEDULE_FILE);
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[20] ^= 1;
    std::fs::write(&path, bytes).unwrap();
    let mut vault = cold_start(&f, true);
    assert_eq!(vault.schedule(), Schedule::default(), "refused");
    vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    assert_eq!(vault.schedule().wording, Some(wording.clone()));

    let mut f = set_up_tied(false);
    f.vault.lock();
    let old = format!("{{\"v\":2,\"wording\":\"{}\"}}", wording.0);
    std::fs::write(f.dir.path().join(SCHEDULE_FILE), old).unwrap();
    let mut vault = cold_start(&f, false);
    vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    assert_eq!(
        vault.store().unwrap().reminder_wording().unwrap(),
        Some(wording)
    );
}
