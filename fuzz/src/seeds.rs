//! The starting corpus: real files as the app writes them, made here with the app's own
//! encoders and a seeded RNG, so the same code always gives the same bytes. They are committed
//! in `fuzz/seeds/<target>/`; to write them again after a format change, run
//! `cargo test -p aftercare-fuzz -- --ignored write_seeds`.

use aftercare_core::{
    content::{ActionId, Company, Occasion, OptionId, QuestionId, Sources, WordingId},
    model::{Answer, LockedEntry, NewCheckIn, RecordId, Scales},
    reminders::{Pending, Schedule},
    store::DataKey,
    vault::{
        inbox::seal_record,
        locked_people::{self, LockedPerson},
        locked_tiles::{self, LockedTile},
        schedule_file,
        slot::{KdfParams, KeySlot},
        vouched::{self, VouchKey},
        DeviceSecret, Passcode, LOCKED_PEOPLE_FILE, LOCKED_TILES_FILE, SCHEDULE_FILE,
    },
};
use chrono::{DateTime, TimeZone, Utc};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

/// One seed: its target, its file name, its bytes.
pub struct Seed {
    pub target: &'static str,
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Every seed of every target.
pub fn seeds() -> Vec<Seed> {
    let mut out = Vec::new();
    let mut add = |target: &'static str, name: &str, bytes: Vec<u8>| {
        out.push(Seed {
            target,
            name: name.to_owned(),
            bytes,
        })
    };

    let mut rng = ChaCha20Rng::seed_from_u64(42);
    let passcode = Passcode::new("correct horse".to_owned());
    for (name, params) in [
        ("tests", KdfParams::INSECURE_FOR_TESTS),
        ("recommended", KdfParams::RECOMMENDED),
    ] {
        let key = DataKey::for_tests(&mut rng);
        let slot = KeySlot::seal(&key, &passcode, None, params, [5; 32], &mut rng);
        add("key-slot", name, slot.encode());
    }
    let key = DataKey::for_tests(&mut rng);
    let device = DeviceSecret::from_stored(&[3; 32]).expect("32 bytes");
    let tied = KeySlot::seal(&key, &passcode, Some(&device), FAST, [5; 32], &mut rng);
    add("key-slot", "tied", tied.encode());
    // Slots of earlier versions, as the core's golden tests keep them.
    add("key-slot", "v2", fixture("keyslot-v2.bin"));
    add("key-slot", "v2-tied", fixture("keyslot-v2-device.bin"));
    add("key-slot", "v1", fixture("keyslot-v1.bin"));
    // The second key slot, as its golden test keeps it.
    add("biometric-slot", "v1", fixture("keyslot-biometric-v1.bin"));

    // Sealed exactly as `core/tests/fixtures/locked-*-v1.bin` are.
    let secret = crate::inbox_secret();
    let public = *secret.public_key().as_bytes();
    let mut rng = ChaCha20Rng::seed_from_u64(42);
    let check_in = seal_record(&public, RecordId([7; 16]), &locked_check_in(), &mut rng);
    let action = seal_record(&public, RecordId([8; 16]), &locked_action(), &mut rng);
    for (name, sealed) in [("check-in", &check_in), ("action", &action)] {
        add("inbox-record", name, sealed.clone());
        let plain = secret
            .unseal(sealed)
            .expect("a record sealed just now opens");
        add("inbox-plain", name, plain);
    }
    let mut inbox = frame(&check_in);
    inbox.extend(frame(&action));
    add("inbox-frames", "two", inbox.clone());
    inbox.extend(&frame(&action)[..40]);
    add("inbox-frames", "torn", inbox.clone());
    inbox.extend(frame(&check_in));
    add("inbox-frames", "torn-middle", inbox);

