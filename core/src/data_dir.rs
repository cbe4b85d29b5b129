//! Where the app keeps its files.
//!
//! Resolved once at start. The environment variable [`DATA_DIR_ENV`] overrides the platform's
//! default so that every test, end-to-end ones included, runs against a temporary folder and
//! never touches a real person's data.

use std::path::{Path, PathBuf};

use crate::Error;

/// Names a folder to use instead of the platform's app-data folder.
pub const DATA_DIR_ENV: &str = "AFTERCARE_DATA_DIR";

/// The folder holding everything the app stores. It exists and, on Unix, only its owner can
/// enter it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir(PathBuf);

impl DataDir {
    /// Picks the override when one is given (and not empty), else the platform default, and
    /// creates the folder if needed.
    ///
    /// Errors with [`Error::DataDir`] when the folder cannot be created or its permissions set.
    pub fn resolve(
        override_dir: Option<PathBuf>,
        platform_default: PathBuf,
    ) -> Result<Self, Error> {
        let path = override_dir
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(platform_default);
        let fail = |source| Error::DataDir {
            path: path.clone(),
            source,
        };
        std::fs::create_dir_all(&path).map_err(fail)?;
        restrict_to_owner(&path).map_err(fail)?;
        Ok(DataDir(path))
    }

    /// The folder's path.
    pub fn path(&self) -> &Path {
        &self.0
    }
}

#[cfg(unix)]
fn restrict_to_owner(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o700))
}

#[cfg(not(unix))]
fn restrict_to_owner(_path: &Path) -> std::io::Result<()> {
    Ok(())
}
