//! The targets' bodies. Each calls the parser the app calls on the file's bytes, and no more
//! than it needs, so a renamed parser changes one line here.

use std::sync::OnceLock;

use aftercare_core::{
    content::{Content, Source, Sources},
    reminders,
    vault::{attempts::Counter, inbox, schedule_file, slot::KeySlot},
};
use chrono::{DateTime, Duration, TimeZone, Utc};
use crypto_box::SecretKey;
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

/// The key slot (`keyslot`). What decodes must encode back to the same bytes.
pub fn key_slot(data: &[u8]) {
    if let Ok(slot) = KeySlot::decode(data) {
        assert_eq!(
            slot.encode(),
            data,
            "a decoded slot encodes back to its bytes"
        );
    }
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
    if let Some(mut schedule) = schedule_file::decode(data) {
        assert_eq!(
            schedule_file::decode(&schedule_file::encode(&schedule)).as_ref(),
            Some(&schedule),
            "a schedule that decodes is written back as it was"
        );
        schedule.take_due(now(), Duration::days(3));
        let _ = reminders::next_due(&schedule.pending);
    }
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
