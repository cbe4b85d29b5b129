//! Moments: the history, the recent moment Home shows, ending and deleting one, the "check on
//! me tomorrow" offer, what they answered to a check-in sent to them, and the insights worked
//! out from them all.

use crate::{
    content::Content,
    insights::Insights,
    model::{CheckInId, EndedMoment, MomentHistory, MomentId, TheirAnswer},
    vault::{Vault, VaultStatus},
    Error,
};

use super::{Now, MAX_PAGE};

/// Up to `limit` moments (at most a page), newest first, after `before`.
pub fn history(
    vault: &Vault,
    limit: u32,
    before: Option<MomentId>,
) -> Result<Vec<MomentHistory>, Error> {
    vault.store()?.history(limit.min(MAX_PAGE), before)
}

/// "What helps me": the insights from the whole history (unlocked only), with days in the
/// device's time zone.
pub fn insights(vault: &Vault, content: &Content, now: &Now) -> Result<Insights, Error> {
    let history = vault.store()?.history_all()?;
    Ok(crate::insights::insights(&history, content, &now.zone))
}

/// The moment Home shows: the latest, if still within the moment window.
pub fn recent_moment(
    vault: &Vault,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Option<MomentHistory>, Error> {
    vault.store()?.recent_moment_history(now)
}

/// "End this moment", and whether to offer "check on me tomorrow" now.
pub fn end_moment(
    vault: &mut Vault,
    id: MomentId,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<EndedMoment, Error> {
    vault.write(|store| store.end_moment(id, now))
}

pub fn delete_moment(vault: &mut Vault, id: MomentId) -> Result<(), Error> {
    vault.write(|store| store.delete_moment(id))
}

/// Whether to offer "check on me tomorrow" now (after a check-in, say). Locked: no.
pub fn check_tomorrow_offer(
    vault: &Vault,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<bool, Error> {
    if vault.status() != VaultStatus::Unlocked {
        return Ok(false);
    }
    vault.store()?.offers_check_tomorrow(now)
}

/// "Not now" to "check on me tomorrow", for the recent moment.
pub fn decline_check_tomorrow(
    vault: &mut Vault,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), Error> {
    vault.write(|store| store.decline_check_tomorrow(now))
}

/// The moment "Send them a check-in" is about: the one asked for, or else the one a "since
/// then" check-in looks back on; none before any moment.
pub fn check_in_moment(
    vault: &Vault,
    id: Option<MomentId>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Option<MomentHistory>, Error> {
    let store = vault.store()?;
    Ok(match id {
        Some(id) => Some(store.moment(id)?),
        None => store.moment_looked_back_on(now)?,
    })
}

/// Notes what they answered to a check-in sent to them, on the moment it was about.
pub fn note_their_answer(
    vault: &mut Vault,
    content: &Content,
    moment: MomentId,
    answer: &TheirAnswer,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<CheckInId, Error> {
    let check_in = answer.to_check_in(content)?;
    vault.write(|store| store.note_their_answer(moment, &check_in, now))
}