    // Files read while locked: vouched for by the targets' key, by nobody, and as the version
    // before wrote them (no envelope).
    let vouch = VouchKey::of_device(&device);
    let mut locked_file = |target: &'static str, file: &str, name: &str, body: Vec<u8>| {
        let by_device = vouched::seal(Some(&vouch), file, &body);
        add(target, &format!("{name}-vouched"), by_device);
        add(
            target,
            &format!("{name}-unchecked"),
            vouched::seal(None, file, &body),
        );
        add(target, &format!("{name}-plain"), body);
    };
    locked_file(
        "schedule",
        SCHEDULE_FILE,
        "empty",
        schedule_file::encode(&Schedule::default()),
    );
    locked_file(
        "schedule",
        SCHEDULE_FILE,
        "full",
        schedule_file::encode(&schedule()),
    );
    locked_file(
        "locked-tiles",
        LOCKED_TILES_FILE,
        "two",
        locked_tiles::encode(&[
            LockedTile {
                id: ActionId(format!("own-{}", "07".repeat(8))),
                title: "Tea on the sofa".into(),
            },
            LockedTile {
                id: ActionId(format!("own-{}", "a1".repeat(8))),
                title: "Le thé, doucement".into(),
            },
        ]),
    );

    locked_file(
        "locked-people",
        LOCKED_PEOPLE_FILE,
        "none",
        locked_people::encode(&[]),
    );
    locked_file(
        "locked-people",
        LOCKED_PEOPLE_FILE,
        "two",
        locked_people::encode(&[
            LockedPerson {
                name: "Sam".into(),
                number: "+44 7700 900123".into(),
            },
            LockedPerson {
                name: "The line I trust".into(),
                number: "(555) 010-4477 #2".into(),
            },
        ]),
    );

    let last_try = at(0).timestamp_millis();
    for (name, failures, last_try) in [
        ("fresh", 0u32, 0i64),
        ("three", 3, last_try),
        ("waiting", 7, last_try),
    ] {
        let mut bytes = failures.to_le_bytes().to_vec();
        bytes.extend(last_try.to_le_bytes());
        add("attempts", name, bytes);
    }

    for (name, bytes) in [
        ("german", &b"de\n"[..]),
        ("spanish-bare", b"es"),
        ("unknown", b"fr\n"),
    ] {
        add("locale", name, bytes.to_vec());
    }

    // The first byte picks the file the content target replaces (see `targets::content`).
    let sources = Sources::embedded();
    let files = [
        ("actions", sources.actions.text),
        ("questions", sources.questions.text),
        ("affirmations", sources.affirmations.text),
        ("reminders", sources.reminders.text),
        ("ui", sources.ui.text),
        ("card", sources.card.text),
        ("guide-page", sources.guide[0].text),
        ("messages", sources.messages.text),
    ];
    for (which, (name, text)) in (0u8..).zip(files) {
        let mut bytes = vec![which];
        bytes.extend(text.as_bytes());
        add("content", name, bytes);
    }
    add("backup-tar", "small", backup_tar());

    // Someone's card: as the app shares it, and as a small picture of its code.
    let content = aftercare_core::content::Content::embedded().expect("valid content");
    let text = their_card().to_text(content);
    add("card-text", "card", text.clone().into_bytes());
    add(
        "card-text",
        "empty",
        aftercare_core::card::AftercareCard::default()
            .to_text(content)
            .into_bytes(),
    );
    let short = "aftercare-card v1; needs=water; please-dont+=rush off";
    add("card-image", "code.png", code_png(short));
    add("card-image", "code.jpg", code_jpeg(short));
    add("card-image", "two-codes.png", two_codes_png(short));
    out
}

/// A card with choices, own words (one with a line break and the characters the marker
/// escapes) and a yes-no answer.
fn their_card() -> aftercare_core::card::AftercareCard {
    use aftercare_core::card::{AftercareCard, CardAnswer};
    let mut card = AftercareCard::default();
    card.fields.insert(
        "needs".into(),
        CardAnswer {
            choices: vec![OptionId("water".into()), OptionId("touch".into())],
            words: Some("my hoodie; 100%\nthe grey one".into()),
            yes: None,
        },
    );
    card.fields.insert(
        "check-tomorrow".into(),
        CardAnswer {
            yes: Some(true),
            ..CardAnswer::default()
        },
    );
    card
}

/// The QR code of `text`, two pixels a module with its quiet zone, in grey: a small picture
/// the fuzzer can change quickly.
fn code_grey(text: &str) -> (usize, Vec<u8>) {
    let code = qrcode::QrCode::new(text.as_bytes()).expect("a short text fits");
    let (modules, scale, quiet) = (code.width(), 2, 4);
    let side = (modules + 2 * quiet) * scale;
    let colours = code.to_colors();
    let mut grey = vec![255u8; side * side];
    for y in 0..side {
        for x in 0..side {
            let (mx, my) = (
                (x / scale).checked_sub(quiet),
                (y / scale).checked_sub(quiet),
            );
            if let (Some(mx), Some(my)) = (mx, my) {
                if mx < modules && my < modules && colours[my * modules + mx] == qrcode::Color::Dark
                {
                    grey[y * side + x] = 0;
                }
            }
        }
    }
    (side, grey)
}

fn png_of(width: usize, height: usize, grey: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width as u32, height as u32);
    encoder.set_color(png::ColorType::Grayscale);
    let mut writer = encoder.write_header().expect("a PNG header");
    writer.write_image_data(grey).expect("the pixels");
    writer.finish().expect("a whole PNG");
    out
}

fn code_png(text: &str) -> Vec<u8> {
    let (side, grey) = code_grey(text);
    png_of(side, side, &grey)
}

fn code_jpeg(text: &str) -> Vec<u8> {
    let (side, grey) = code_grey(text);
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .encode(
            &grey,
            side as u32,
            side as u32,
            image::ExtendedColorType::L8,
        )
        .expect("a JPEG");
    out
}

