//! The shell's one clock, one random generator and the device's time zone. The core never reads
//! any of them itself.

use std::path::Path;

use aftercare_core::zone::Zone;
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

/// The device's time zone, for reminders at local times; UTC if it cannot be read. Read at each
/// call, so a person who travels has reminders in the zone they are in.
///
/// Linux, macOS and iOS: the TZif file the zone's name gives in the system's zone folder, else
/// the file that is the device's zone (`/etc/localtime`). Android: the zone's TZif data from the
/// system's own zone file (`tzdata`). Windows keeps no TZif files: the device's present offset
/// from UTC, without its clock changes.
pub fn time_zone() -> Zone {
    or_utc(device_zone(iana_time_zone::get_timezone().ok().as_deref()))
}

fn or_utc(zone: Option<Zone>) -> Zone {
    zone.unwrap_or_else(Zone::utc)
}

/// Where Linux, macOS and iOS keep a zone's TZif file by its name.
#[cfg(all(unix, not(target_os = "android")))]
const ZONEINFO: &str = "/usr/share/zoneinfo";

/// The file that is the device's own zone on Linux, macOS and iOS (a link into `ZONEINFO`).
#[cfg(all(unix, not(target_os = "android")))]
const LOCALTIME: &str = "/etc/localtime";

#[cfg(all(unix, not(target_os = "android")))]
fn device_zone(name: Option<&str>) -> Option<Zone> {
    zone_from_files(name, Path::new(ZONEINFO), Path::new(LOCALTIME))
}

#[cfg(target_os = "android")]
fn device_zone(name: Option<&str>) -> Option<Zone> {
    let data = android_tzdata::find_tz_data(name.filter(|n| is_zone_name(n))?).ok()?;
    Zone::from_tzif(&data).ok()
}

#[cfg(windows)]
#[allow(
    clippy::disallowed_methods,
    reason = "the one place the app reads the clock: Windows says its zone's offset only for a time"
)]
fn device_zone(_name: Option<&str>) -> Option<Zone> {
    Zone::fixed(chrono::Local::now().offset().local_minus_utc()).ok()
}

#[cfg(not(any(unix, windows)))]
fn device_zone(_name: Option<&str>) -> Option<Zone> {
    None
}

/// A zone's TZif file is a few kilobytes; more is not one (a link to a device, say).
const MOST_TZIF_BYTES: u64 = 256 * 1024;

/// The zone in `zoneinfo/<name>`, or else in the file `localtime`: the first of them that is
/// there and reads as TZif data.
#[cfg_attr(any(target_os = "android", not(unix)), allow(dead_code))]
fn zone_from_files(name: Option<&str>, zoneinfo: &Path, localtime: &Path) -> Option<Zone> {
    let named = name.filter(|n| is_zone_name(n)).map(|n| zoneinfo.join(n));
    named
        .into_iter()
        .chain([localtime.to_path_buf()])
        .find_map(|path| {
            let mut data = Vec::new();
            let file = std::fs::File::open(path).ok()?;
            std::io::Read::read_to_end(&mut std::io::Read::take(file, MOST_TZIF_BYTES), &mut data)
                .ok()?;
            Zone::from_tzif(&data).ok()
        })
}

/// Whether `name` is a zone's name (`Europe/Berlin`, `Etc/GMT+3`): a path of plain parts inside
/// the zone folder, never out of it.
#[cfg_attr(not(unix), allow(dead_code))]
fn is_zone_name(name: &str) -> bool {
    !name.is_empty()
        && name.split('/').all(|part| {
            !part.is_empty()
                && part != "."
                && part != ".."
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+' | '.'))
        })
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use chrono::{TimeZone, Timelike, Utc};

    use super::*;

    /// The repository's TZif fixtures, laid out as a system's zone folder: never the machine's.
    fn zoneinfo() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/zones")
    }

    /// The hour on the clock at noon UTC on 1 July 2026 in `zone`.
    fn summer_hour(zone: &Zone) -> u32 {
        let noon = Utc.with_ymd_and_hms(2026, 7, 1, 12, 0, 0).unwrap();
        noon.with_timezone(zone).hour()
    }

    #[test]
    fn the_device_zone_is_read_from_the_file_its_name_gives() {
        let nowhere = zoneinfo().join("no-localtime");
        let zone = zone_from_files(Some("Europe/Berlin"), &zoneinfo(), &nowhere);
        assert_eq!(
            zone.as_ref().map(summer_hour),
            Some(14),
            "Berlin in summer: UTC+2"
        );
    }

    #[test]
    fn without_a_name_the_device_zone_is_the_localtime_file() {
        let localtime = zoneinfo().join("Europe/London");
        for name in [None, Some("Atlantis/Nowhere")] {
            let zone = zone_from_files(name, &zoneinfo(), &localtime);
            assert_eq!(
                zone.as_ref().map(summer_hour),
                Some(13),
                "London in summer: UTC+1"
            );
        }
    }

    #[test]
    fn a_zone_that_cannot_be_read_is_none_and_the_app_takes_utc() {
        let nowhere = zoneinfo().join("no-localtime");
        assert_eq!(zone_from_files(None, &zoneinfo(), &nowhere), None);
        assert_eq!(
            zone_from_files(Some("Atlantis/Nowhere"), &zoneinfo(), &nowhere),
            None
        );
        assert_eq!(summer_hour(&or_utc(None)), 12);
    }

    #[test]
    fn a_damaged_zone_file_gives_utc_without_a_panic() {
        let folder = tempfile::tempdir().unwrap();
        let cut = std::fs::read(zoneinfo().join("Europe/Berlin")).unwrap();
        std::fs::create_dir(folder.path().join("Europe")).unwrap();
        std::fs::write(folder.path().join("Europe/Berlin"), &cut[..cut.len() / 2]).unwrap();
        let localtime = folder.path().join("localtime");
        std::fs::write(&localtime, b"TZif2 and then nothing").unwrap();
        let zone = zone_from_files(Some("Europe/Berlin"), folder.path(), &localtime);
        assert_eq!(zone, None);
        assert_eq!(summer_hour(&or_utc(zone)), 12);
    }

    #[test]
    fn a_zone_name_that_leaves_the_zone_folder_is_not_read() {
        let nowhere = zoneinfo().join("no-localtime");
        let inside = zoneinfo().join("Europe");
        for name in [
            "../Europe/London",
            "/etc/localtime",
            "Europe/../Europe/London",
            "",
            ".",
        ] {
            assert_eq!(
                zone_from_files(Some(name), &inside, &nowhere),
                None,
                "{name:?}"
            );
        }
    }
}
