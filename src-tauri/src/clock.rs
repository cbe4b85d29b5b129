//! The shell's one clock and one random generator. The core never reads either itself.

use chrono::{DateTime, Utc};

/// The time now.
#[allow(
    clippy::disallowed_methods,
    reason = "the one place the app reads the clock"
)]
pub fn now() -> DateTime<Utc> {
    Utc::now()
}

/// The operating system's random generator, for keys, salts, nonces and record ids.
#[allow(
    clippy::disallowed_types,
    reason = "the one place the app takes randomness"
)]
pub type Rng = rand_core::OsRng;

/// The random generator, for one call.
#[allow(
    clippy::disallowed_types,
    reason = "the one place the app takes randomness"
)]
pub fn rng() -> Rng {
    rand_core::OsRng
}

/// The device's time zone, for reminders at local times; UTC if it cannot be told.
pub fn time_zone() -> chrono_tz::Tz {
    iana_time_zone::get_timezone()
        .ok()
        .and_then(|name| name.parse().ok())
        .unwrap_or(chrono_tz::UTC)
}
