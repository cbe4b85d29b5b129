//! A time zone read from TZif data (`aftercare_core::zone::Zone`): the clock changes it
//! carries, the hour skipped and the hour repeated, and damaged data refused without a panic.

use aftercare_core::{zone::Zone, ErrorKind};
use chrono::{LocalResult, NaiveDate, NaiveDateTime, TimeZone, Timelike, Utc};
use proptest::prelude::*;

use crate::support::{berlin, london, LONDON_TZIF};

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
}

fn wall(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, mo, d)
        .unwrap()
        .and_hms_opt(h, mi, 0)
        .unwrap()
}

#[test]
fn a_zone_read_from_tzif_data_follows_its_clock_changes() {
    let london = london();
    // Winter: London is on UTC; summer: an hour ahead.
    assert_eq!(utc(2026, 1, 15, 12, 0).with_timezone(&london).hour(), 12);
    assert_eq!(utc(2026, 7, 1, 12, 0).with_timezone(&london).hour(), 13);
    // Berlin is an hour ahead of London all year.
    assert_eq!(utc(2026, 1, 15, 12, 0).with_timezone(&berlin()).hour(), 13);
    assert_eq!(utc(2026, 7, 1, 12, 0).with_timezone(&berlin()).hour(), 14);
    // Years past the file's list of changes follow the rule at its end.
    assert_eq!(utc(2061, 7, 1, 12, 0).with_timezone(&london).hour(), 13);
    assert_eq!(utc(2061, 12, 1, 12, 0).with_timezone(&london).hour(), 12);
}

#[test]
fn the_hour_skipped_has_no_time_and_the_hour_repeated_has_two() {
    let london = london();
    // 29 March 2026: at 01:00 the clocks go forward to 02:00.
    assert_eq!(
        london.from_local_datetime(&wall(2026, 3, 29, 1, 30)),
        LocalResult::None
    );
    // 25 October 2026: at 02:00 the clocks go back to 01:00, so 01:30 comes twice.
    match london.from_local_datetime(&wall(2026, 10, 25, 1, 30)) {
        LocalResult::Ambiguous(first, second) => {
            assert_eq!(first.with_timezone(&Utc), utc(2026, 10, 25, 0, 30));
            assert_eq!(second.with_timezone(&Utc), utc(2026, 10, 25, 1, 30));
        }
        other => panic!("01:30 on the night the clocks go back is twice, not {other:?}"),
    }
    let noon = london
        .from_local_datetime(&wall(2026, 7, 1, 12, 0))
        .single();
    assert_eq!(
        noon.map(|at| at.with_timezone(&Utc)),
        Some(utc(2026, 7, 1, 11, 0))
    );
}

#[test]
fn utc_and_a_fixed_offset_never_change() {
    for at in [utc(2026, 1, 15, 12, 0), utc(2026, 7, 1, 12, 0)] {
        assert_eq!(at.with_timezone(&Zone::utc()).hour(), 12);
        assert_eq!(at.with_timezone(&Zone::fixed(-5 * 3600).unwrap()).hour(), 7);
    }
    for day_or_more in [24 * 3600, -24 * 3600, i32::MIN, i32::MAX] {
        assert_eq!(
            Zone::fixed(day_or_more).map_err(|e| e.kind()),
            Err(ErrorKind::Invalid),
            "an offset of a day or more is no zone's"
        );
    }
}

#[test]
fn damaged_zone_data_is_refused_without_a_panic() {
    let cut = &LONDON_TZIF[..LONDON_TZIF.len() / 2];
    for data in [&b""[..], b"TZif2", b"not a zone file at all", cut] {
        assert_eq!(
            Zone::from_tzif(data).map_err(|e| e.kind()),
            Err(ErrorKind::Invalid)
        );
    }
}

proptest! {
    #[test]
    fn any_bytes_are_read_as_a_zone_or_refused_never_a_panic(
        start in 0..LONDON_TZIF.len(),
        garbage in proptest::collection::vec(any::<u8>(), 0..64),
    ) {
        let mut data = LONDON_TZIF.to_vec();
        let end = (start + garbage.len()).min(data.len());
        data.splice(start..end, garbage);
        if let Ok(zone) = Zone::from_tzif(&data) {
            let _ = utc(2026, 7, 1, 12, 0).with_timezone(&zone).hour();
            let _ = zone.from_local_datetime(&wall(2026, 10, 25, 1, 30));
        }
    }
}
