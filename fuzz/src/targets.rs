//! The targets' bodies. Each calls the parser the app calls on the file's bytes, and no more
//! than it needs, so a renamed parser changes one line here.

use std::sync::OnceLock;

use aftercare_core::{
    content::{Content, Source, Sources},
    model::NewPerson,
    reminders,
    store::{MAX_OWN_TILES, MAX_OWN_TITLE_CHARS},
    vault::{
        attempts::Counter,
        inbox, locked_people, locked_tiles, schedule_file,
        slot::KeySlot,
        vouched::{self, Opened, VouchKey},
        BiometricSecret, BiometricSlot, DeviceSecret, LOCKED_PEOPLE_FILE, LOCKED_TILES_FILE,
        SCHEDULE_FILE,
    },
};
use chrono::{DateTime, Duration, TimeZone, Utc};
use crypto_box::SecretKey;
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

/// The key slot (`keyslot`), and what the app reads of it before unlocking: whether the key in
/// hand vouches for its public key, and where the device's secret is. What decodes must
/// encode back to the same bytes.
pub fn key_slot(data: &[u8]) {
    if let Ok(slot) = KeySlot::decode(data) {
        assert_eq!(
            slot.encode(),
            data,
            "a decoded slot encodes back to its bytes"
        );
        let _ = slot.vouched_by(Some(vouch_key()));
        let _ = slot.vouched_by(None);
        let _ = slot.device_key_name();
        let _ = inbox::usable_public_key(&slot.inbox_public_key);
    }
}

/// The second key slot (`keyslot-biometric`): what decodes encodes back to the same bytes,
/// holds no more of the key store's sealing than the limit, and opens (or not) with a secret
/// without a panic.
pub fn biometric_slot(data: &[u8]) {
    if let Some(slot) = BiometricSlot::decode(data) {
        assert_eq!(
            slot.encode(),
            data,
            "a decoded slot encodes back to its bytes"
        );
        assert!(slot.sealed().len() <= aftercare_core::vault::MAX_SEALED);
        let _ = slot.open(&BiometricSecret::from_bytes([6; 32]));
    }
}

/// A file read while locked, as the app opens it: with a key in hand (whose tag the fuzzer
/// cannot forge past the seeds) and without one (what follows the envelope, or the version
/// before's file without one). The bytes the app would go on to read.
fn opened<'a>(name: &str, data: &'a [u8]) -> Option<&'a [u8]> {
    if let Opened::Vouched(body) = vouched::open(Some(vouch_key()), name, data) {
        return Some(body);
    }
    vouched::open(None, name, data).for_locked_use(false)
}

/// The previous version's inbox file (`inbox`), read past torn frames with a fixed key: never
/// a panic or a hang; no more records than whole frames fit; bytes that are no record are
/// reported as damage.
pub fn inbox_frames(data: &[u8]) {
    let (records, damaged) = inbox::legacy_records(secret(), data);
    assert!(
        records.len() * (4 + 304) <= data.len(),
        "records lie inside the file"
    );
    if records.is_empty() && !data.is_empty() {
        assert!(damaged, "bytes that hold no record are damage");
    }
}

/// One sealed record, opened with a fixed key. Past the MAC the bytes cannot be mutated
/// meaningfully, so `inbox-plain` fuzzes what lies behind it.
pub fn inbox_record(data: &[u8]) {
    let _ = inbox::open_record(secret(), data);
}

/// A record's plaintext, as if unsealed. What decodes must seal and open to the same record.
pub fn inbox_plain(data: &[u8]) {
    if let Some((id, entry)) = inbox::decode_plain(data) {
        let public = *secret().public_key().as_bytes();
        let sealed = inbox::seal_record(&public, id, &entry, &mut ChaCha20Rng::seed_from_u64(1));
        assert_eq!(
            inbox::open_record(secret(), &sealed),
            Some((id, entry)),
            "a record that decodes is sealed again as it was"
        );
    }
}

/// The reminder timer's file (`reminder-schedule`), then what the timer does with it: take
/// what is due, find the next wake-up. What decodes must encode back to the same schedule.
pub fn schedule(data: &[u8]) {
    let Some(body) = opened(SCHEDULE_FILE, data) else {
        return;
    };
    if let Some(mut schedule) = schedule_file::decode(body) {
        for list in [&schedule.pending, &schedule.shown, &schedule.missed] {
            assert!(list.len() <= schedule_file::MAX_SCHEDULE_ENTRIES);
        }
        assert_eq!(
            schedule_file::decode(&schedule_file::encode(&schedule)).as_ref(),
            Some(&schedule),
            "a schedule that decodes is written back as it was"
        );
        schedule.take_due(now(), Duration::days(3));
        let _ = reminders::next_due(&schedule.pending);
    }
}

