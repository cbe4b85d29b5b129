//! The private journal: write, read, edit, delete, list and search.

use crate::{
    content::Content,
    model::{JournalEntry, JournalId, MomentId},
    vault::Vault,
    Error,
};

use super::MAX_PAGE;

/// A new entry; `prompt` must be one of the app's prompts (a UI string key).
///
/// Errors: [`Error::NotFound`] for any other prompt; as the store.
pub fn create(
    vault: &mut Vault,
    content: &Content,
    body: &str,
    prompt: Option<&str>,
    moment: Option<MomentId>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<JournalEntry, Error> {
    if let Some(prompt) = prompt {
        content
            .string(prompt)
            .ok_or(Error::NotFound { what: "prompt" })?;
    }
    vault.write(|store| store.create_journal_entry(body, prompt, moment, now))
}

pub fn get(vault: &Vault, id: JournalId) -> Result<JournalEntry, Error> {
    vault.store()?.journal_entry(id)
}

pub fn edit(
    vault: &mut Vault,
    id: JournalId,
    body: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<JournalEntry, Error> {
    vault.write(|store| store.edit_journal_entry(id, body, now))
}

pub fn delete(vault: &mut Vault, id: JournalId) -> Result<(), Error> {
    vault.write(|store| store.delete_journal_entry(id))
}

/// Up to `limit` entries (at most a page), newest first, after the first `offset`.
pub fn list(vault: &Vault, limit: u32, offset: u32) -> Result<Vec<JournalEntry>, Error> {
    vault.store()?.journal_entries(limit.min(MAX_PAGE), offset)
}

/// The entries matching `query`, at most a page.
pub fn search(vault: &Vault, query: &str) -> Result<Vec<JournalEntry>, Error> {
    vault.store()?.journal_search(query, MAX_PAGE)
}
