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
