//! The private journal: write, read, edit, delete, list and search.

use aftercare_core::{
    api::journal,
    model::{JournalEntry, JournalId, MomentId},
};

use super::commands;

commands! {
    /// A new entry; `prompt` must be one of the app's prompts (a UI string key).
    fn journal_create(app, vault, given, body: String, prompt: Option<String>, moment: Option<MomentId>) -> JournalEntry {
        journal::create(vault, app.content, &body, prompt.as_deref(), moment, given.now.at)
    }

    fn journal_get(app, vault, given, id: JournalId) -> JournalEntry {
        journal::get(vault, id)
    }

    fn journal_edit(app, vault, given, id: JournalId, body: String) -> JournalEntry {
        journal::edit(vault, id, &body, given.now.at)
    }

    fn journal_delete(app, vault, given, id: JournalId) -> () {
        journal::delete(vault, id)
    }

    fn journal_list(app, vault, given, limit: u32, offset: u32) -> Vec<JournalEntry> {
        journal::list(vault, limit, offset)
    }

    fn journal_search(app, vault, given, query: String) -> Vec<JournalEntry> {
        journal::search(vault, &query)
    }
}
