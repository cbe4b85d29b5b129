//! What one write commits to the write-ahead log, page by page.

use std::path::Path;

use chrono::{TimeZone, Utc};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

use super::Store;
use crate::{
    content::ActionId,
    store::{DataKey, SCHEMA_VERSION},
};

/// What `write` commits to the write-ahead log: for each frame, the table or index whose
/// page it holds. The log is emptied first, so everything in it afterwards is `write`'s.
fn pages_committed_by(
    store: &mut Store,
    path: &Path,
    write: impl FnOnce(&mut Store),
) -> Vec<String> {
    store.checkpoint_truncate().unwrap();
    write(store);
    let log = std::fs::read(path.with_extension("db-wal")).unwrap();
    // The log's header is 32 bytes, its page size at 8; each frame a 24-byte header,
    // the page's number first, then the page (encrypted, in SQLCipher's case).
    let page_size = u32::from_be_bytes(log[8..12].try_into().unwrap()) as usize;
    log[32..]
        .chunks(24 + page_size)
        .map(|frame| {
            let page = u32::from_be_bytes(frame[0..4].try_into().unwrap());
            store
                .conn
                .query_row("SELECT name FROM dbstat WHERE pageno = ?1", [page], |r| {
                    r.get(0)
                })
                .unwrap()
        })
        .collect()
}

/// A new encrypted store in a folder of its own (kept while the folder lives), and its path.
fn encrypted_store() -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("tap.db");
    let key = DataKey::for_tests(&mut ChaCha20Rng::seed_from_u64(9));
    let store = Store::open_at_schema(&path, &key, SCHEMA_VERSION).unwrap();
    (tmp, path, store)
}

/// A care tap writes four pages, each encrypted and signed by SQLCipher before it reaches
/// the disk (docs/performance.md, "the durable tap"): the care's row and its place in the
/// index of care by moment, the moment's last activity and its place in the index of
/// moments by activity. Both when the tap starts a moment and when it joins one. (A page
/// that fills up adds its split, once in about forty taps.)
#[test]
fn a_care_tap_commits_four_pages_to_the_log() {
    let (_tmp, path, mut store) = encrypted_store();
    let water = ActionId("water".into());
    let start = Utc.with_ymd_and_hms(2026, 3, 1, 21, 0, 0).unwrap();
    let four = [
        "action_taken",
        "action_taken_by_moment",
        "moment",
        "moment_by_activity",
    ];
    for (what, at) in [
        ("a tap that starts a moment", start),
        (
            "a tap a minute later, in the same moment",
            start + chrono::Duration::minutes(1),
        ),
        (
            "a tap a day later, in a new moment",
            start + chrono::Duration::days(1),
        ),
    ] {
        let mut pages = pages_committed_by(&mut store, &path, |store| {
            store.record_care(&water, at).unwrap();
        });
        pages.sort();
        assert_eq!(pages, four, "{what}");
    }
}

/// A tap timed before its moment's last activity (a clock moved back, or a tap sealed while
/// locked and merged after later ones) leaves the moment as it was, and writes nothing of it:
/// only the care's two pages.
#[test]
fn a_tap_before_its_moments_last_activity_writes_only_the_care() {
    let (_tmp, path, mut store) = encrypted_store();
    let water = ActionId("water".into());
    let start = Utc.with_ymd_and_hms(2026, 3, 1, 21, 0, 0).unwrap();
    let later = start + chrono::Duration::minutes(2);
    let moment = store.record_care(&water, start).unwrap().1;
    store.record_care(&water, later).unwrap();
    let mut pages = pages_committed_by(&mut store, &path, |store| {
        let joined = store
            .record_care(&water, start + chrono::Duration::minutes(1))
            .unwrap()
            .1;
        assert_eq!(joined, moment);
    });
    pages.sort();
    assert_eq!(pages, ["action_taken", "action_taken_by_moment"]);
    let history = store.moment(moment).unwrap();
    assert_eq!(history.moment.last_activity_at, later);
    assert_eq!(history.care.len(), 3);
}
