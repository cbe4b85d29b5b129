//! What the shell holds for the life of the app.

use aftercare_core::{
    content::Content,
    data_dir::{DataDir, DATA_DIR_ENV},
};
use tauri::{AppHandle, Manager};

pub struct AppState {
    pub content: &'static Content,
    /// Resolved once at start; the store (a later layer) keeps its files here.
    #[allow(dead_code)]
    pub data_dir: DataDir,
}

impl AppState {
    /// Parses the embedded content and resolves the data directory, honouring
    /// `AFTERCARE_DATA_DIR` so that tests never touch a real person's data.
    pub fn start(app: &AppHandle) -> Result<Self, Box<dyn std::error::Error>> {
        let content = Content::embedded().map_err(|e| e.clone())?;
        let override_dir = std::env::var_os(DATA_DIR_ENV).map(Into::into);
        let data_dir = DataDir::resolve(override_dir, app.path().app_data_dir()?)?;
        Ok(AppState { content, data_dir })
    }
}
