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

pub use seeds::seeds;

/// One fuzz target: the name `cargo xtask fuzz` and the seed folder use, and what it runs.
#[derive(Clone, Copy)]
pub struct Target {
    pub name: &'static str,
    pub run: fn(&[u8]),
}

/// Every target, in the order `cargo xtask fuzz` runs them.
pub const TARGETS: &[Target] = &[
    Target {
        name: "key-slot",
        run: targets::key_slot,
    },
    Target {
        name: "inbox-frames",
        run: targets::inbox_frames,
    },
    Target {
        name: "inbox-record",
        run: targets::inbox_record,
    },
    Target {
        name: "inbox-plain",
        run: targets::inbox_plain,
    },
    Target {
        name: "schedule",
        run: targets::schedule,
    },
    Target {
        name: "attempts",
        run: targets::attempts,
    },
    Target {
        name: "content",
        run: targets::content,
    },
    Target {
        name: "backup-tar",
        run: targets::backup_tar,
    },
    Target {
        name: "card-text",
        run: targets::card_text,
    },
    Target {
        name: "card-image",
        run: targets::card_image,
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