/// Two different codes side by side.
fn two_codes_png(text: &str) -> Vec<u8> {
    let (side, one) = code_grey(text);
    let (other_side, other) = code_grey("https://example.org/");
    let height = side.max(other_side);
    let width = side + other_side;
    let mut grey = vec![255u8; width * height];
    for y in 0..side {
        grey[y * width..y * width + side].copy_from_slice(&one[y * side..(y + 1) * side]);
    }
    for y in 0..other_side {
        grey[y * width + side..y * width + width]
            .copy_from_slice(&other[y * other_side..(y + 1) * other_side]);
    }
    png_of(width, height, &grey)
}

/// A backup's tar stream with one record of each kind.
fn backup_tar() -> Vec<u8> {
    use aftercare_core::store::{backup::*, format::AnswerV1};
    let id = |n: u8| format!("{n:02x}").repeat(16);
    let snapshot = Snapshot {
        moments: vec![MomentV1 {
            id: id(1),
            started_at: at(0),
            last_activity_at: at(5),
            ended_at: Some(at(6)),
            company: Some("partner".into()),
        }],
        care: vec![CareV1 {
            id: id(2),
            moment: id(1),
            action: "water".into(),
            at: at(1),
        }],
        check_ins: vec![CheckInV1 {
            id: id(3),
            moment: id(1),
            at: at(5),
            company: None,
            scales: ScalesV1 {
                body: Some(4),
                ..ScalesV1::default()
            },
            answers: vec![AnswerV1 {
                question: "feel-now".into(),
                options: vec!["calm".into()],
                text: None,
            }],
            note: Some("warm".into()),
            occasion: Some("since-then".into()),
        }],
        journal: vec![JournalV1 {
            id: id(4),
            moment: Some(id(1)),
            created_at: at(7),
            updated_at: at(8),
            prompt: None,
            body: "the slow breakfast after".into(),
        }],
        reminders: vec![ReminderV1 {
            id: id(5),
            moment: None,
            preset: "next-day".into(),
            due_at: at(1440),
            state: "pending".into(),
            created_at: at(9),
        }],
        people: vec![PersonV1 {
            id: id(6),
            name: "Sam".into(),
            number: "+44 7700 900123".into(),
        }],
        own_tiles: vec![OwnTileV1 {
            id: format!("own-{}", "07".repeat(8)),
            title: "Tea on the sofa".into(),
            steps: vec!["Put the kettle on".into()],
            say: Some("Tea?".into()),
            show_locked: true,
        }],
        card: Some(serde_json::json!({"fields": {"needs": {"choices": ["water"]}}})),
        their_cards: vec![TheirCardV1 {
            id: id(7),
            name: "Sam".into(),
            added_at: at(11),
            card: serde_json::json!({"fields": {"needs": {"choices": ["touch"], "words": "a hoodie"}}}),
        }],
        settings: [("auto_lock_minutes".to_owned(), "12".to_owned())].into(),
    };
    aftercare_core::backup::plain_tar_for_fuzzing(&snapshot, at(10))
}

/// The cheap key derivation, so the fuzzer's slots open quickly.
const FAST: KdfParams = KdfParams::INSECURE_FOR_TESTS;

/// A golden fixture of the core's tests.
fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn frame(sealed: &[u8]) -> Vec<u8> {
    let mut out = u32::try_from(sealed.len())
        .expect("a record is small")
        .to_le_bytes()
        .to_vec();
    out.extend(sealed);
    out
}

fn at(minutes: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(1_795_000_000_123 + minutes * 60_000)
        .single()
        .expect("a valid time")
}

fn locked_check_in() -> LockedEntry {
    LockedEntry::CheckIn {
        // The newest codes, so the fuzzer starts from them too.
        check_in: NewCheckIn {
            occasion: Occasion::SinceThen,
            company: Some(Company::Group),
            answers: vec![
                Answer {
                    question: QuestionId("feel-now".into()),
                    options: vec![OptionId("calm".into()), OptionId("tired".into())],
                    text: None,
                },
                Answer {
                    question: QuestionId("favourite-moment".into()),
                    options: vec![],
                    text: Some("the laughing".into()),
                },
            ],
            scales: Scales {
                body: Some(4),
                feelings: Some(5),
                mind: None,
                desire: Some(2),
            },
            note: Some("sleepy and happy".into()),
        },
        at: at(0),
    }
}

fn locked_action() -> LockedEntry {
    LockedEntry::Care {
        action: ActionId("water".into()),
        at: Utc
            .timestamp_millis_opt(1_795_000_000_000)
            .single()
            .expect("a valid time"),
    }
}

fn schedule() -> Schedule {
    Schedule {
        wording: Some(WordingId("gentle".into())),
        pending: vec![Pending::at(at(60)), Pending::at(at(24 * 60))],
        shown: vec![Pending::at(at(30))],
        missed: vec![Pending::at(at(10))],
    }
}
