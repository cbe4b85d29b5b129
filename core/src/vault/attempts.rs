//! Failed unlocks, counted on disk *before* each try so that killing the app mid-try does not
//! reset the count.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::Vault;
use crate::Error;

/// The counter's file in the data folder.
pub const ATTEMPTS_FILE: &str = "unlock-attempts";

impl Vault {
    /// The failed-unlock counter of this vault's folder.
    pub(super) fn attempts(&self) -> Attempts {
        Attempts::at(&self.file(ATTEMPTS_FILE))
    }
}

/// Wrong passcodes allowed in a row before the first wait.
pub const FREE_ATTEMPTS: u32 = 5;

/// How long to wait after `failures` wrong passcodes in a row: none for the first five, then
/// 30 s, 1 min, 5 min, and 15 min from the eighth on.
pub fn wait_after(failures: u32) -> u64 {
    match failures {
        0..FREE_ATTEMPTS => 0,
        5 => 30,
        6 => 60,
        7 => 300,
        _ => 900,
    }
}

/// The counter file: failures in a row, and when the last try started.
#[derive(Debug, Clone)]
pub struct Attempts {
    path: PathBuf,
}

/// What the counter file holds. Public only for the fuzz target (`fuzz/`).
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counter {
    pub failures: u32,
    pub last_try_ms: i64,
}

impl Counter {
    const LEN: usize = 12;

    /// What a missing, damaged or unreadable counter counts as: one wrong try short of the
    /// longest wait, never a fresh start. Set-up writes the counter before the key slot, so once
    /// set up it is always there: deleting or spoiling it between guesses buys one try, then
    /// the longest wait, which is no more than guessing on would give.
    const UNKNOWN: Counter = Counter {
        failures: FREE_ATTEMPTS + 2,
        last_try_ms: 0,
    };

    /// Reads the counter file's bytes; any other length is damage, and counts as full.
    pub fn decode(bytes: &[u8]) -> Counter {
        match <[u8; Self::LEN]>::try_from(bytes) {
            Ok(bytes) => Counter {
                failures: u32::from_le_bytes(bytes[..4].try_into().expect("4 bytes")),
                last_try_ms: i64::from_le_bytes(bytes[4..].try_into().expect("8 bytes")),
            },
            Err(_) => Counter::UNKNOWN,
        }
    }

    /// The counter file's bytes.
    pub fn encode(self) -> Vec<u8> {
        let mut bytes = self.failures.to_le_bytes().to_vec();
        bytes.extend_from_slice(&self.last_try_ms.to_le_bytes());
        bytes
    }

    /// Whole seconds still to wait at `now` before another try; zero when none, and never more
    /// than [`wait_after`] the failures. A last try "in the future" (the clock was set back, or
    /// the file is damaged) asks for the full wait, not for years ([`Attempts`] moves it to
    /// now, so the wait then counts down); a stored time however far off is counted without
    /// overflow (`cargo xtask fuzz` found both).
    pub fn wait_seconds(self, now: DateTime<Utc>) -> u64 {
        let wait_ms = wait_after(self.failures) * 1000;
        let since_ms = now.timestamp_millis().saturating_sub(self.last_try_ms);
        let since_ms = u64::try_from(since_ms).unwrap_or(0);
        wait_ms.saturating_sub(since_ms).div_ceil(1000)
    }
}

impl Attempts {
    pub fn at(path: &Path) -> Attempts {
        Attempts {
            path: path.to_owned(),
        }
    }

    /// Checks the wait, then counts this try as a failure until [`Attempts::succeeded`] says
    /// otherwise. The count is on disk before this returns.
    pub fn begin(&self, now: DateTime<Utc>) -> Result<(), Error> {
        let counter = self.as_of(now)?;
        let wait_seconds = counter.wait_seconds(now);
        if wait_seconds > 0 {
            return Err(Error::TooManyAttempts { wait_seconds });
        }
        self.write(Counter {
            failures: counter.failures.saturating_add(1),
            last_try_ms: now.timestamp_millis(),
        })
    }

    /// The try was not a wrong passcode after all (the slot file was damaged, say): take it back.
    pub fn undo(&self) -> Result<(), Error> {
        let counter = self.read();
        self.write(Counter {
            failures: counter.failures.saturating_sub(1),
            ..counter
        })
    }

    /// The passcode was right: the count starts again.
    pub fn succeeded(&self) -> Result<(), Error> {
        self.write(Counter {
            failures: 0,
            last_try_ms: 0,
        })
    }

    /// Whole seconds still to wait at `now` before another try: never more than the step,
    /// and none once that long has passed on the clock, whatever it did before.
    pub fn wait_seconds(&self, now: DateTime<Utc>) -> Result<u64, Error> {
        Ok(self.as_of(now)?.wait_seconds(now))
    }

    /// The counter as of `now`. A last try dated after `now` (the clock was set back, or the
    /// file is damaged) is moved to `now` and written back: the wait then counts down from
    /// here, not from a date the clock may take years to reach, and a restart does not bring
    /// the future date back.
    fn as_of(&self, now: DateTime<Utc>) -> Result<Counter, Error> {
        let counter = self.read();
        let now_ms = now.timestamp_millis();
        if counter.last_try_ms <= now_ms {
            return Ok(counter);
        }
        let anchored = Counter {
            last_try_ms: now_ms,
            ..counter
        };
        self.write(anchored)?;
        Ok(anchored)
    }

    /// Wrong passcodes in a row so far.
    pub fn failures(&self) -> u32 {
        self.read().failures
    }

    fn read(&self) -> Counter {
        match std::fs::read(&self.path) {
            Ok(bytes) => Counter::decode(&bytes),
            Err(_) => Counter::UNKNOWN,
        }
    }

    fn write(&self, counter: Counter) -> Result<(), Error> {
        super::write_atomically(&self.path, &counter.encode()).map_err(Error::io("unlock counter"))
    }
}
