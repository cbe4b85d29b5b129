//! The private journal: write, read, edit, delete, list and search.

use aftercare_core::{
    api::journal,
    model::{JournalEntry, JournalId, MomentId},
};

use super::commands;

commands! {
    /// A new entry; `prompt` must be one of the app's prompts (a UI string key).
    fn create_journal_entry(app, vault, given, body: String, prompt: Option<String>, moment: Option<MomentId>) -> JournalEntry {
        journal::create(vault, app.content(), &body, prompt.as_deref(), moment, given.now.at)
    }

    fn journal_entry(app, vault, given, id: JournalId) -> JournalEntry {
        journal::get(vault, id)
    }

    fn edit_journal_entry(app, vault, given, id: JournalId, body: String) -> JournalEntry {
        journal::edit(vault, id, &body, given.now.at)
    }

    fn delete_journal_entry(app, vault, given, id: JournalId) -> () {
        journal::delete(vault, id)
    }

    fn journal_entries(app, vault, given, limit: u32, offset: u32) -> Vec<JournalEntry> {
        journal::list(vault, limit, offset)
    }

    fn journal_search(app, vault, given, query: String) -> Vec<JournalEntry> {
        journal::search(vault, &query)
    }
}
