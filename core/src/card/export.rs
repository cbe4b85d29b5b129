//! Saving the card's image where the person can share it: the one file the app writes outside
//! the vault on purpose. It is not encrypted (it is made to be shown) and it stays after a wipe;
//! the screen says both before the tap that saves it.

use std::{
    io::Write,
    path::{Path, PathBuf},
};

use chrono::NaiveDate;

use crate::Error;

/// How many names a day may take (`card-<date>.png`, then `-2` … `-99`) before saving asks
/// for some tidying instead.
const NAMES_PER_DAY: u32 = 99;

/// Writes `png` into `dir` (created if missing) as `card-<date>.png`, readable by its owner
/// only (on Unix), and returns its path. The name says nothing of the app or of what the
/// image shows; an existing file is never replaced: the next free name (`card-<date>-2.png`…)
/// is taken instead.
///
/// Errors with [`Error::Io`] when the folder or the file cannot be written, and when every
/// name of the day is taken.
pub fn save_card_image(dir: &Path, date: NaiveDate, png: &[u8]) -> Result<PathBuf, Error> {
    let io = |what| move |source| Error::Io { what, source };
    std::fs::create_dir_all(dir).map_err(io("export folder"))?;
    for n in 1..=NAMES_PER_DAY {
        let name = match n {
            1 => format!("card-{date}.png"),
            n => format!("card-{date}-{n}.png"),
        };
        let path = dir.join(name);
        let mut file = match create_new_private(&path) {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(io("card image")(e)),
        };
        if let Err(e) = file.write_all(png).and_then(|()| file.sync_all()) {
            let _ = std::fs::remove_file(&path);
            return Err(io("card image")(e));
        }
        return Ok(path);
    }
    Err(io("card image")(std::io::Error::new(
        std::io::ErrorKind::AlreadyExists,
        "every card image name for today is taken",
    )))
}

/// Creates a file that must not exist yet, with owner-only permissions from its first moment.
fn create_new_private(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}
