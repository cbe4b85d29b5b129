//! The back-off after wrong passcodes counts down whatever the clock does: set back, set
//! forward, far ahead or far behind, the wait never exceeds its step and always reaches zero
//! once that much time has passed on the clock from where it is now.

use aftercare_core::vault::attempts::{wait_after, Attempts, Counter};
use chrono::{DateTime, Duration, Utc};
use proptest::prelude::*;

use crate::support::evening;

/// The clock as the app reads it, `ms` after the epoch.
fn at(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).expect("within chrono's range")
}

/// An unlock counter on disk holding `counter`.
fn counter_file(counter: Counter) -> (tempfile::TempDir, Attempts) {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("unlock-attempts");
    std::fs::write(&path, counter.encode()).unwrap();
    (tmp, Attempts::at(&path))
}

#[test]
fn a_clock_set_back_a_year_counts_the_wait_down_from_now() {
    // Eight wrong passcodes this evening, then the clock goes back a year (a phone reset to
    // its factory date, say): the owner waits the step, not the year.
    let (_tmp, attempts) = counter_file(Counter {
        failures: 8,
        last_try_ms: evening().timestamp_millis(),
    });
    let year_ago = evening() - Duration::days(365);
    assert_eq!(attempts.wait_seconds(year_ago).unwrap(), 900);
    assert_eq!(
        attempts
            .wait_seconds(year_ago + Duration::seconds(600))
            .unwrap(),
        300,
        "it counts down from when the clock was found behind"
    );
    assert_eq!(
        attempts
            .wait_seconds(year_ago + Duration::seconds(900))
            .unwrap(),
        0,
        "and ends fifteen minutes later, not a year later"
    );
    assert!(attempts.begin(year_ago + Duration::seconds(900)).is_ok());
}

#[test]
fn a_last_try_in_the_future_is_written_back_as_now() {
    let (tmp, attempts) = counter_file(Counter {
        failures: 6,
        last_try_ms: (evening() + Duration::days(30)).timestamp_millis(),
    });
    attempts.wait_seconds(evening()).unwrap();
    let stored = Counter::decode(&std::fs::read(tmp.path().join("unlock-attempts")).unwrap());
    assert_eq!(
        stored,
        Counter {
            failures: 6,
            last_try_ms: evening().timestamp_millis()
        },
        "re-anchored on disk, so a restart does not bring the future date back"
    );
}

/// What the clock does between two looks at the wait.
#[derive(Debug, Clone)]
enum Move {
    /// Set by hand (or by a reset), up to a thousand years either way.
    Jump(i64),
    /// Just running, as time passes.
    Run(i64),
}

fn moves() -> impl Strategy<Value = Move> {
    let year_ms = 365 * 24 * 3_600_000i64;
    prop_oneof![
        (-1_000 * year_ms..1_000 * year_ms).prop_map(Move::Jump),
        (-3_600_000i64..3_600_000).prop_map(Move::Jump),
        (0..2 * 900_000i64).prop_map(Move::Run),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn the_wait_never_exceeds_its_step_and_ends_once_that_long_has_passed(
        failures in 0u32..12,
        last_try_ms in -2_000 * 365 * 24 * 3_600_000i64..2_000 * 365 * 24 * 3_600_000i64,
        start_ms in -500 * 365 * 24 * 3_600_000i64..500 * 365 * 24 * 3_600_000i64,
        path in proptest::collection::vec(moves(), 1..12),
    ) {
        let (_tmp, attempts) = counter_file(Counter { failures, last_try_ms });
        let step = wait_after(failures);
        let mut clock = start_ms;
        for step_taken in path {
            match step_taken {
                Move::Jump(by) | Move::Run(by) => clock += by,
            }
            let wait = attempts.wait_seconds(at(clock)).unwrap();
            prop_assert!(wait <= step, "{wait} s asked, the step is {step} s");
            // From here the clock only runs: the wait counts down, and is over once the
            // step has passed.
            for passed in [1_000i64, 60_000, step as i64 * 500] {
                let later = attempts.wait_seconds(at(clock + passed)).unwrap();
                let left = (step as i64 * 1000 - passed).max(0);
                prop_assert!(later as i64 * 1000 <= left + 999,
                    "{later} s still to wait after {passed} ms, at most {left} ms were left");
            }
            let over = attempts.wait_seconds(at(clock + step as i64 * 1000)).unwrap();
            prop_assert_eq!(over, 0, "the step has passed on the clock");
        }
    }
}
