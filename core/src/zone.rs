//! A time zone: one place's offsets from UTC and when its clocks change, read from TZif data
//! (RFC 8536), the format every system keeps its zones in. The shell reads the device's own
//! zone and passes it in (`api::Now`); the core never reads the machine's zone itself. Tests
//! name theirs from fixtures in the repository.
//!
//! Only the device's zone is ever needed, so no zone database is built in (chrono-tz's was
//! 1.2 MB of the binary, docs/performance.md); `tz-rs` reads the data.

use std::{fmt, sync::Arc};

use chrono::{FixedOffset, LocalResult, NaiveDate, NaiveDateTime, Offset, TimeZone};
use tz::{datetime::FoundDateTimeKind, timezone::TransitionRule, LocalTimeType};

use crate::error::Error;

/// Offsets of a day or more are no real zone's, and chrono cannot hold them.
const DAY_SECONDS: u32 = 24 * 60 * 60;

/// A time zone, for chrono's conversions (`at.with_timezone(&zone)`,
/// `zone.from_local_datetime(…)`). Cheap to clone: the rules are shared.
#[derive(Clone, PartialEq, Eq)]
pub struct Zone(Arc<tz::TimeZone>);

impl Zone {
    /// Coordinated Universal Time: what the app uses when the device's zone cannot be read.
    pub fn utc() -> Zone {
        Zone(Arc::new(tz::TimeZone::utc()))
    }

    /// A zone `seconds` east of UTC all year, without clock changes. Errors with
    /// [`Error::Invalid`] for an offset of a day or more.
    pub fn fixed(seconds: i32) -> Result<Zone, Error> {
        if seconds.unsigned_abs() >= DAY_SECONDS {
            return Err(Error::invalid("a time zone's offset is under a day"));
        }
        tz::TimeZone::fixed(seconds)
            .map(|zone| Zone(Arc::new(zone)))
            .map_err(|_| Error::invalid("a time zone's offset is under a day"))
    }

    /// The zone in `data`, the contents of a TZif file (such as `/etc/localtime`). Errors with
    /// [`Error::Invalid`] when the data is not TZif, is cut short or damaged, or holds an
    /// offset of a day or more; never a panic.
    pub fn from_tzif(data: &[u8]) -> Result<Zone, Error> {
        let damaged = || Error::invalid("the time zone's data is damaged");
        let zone = tz::TimeZone::from_tz_data(data).map_err(|_| damaged())?;
        let zone_ref = zone.as_ref();
        let rule_types: Vec<&LocalTimeType> = match zone_ref.extra_rule() {
            Some(TransitionRule::Fixed(only)) => vec![only],
            Some(TransitionRule::Alternate(both)) => vec![both.std(), both.dst()],
            None => Vec::new(),
        };
        let sensible = |t: &LocalTimeType| t.ut_offset().unsigned_abs() < DAY_SECONDS;
        if !zone_ref.local_time_types().iter().all(sensible)
            || !rule_types.into_iter().all(sensible)
        {
            return Err(damaged());
        }
        Ok(Zone(Arc::new(zone)))
    }

    /// The offset at `unix_time` (seconds). Every offset was checked when the zone was read;
    /// a time the rules cannot place (past the end of the calendar) is taken as UTC.
    fn offset_at(&self, unix_time: i64) -> FixedOffset {
        self.0
            .find_local_time_type(unix_time)
            .ok()
            .and_then(|t| FixedOffset::east_opt(t.ut_offset()))
            .unwrap_or(FixedOffset::east_opt(0).expect("zero is an offset"))
    }

    fn offset(&self, fixed: FixedOffset) -> ZoneOffset {
        ZoneOffset {
            zone: self.clone(),
            fixed,
        }
    }
}

impl fmt::Debug for Zone {
    /// Short: the rules themselves are hundreds of changes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let offsets: Vec<String> = tz::TimeZone::as_ref(&self.0)
            .local_time_types()
            .iter()
            .map(|t| t.ut_offset().to_string())
            .collect();
        write!(f, "Zone(offsets {})", offsets.join(", "))
    }
}

/// An offset from UTC in a [`Zone`], as chrono keeps it in a `DateTime<Zone>`: the offset at
/// that instant, and the zone, so that later arithmetic follows the zone's clock changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ZoneOffset {
    zone: Zone,
    fixed: FixedOffset,
}

impl Offset for ZoneOffset {
    fn fix(&self) -> FixedOffset {
        self.fixed
    }
}

impl fmt::Display for ZoneOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.fixed, f)
    }
}

impl TimeZone for Zone {
    type Offset = ZoneOffset;

    fn from_offset(offset: &ZoneOffset) -> Zone {
        offset.zone.clone()
    }

    fn offset_from_local_date(&self, local: &NaiveDate) -> LocalResult<ZoneOffset> {
        match local.and_hms_opt(0, 0, 0) {
            Some(midnight) => self.offset_from_local_datetime(&midnight),
            None => LocalResult::None,
        }
    }

    /// The offsets a wall-clock time can have: none in the hour skipped when the clocks go
    /// forward, two in the hour repeated when they go back.
    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> LocalResult<ZoneOffset> {
        use chrono::{Datelike, Timelike};
        let (Ok(month), Ok(day), Ok(hour), Ok(minute), Ok(second)) = (
            u8::try_from(local.month()),
            u8::try_from(local.day()),
            u8::try_from(local.hour()),
            u8::try_from(local.minute()),
            u8::try_from(local.second()),
        ) else {
            return LocalResult::None;
        };
        let mut found = [None; 2];
        let Ok(list) = tz::DateTime::find_n(
            &mut found,
            local.year(),
            month,
            day,
            hour,
            minute,
            second.min(59),
            local.nanosecond() % 1_000_000_000,
            tz::TimeZone::as_ref(&self.0),
        ) else {
            return LocalResult::None;
        };
        let offsets: Vec<FixedOffset> = list
            .data()
            .iter()
            .filter_map(|kind| match kind {
                Some(FoundDateTimeKind::Normal(at)) => {
                    FixedOffset::east_opt(at.local_time_type().ut_offset())
                }
                _ => None,
            })
            .collect();
        match offsets.as_slice() {
            [only] => LocalResult::Single(self.offset(*only)),
            [first, second] => {
                // Earlier instant first, as chrono's `Ambiguous` promises: the larger offset.
                let (early, late) = if first.local_minus_utc() >= second.local_minus_utc() {
                    (first, second)
                } else {
                    (second, first)
                };
                LocalResult::Ambiguous(self.offset(*early), self.offset(*late))
            }
            _ => LocalResult::None,
        }
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> ZoneOffset {
        let midnight = utc.and_hms_opt(0, 0, 0).expect("midnight exists");
        self.offset_from_utc_datetime(&midnight)
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> ZoneOffset {
        self.offset(self.offset_at(utc.and_utc().timestamp()))
    }
}
