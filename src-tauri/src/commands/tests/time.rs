//! The tests' clock and time zone, handed to every call (`commands::Given::at`): never the
//! machine's, so the contracts hold on any machine, in any zone, at any hour.

/// The time zone of every call the tests make, Europe/Berlin from the repository's TZif
/// fixture: never the machine's.
pub fn zone() -> aftercare_core::zone::Zone {
    aftercare_core::zone::Zone::from_tzif(include_bytes!(
        "../../../../core/tests/zones/Europe/Berlin"
    ))
    .expect("the fixture is TZif")
}

thread_local! {
    /// The test's clock (each test runs on a thread of its own): a late November evening,
    /// standing still unless the test moves it on; never the machine's clock.
    static CLOCK: std::cell::Cell<chrono::DateTime<chrono::Utc>> = const {
        std::cell::Cell::new(chrono::DateTime::from_timestamp(1_795_729_200, 0).unwrap())
    };
}

/// The time of the test's next call.
pub fn tick() -> aftercare_core::api::Now {
    now()
}

/// Moves the test's clock on by `minutes`, as time passes for a person between two taps.
pub fn pass(minutes: i64) {
    CLOCK.set(CLOCK.get() + chrono::Duration::minutes(minutes));
}

/// The test's time now, without moving it on.
pub fn now() -> aftercare_core::api::Now {
    aftercare_core::api::Now {
        at: CLOCK.get(),
        zone: zone(),
    }
}
