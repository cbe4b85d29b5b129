//! Inputs `cargo xtask fuzz` found that crashed a parser of a file read from disk, each fed
//! through the path the app takes, byte for byte as the fuzzer saved it.

use aftercare_core::{
    vault::{attempts::Counter, Vault},
    Error,
};

use crate::support::*;

/// Writes `counter` as the unlock counter of a locked vault and unlocks with the right
/// passcode at [`evening`].
fn unlock_with_counter(counter: &[u8]) -> Result<(), Error> {
    let mut f = set_up();
    f.vault.lock();
    std::fs::write(f.dir.path().join("unlock-attempts"), counter).unwrap();
    Vault::new(&f.dir)
        .unlock(&passcode(PASSCODE), evening())
        .map(drop)
}

#[test]
fn an_unlock_counter_with_a_last_try_before_any_clock_does_not_overflow() {
    // 258 failures, the last try at -9.2e18 ms: `last try + wait - now` overflowed (a panic in
    // a debug build, a wrapped wait in a release one).
    let found = [
        0x02, 0x01, 0x00, 0x00, 0xff, 0xff, 0x56, 0xee, 0xa1, 0x01, 0x00, 0x80,
    ];
    assert!(
        unlock_with_counter(&found).is_ok(),
        "a try that long ago leaves nothing to wait"
    );
}

#[test]
fn an_unlock_counter_with_a_last_try_in_the_future_waits_no_longer_than_the_longest_wait() {
    // 16 843 036 failures, the last try some two million years ahead: the wait asked for was
    // the whole of it, 72 338 229 203 966 seconds.
    let found = [
        0x1c, 0x01, 0x01, 0x01, 0x7d, 0x5b, 0x58, 0x91, 0xde, 0x00, 0x01, 0x01,
    ];
    match unlock_with_counter(&found) {
        Err(Error::TooManyAttempts { wait_seconds }) => assert_eq!(wait_seconds, 900),
        other => panic!("expected the longest wait, 15 minutes, got {other:?}"),
    }
}

#[test]
fn a_clock_set_back_a_day_waits_the_wait_not_the_day() {
    // Five wrong passcodes, then the clock goes back a day (a phone reset, a time-zone slip).
    let mut counter = 5u32.to_le_bytes().to_vec();
    counter.extend(evening().timestamp_millis().to_le_bytes());
    let earlier = evening() - chrono::Duration::days(1);
    assert_eq!(Counter::decode(&counter).wait_seconds(earlier), 30);
    assert_eq!(
        Counter::decode(&counter).wait_seconds(evening() + chrono::Duration::seconds(10)),
        20
    );
}

/// A locked vault with `counter` as its unlock counter (or none), tried with a wrong passcode
/// at [`evening`]: how long it then asks to wait.
fn wait_after_a_wrong_try(counter: Option<Counter>) -> u64 {
    let mut f = set_up();
    f.vault.lock();
    let path = f.dir.path().join("unlock-attempts");
    match counter {
        Some(counter) => std::fs::write(&path, counter.encode()).unwrap(),
        None => std::fs::remove_file(&path).unwrap(),
    }
    let mut vault = Vault::new(&f.dir);
    loop {
        match vault.unlock(&passcode("not the passcode"), evening()) {
            Err(Error::WrongPasscode) => continue,
            Err(Error::TooManyAttempts { wait_seconds }) => return wait_seconds,
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn failures_recorded_a_day_ahead_wait_no_longer_than_the_longest_step() {
    let ahead = Counter {
        failures: 8,
        last_try_ms: (evening() + chrono::Duration::days(1)).timestamp_millis(),
    };
    assert_eq!(wait_after_a_wrong_try(Some(ahead)), 900);
}

#[test]
fn a_counter_holding_the_largest_values_waits_no_longer_than_the_longest_step() {
    let largest = Counter {
        failures: u32::MAX,
        last_try_ms: i64::MAX,
    };
    assert_eq!(wait_after_a_wrong_try(Some(largest)), 900);
    let largest_past = Counter {
        failures: u32::MAX,
        last_try_ms: i64::MIN,
    };
    assert_eq!(wait_after_a_wrong_try(Some(largest_past)), 900);
}

#[test]
fn a_deleted_counter_does_not_start_the_count_again() {
    // Deleting the file between guesses must not buy five free tries: the next wrong one
    // already waits the longest step.
    assert_eq!(wait_after_a_wrong_try(None), 900);
}

#[test]
fn a_schedule_with_its_due_times_out_of_order_is_written_back_as_it_was() {
    // Two due minutes, the later first: writing a schedule sorted its pending list (to keep the
    // soonest when there are too many), so what was read was not what was written back.
    let found = br#"{"v":2,"wording":"gentle","due":[45404227,29918107],"shown":[23502937],"missed":[29916677]}"#;
    let read = aftercare_core::vault::schedule_file::decode(found).expect("a schedule");
    let encoded = aftercare_core::vault::schedule_file::encode(&read);
    assert_eq!(
        aftercare_core::vault::schedule_file::decode(&encoded),
        Some(read)
    );
    assert_eq!(&encoded[..], &found[..], "byte for byte");
}
