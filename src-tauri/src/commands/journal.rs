//! The private journal: write, read, edit, delete, list and search.

use aftercare_core::{
    model::{JournalEntry, JournalId, MomentId},
    Error,
};

use super::{commands, MAX_PAGE};

commands! {
    /// A new entry; `prompt` must be one of the app's prompts (a UI string key).
    fn journal_create(
        state,
        now,
        body: String,
        prompt: Option<String>,
        moment: Option<MomentId>,
    ) -> JournalEntry {
        if let Some(prompt) = &prompt {
            state
                .content()
                .string(prompt)
                .ok_or(Error::NotFound { what: "prompt" })?;
        }
        Ok(state
            .vault()?
            .store()?
            .journal_create(&body, prompt.as_deref(), moment, now)?)
    }

    fn journal_get(state, _now, id: JournalId) -> JournalEntry {
        Ok(state.vault()?.store()?.journal_get(id)?)
    }

    fn journal_edit(state, now, id: JournalId, body: String) -> JournalEntry {
        Ok(state.vault()?.store()?.journal_edit(id, &body, now)?)
    }

    fn journal_delete(state, _now, id: JournalId) -> () {
        Ok(state.vault()?.store()?.journal_delete(id)?)
    }

    fn journal_list(state, _now, limit: u32, offset: u32) -> Vec<JournalEntry> {
        Ok(state
            .vault()?
            .store()?
            .journal_list(limit.min(MAX_PAGE), offset)?)
    }

    fn journal_search(state, _now, query: String) -> Vec<JournalEntry> {
        Ok(state.vault()?.store()?.journal_search(&query, MAX_PAGE)?)
    }
}
