//! Merging what was saved while locked, at unlock: every record opened, checked like a direct
//! write, merged once by its id; anything else kept aside and counted, never deleted.

use chrono::{DateTime, Utc};

use super::{inbox, trust::inbox_secret, Vault};
use crate::{content::Content, store::Store, Error};

/// What an unlock merged from the inbox.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct MergeReport {
    /// Records merged now.
    pub merged: usize,
    /// Records found already merged (a previous merge was interrupted).
    pub already_merged: usize,
    /// Records that could not be opened (damaged): kept aside, never deleted.
    pub unreadable: usize,
    /// Records that opened but fail the checks a direct write gets (an unknown id, a scale out
    /// of range, a time that cannot be right): kept aside, never merged.
    pub refused: usize,
    /// Files read while locked (the key slot's public key, the reminder schedule,
    /// `locked-tiles`) found changed since the app wrote them: nothing was taken from them,
    /// and they were written again from the database.
    pub altered_files: usize,
    /// What the pass of auto-delete after the merge removed (nothing unless the person chose
    /// auto-delete): the page says how many, once.
    pub auto_deleted: crate::store::Deleted,
}

impl Vault {
    /// Step 6 of an unlock (`unlock.rs`), once the database is open: what was saved while
    /// locked, merged into `store`.
    pub(super) fn merge_inbox(
        &self,
        store: &mut Store,
        now: DateTime<Utc>,
    ) -> Result<MergeReport, Error> {
        let inbox = self.inbox();
        let (files, legacy) = inbox.read()?;
        if files.is_empty() && legacy.is_none() {
            return Ok(MergeReport::default());
        }
        // Records sealed to any other key (one put in the key slot's place while locked) do
        // not open with it: they are kept aside and counted.
        let secret = inbox_secret(store)?;
        // Locked records are checked against the app's own content, as direct writes are.
        let content = Content::embedded().map_err(|e| Error::Content(e.clone()))?;
        let mut report = MergeReport::default();
        let mut records = Vec::new();
        let mut merged_files = Vec::new();
        let mut aside = Vec::new();
        for found in files {
            match inbox::open_record(&secret, &found.bytes) {
                None => {
                    report.unreadable += 1;
                    aside.push(found.path);
                }
                Some((id, entry)) => match entry.validate(content, now) {
                    Ok(()) => {
                        records.push((id, entry));
                        merged_files.push(found.path);
                    }
                    Err(_) => {
                        report.refused += 1;
                        aside.push(found.path);
                    }
                },
            }
        }
        if let Some(found) = legacy {
            let (entries, damaged) = inbox::legacy_records(&secret, &found.bytes);
            let mut keep = damaged;
            report.unreadable += usize::from(damaged);
            for (id, entry) in entries {
                if entry.validate(content, now).is_ok() {
                    records.push((id, entry));
                } else {
                    report.refused += 1;
                    keep = true;
                }
            }
            if keep {
                aside.push(found.path);
            } else {
                merged_files.push(found.path);
            }
        }
        // In time order, so taps join moments as they would have when unlocked.
        records.sort_by_key(|(_, entry)| entry.at());
        for (id, record) in &records {
            if store.merge_locked(id, record)?.is_some() {
                report.merged += 1;
            } else {
                report.already_merged += 1;
            }
        }
        inbox.remove(&merged_files)?;
        for path in aside {
            inbox.keep_aside(&path)?;
        }
        Ok(report)
    }
}
