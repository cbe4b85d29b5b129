//! Fuzz targets: every parser of a file the app reads from disk, and of someone's card (a
//! picture or pasted words: outside input too), each a thin wrapper that feeds it arbitrary
//! bytes. None may panic or hang, whatever the bytes; where a parser promises more
//! (what decodes, encodes back to the same), the target checks that too.
//!
//! `cargo xtask fuzz` builds `src/main.rs` with `cargo afl build` and runs each target under
//! AFL++ (see ARCHITECTURE.md, "Fuzzing"). Without AFL the same binary replays files, and
//! `tests/seeds.rs` runs every committed seed through its target.

mod seeds;
mod targets;

use aftercare_core::vault::{
    ATTEMPTS_FILE, BIOMETRIC_SLOT_FILE, LEGACY_INBOX_FILE, LOCKED_PEOPLE_FILE, LOCKED_TILES_FILE,
    SCHEDULE_FILE, SEALED_DIR, SLOT_FILE, SLOT_NEXT_FILE,
};

pub use seeds::seeds;

/// One fuzz target: the name `cargo xtask fuzz` and the seed folder use, what it runs, and
/// the files of the data folder whose parser it covers (by the core's own names, which
/// `tests/seeds.rs` checks against the core's list of them).
#[derive(Clone, Copy)]
pub struct Target {
    pub name: &'static str,
    pub run: fn(&[u8]),
    pub reads: &'static [&'static str],
}

/// Every target, in the order `cargo xtask fuzz` runs them.
pub const TARGETS: &[Target] = &[
    Target {
        name: "key-slot",
        run: targets::key_slot,
        reads: &[SLOT_FILE, SLOT_NEXT_FILE],
    },
    Target {
        name: "biometric-slot",
        run: targets::biometric_slot,
        reads: &[BIOMETRIC_SLOT_FILE],
    },
    Target {
        name: "inbox-frames",
        run: targets::inbox_frames,
        reads: &[LEGACY_INBOX_FILE],
    },
    Target {
        name: "inbox-record",
        run: targets::inbox_record,
        reads: &[SEALED_DIR],
    },
    Target {
        name: "inbox-plain",
        run: targets::inbox_plain,
        reads: &[SEALED_DIR, LEGACY_INBOX_FILE],
    },
    Target {
        name: "schedule",
        run: targets::schedule,
        reads: &[SCHEDULE_FILE],
    },
    Target {
        name: "locked-tiles",
        run: targets::locked_tiles,
        reads: &[LOCKED_TILES_FILE],
    },
    Target {
        name: "attempts",
        run: targets::attempts,
        reads: &[ATTEMPTS_FILE],
    },
    Target {
        name: "locked-people",
        run: targets::locked_people,
        reads: &[LOCKED_PEOPLE_FILE],
    },
    Target {
        name: "content",
        run: targets::content,
        reads: &[],
    },
    Target {
        name: "backup-tar",
        run: targets::backup_tar,
        reads: &[],
    },
    // Someone's card: chosen or pasted by the person, never a file of the data folder.
    Target {
        name: "card-text",
        run: targets::card_text,
        reads: &[],
    },
    Target {
        name: "card-image",
        run: targets::card_image,
        reads: &[],
    },
];

/// The target called `name`.
pub fn target(name: &str) -> Option<Target> {
    TARGETS.iter().copied().find(|t| t.name == name)
}

/// The secret key the inbox targets open records with; the seeds are sealed to its public half.
/// The same key seals `core/tests/fixtures/locked-*-v1.bin`.
pub fn inbox_secret() -> crypto_box::SecretKey {
    crypto_box::SecretKey::from([9u8; 32])
}
