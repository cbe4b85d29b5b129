//! A temporary home folder for the app: `HOME` and the XDG base folders point into it, so a
//! journey never writes into the real home, and can list what the app left there.

use std::path::{Path, PathBuf};

/// A fresh, empty home folder, removed when dropped.
pub struct TempHome(tempfile::TempDir);

impl TempHome {
    pub fn new() -> TempHome {
        TempHome(
            tempfile::Builder::new()
                .prefix("aftercare-home-")
                .tempdir()
                .expect("temporary home folder"),
        )
    }

    pub fn path(&self) -> &Path {
        self.0.path()
    }

    /// Every file and folder below the home, as paths relative to it, sorted.
    pub fn contents(&self) -> Vec<String> {
        contents(self.path())
    }
}

impl Default for TempHome {
    fn default() -> Self {
        TempHome::new()
    }
}

/// `HOME` and the XDG base folders for a home folder, at their usual places inside it. Set
/// explicitly, so that XDG variables of the machine running the tests cannot lead elsewhere.
/// The session's runtime folder (on a desktop `/run/user/<uid>`, where the app keeps its
/// one-copy socket) is `.run` inside it, made here, owner-only as a session's is.
pub fn env(home: &Path) -> Vec<(&'static str, PathBuf)> {
    use std::os::unix::fs::PermissionsExt;
    let runtime = home.join(RUNTIME_DIR);
    std::fs::create_dir_all(&runtime).expect("the session's runtime folder");
    std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700))
        .expect("the runtime folder is owner-only");
    vec![
        ("XDG_RUNTIME_DIR", runtime),
        ("HOME", home.to_path_buf()),
        ("XDG_DATA_HOME", home.join(".local/share")),
        ("XDG_CONFIG_HOME", home.join(".config")),
        ("XDG_CACHE_HOME", home.join(".cache")),
        ("XDG_STATE_HOME", home.join(".local/state")),
    ]
}

/// The session's runtime folder, inside the temporary home.
pub const RUNTIME_DIR: &str = ".run";

/// The app's default data folder inside a home folder: the platform's app-data folder, named
/// after the identifier in `tauri.conf.json`.
pub fn default_data_dir(home: &Path) -> PathBuf {
    home.join(".local/share").join(identifier())
}

/// The app's identifier, as `src-tauri/tauri.conf.json` declares it.
pub fn identifier() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src-tauri/tauri.conf.json");
    let config: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("tauri.conf.json"))
            .expect("tauri.conf.json is JSON");
    config["identifier"]
        .as_str()
        .expect("an identifier")
        .to_owned()
}

/// Every file and folder below `root`, relative to it, sorted; empty when `root` is missing.
pub fn contents(root: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("a folder entry").path();
            let relative = path.strip_prefix(root).unwrap().display().to_string();
            if path.is_dir() && !path.is_symlink() {
                found.push(format!("{relative}/"));
                pending.push(path);
            } else {
                found.push(relative);
            }
        }
    }
    found.sort();
    found
}