/// The tiles shown on Home while locked (`locked-tiles`): what reads is what the app would show,
/// so every tile must pass the store's own checks, and what reads is written back the same.
pub fn locked_tiles(data: &[u8]) {
    let Some(body) = opened(LOCKED_TILES_FILE, data) else {
        return;
    };
    let Some(tiles) = locked_tiles::decode(body) else {
        return;
    };
    assert!(
        tiles.len() <= MAX_OWN_TILES,
        "no more tiles than the store keeps"
    );
    for (n, tile) in tiles.iter().enumerate() {
        assert!(tile.id.is_own(), "only ids of tiles of one's own");
        assert!(!tiles[..n].iter().any(|t| t.id == tile.id), "no id twice");
        let chars = tile.title.chars().count();
        assert!(
            (1..=MAX_OWN_TITLE_CHARS).contains(&chars),
            "a title's length"
        );
        assert!(
            !tile.title.chars().any(char::is_control),
            "a title on one line"
        );
        assert_eq!(tile.title.trim(), tile.title, "a title trimmed");
    }
    assert_eq!(
        locked_tiles::decode(&locked_tiles::encode(&tiles)).as_ref(),
        Some(&tiles),
        "tiles that read are written back as they were"
    );
}

/// The failed-unlock counter (`unlock-attempts`), then the wait it asks for now and at the
/// ends of time (a clock set back or forward): never longer than the longest wait, whatever
/// the file says.
pub fn attempts(data: &[u8]) {
    let counter = Counter::decode(data);
    for now in [now(), DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC] {
        let wait = counter.wait_seconds(now);
        assert!(
            wait <= aftercare_core::vault::attempts::wait_after(counter.failures),
            "a counter asks for at most the wait its failures earn ({wait} s)"
        );
    }
}

/// The people reachable without unlocking (`locked-people`), its envelope opened as the calm
/// space opens it: whatever decodes is a list the calm space may show as it is (each name and
/// number as an added person's, no more than the list keeps), and encodes back to a list that
/// decodes the same.
pub fn locked_people(data: &[u8]) {
    let Some(body) = opened(LOCKED_PEOPLE_FILE, data) else {
        return;
    };
    if let Some(people) = locked_people::decode(body) {
        assert!(people.len() <= aftercare_core::model::MAX_PEOPLE);
        for person in &people {
            let checked = NewPerson {
                name: person.name.clone(),
                number: person.number.clone(),
                reachable_locked: true,
            }
            .validated()
            .expect("a decoded person is a valid one");
            assert_eq!(
                (checked.name, checked.number),
                (person.name.clone(), person.number.clone())
            );
        }
        assert_eq!(
            locked_people::decode(&locked_people::encode(&people)),
            Some(people),
            "what decodes is written back as it was"
        );
    }
}

/// One content file replaced by the input (the first byte picks which), the rest as embedded,
/// then parsed and validated as at start-up.
pub fn content(data: &[u8]) {
    let Some((&which, text)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(text);
    let mut sources = Sources::embedded();
    let source = Source {
        path: "fuzz",
        text: &text,
    };
    match which % 8 {
        0 => sources.actions = source,
        1 => sources.questions = source,
        2 => sources.affirmations = source,
        3 => sources.reminders = source,
        4 => sources.strings = source,
        5 => sources.card = source,
        6 => sources.guide[0] = source,
        _ => sources.messages = source,
    }
    let _ = Content::parse(&sources);
}

/// What is inside a backup once decrypted (a tar stream of JSON and Markdown), parsed as a
/// restore parses it. The age layer around it is the `age` crate's, fuzzed upstream; a
/// passphrase stands between the fuzzer and these bytes, so they are fuzzed directly.
pub fn backup_tar(data: &[u8]) {
    if let Ok(contents) = aftercare_core::backup::read_plain_tar_for_fuzzing(data) {
        let records = contents.snapshot.records();
        assert!(records <= data.len(), "no more records than bytes");
    }
}

/// The key the targets hold when a key is in hand.
fn vouch_key() -> &'static VouchKey {
    static KEY: OnceLock<VouchKey> = OnceLock::new();
    KEY.get_or_init(|| VouchKey::of_device(&DeviceSecret::from_stored(&[3; 32]).expect("32 bytes")))
}

fn secret() -> &'static SecretKey {
    static SECRET: OnceLock<SecretKey> = OnceLock::new();
    SECRET.get_or_init(crate::inbox_secret)
}

/// 22:40 on a November evening, UTC: the targets' "now".
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 22, 40, 0)
        .single()
        .expect("a valid time")
}

/// Someone's card as pasted words (or the text of a QR code), read as "Add their card" reads
/// them. What reads is written back as a card's text that reads as the same card.
pub fn card_text(data: &[u8]) {
    let content = embedded();
    let text = String::from_utf8_lossy(data);
    if let Ok(card) = aftercare_core::card::read_card_text(&text, content) {
        let again = aftercare_core::card::read_card_text(&card.to_text(content), content)
            .expect("a card the app read, written again, reads");
        assert_eq!(
            again,
            card.normalized(content),
            "a card read, written and read again is the same card"
        );
    }
}

/// A picture of someone's card, PNG or JPEG, read as "Add their card" reads a chosen file: its
/// size and header checked, decoded to grey, its QR code found and read, its text read as a
/// card. Never a panic, whatever the bytes.
pub fn card_image(data: &[u8]) {
    let _ = aftercare_core::card::read_card_image(data, embedded());
}

fn embedded() -> &'static Content {
    Content::embedded().expect("the embedded content is valid")
}
