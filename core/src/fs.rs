//! Small file helpers for the files kept beside the database: written whole or not at all, and
//! synced, so that a crash leaves either the old version or the new one.

use std::{fs::File, io::Write, path::Path};

/// Writes a file so that it is either the old or the new version, never half of each: a temp
/// file, synced, renamed over the old one, and the folder synced.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension("tmp");
    {
        let mut file = File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    sync_dir(path.parent().unwrap_or(Path::new(".")))
}

/// Makes a folder's entries (a new, renamed or removed file) durable.
pub(crate) fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Creates `<stem>-<date>.<ext>` in `dir` (the folder made if missing), or `-2`, `-3`… when
/// that name is taken: never over an existing file, owner-only from its first byte (on Unix).
pub(crate) fn create_unique(
    dir: &Path,
    stem: &str,
    date: chrono::NaiveDate,
    ext: &str,
) -> Result<(std::path::PathBuf, File), crate::Error> {
    const NAMES_PER_DAY: u32 = 99;
    std::fs::create_dir_all(dir).map_err(crate::Error::io("export folder"))?;
    for n in 1..=NAMES_PER_DAY {
        let name = match n {
            1 => format!("{stem}-{date}.{ext}"),
            n => format!("{stem}-{date}-{n}.{ext}"),
        };
        let path = dir.join(name);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&path) {
            Ok(file) => return Ok((path, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(crate::Error::io("export file")(e)),
        }
    }
    Err(crate::Error::io("export file")(std::io::Error::new(
        std::io::ErrorKind::AlreadyExists,
        "every name for today is taken",
    )))
}
