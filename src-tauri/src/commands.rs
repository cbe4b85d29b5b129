//! Thin commands: decode the arguments, call the core, map the error. No SQL, crypto or
//! business rules here.

use aftercare_core::content::Content;
use tauri::State;

use crate::{error::CommandError, state::AppState};

/// Everything the app says: actions, questions, guide pages and the UI's strings.
#[tauri::command(async)]
pub fn content(state: State<'_, AppState>) -> Result<&'static Content, CommandError> {
    Ok(state.content)
}
