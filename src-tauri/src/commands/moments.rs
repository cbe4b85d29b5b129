//! Moments: the history, the recent moment Home shows, ending and deleting one, the
//! "check on me tomorrow" offer, what they answered to a check-in sent to them, and the
//! insights worked out from them all.

use aftercare_core::{
    insights::Insights,
    model::{CheckInId, EndedMoment, MomentHistory, MomentId, TheirAnswer},
    vault::VaultStatus,
};

use super::{commands, MAX_PAGE};

commands! {
    /// Up to `limit` moments (at most a page), newest first, after `before`.
    fn history(state, _now, limit: u32, before: Option<MomentId>) -> Vec<MomentHistory> {
        Ok(state.vault()?.store()?.history(limit.min(MAX_PAGE), before)?)
    }

    /// "What helps me": the insights from the whole history (unlocked only), with days in the
    /// device's time zone.
    fn insights(state, _now) -> Insights {
        let history = state.vault()?.store()?.history_all()?;
        Ok(aftercare_core::insights::insights(
            &history,
            state.content,
            crate::clock::time_zone(),
        ))
    }

    /// The moment Home shows: the latest, if still within the moment window.
    fn recent_moment(state, now) -> Option<MomentHistory> {
        Ok(state.vault()?.store()?.recent_moment_history(now)?)
    }

    /// "End this moment", and whether to offer "check on me tomorrow" now.
    fn end_moment(state, now, id: MomentId) -> EndedMoment {
        Ok(state.vault()?.store()?.end_moment(id, now)?)
    }

    fn delete_moment(state, _now, id: MomentId) -> () {
        Ok(state.vault()?.store()?.delete_moment(id)?)
    }

    /// Whether to offer "check on me tomorrow" now (after a check-in, say). Locked: no.
    fn check_tomorrow_offer(state, now) -> bool {
        let mut vault = state.vault()?;
        if vault.status() != VaultStatus::Unlocked {
            return Ok(false);
        }
        Ok(vault.store()?.offers_check_tomorrow(now)?)
    }

    /// "Not now" to "check on me tomorrow", for the recent moment.
    fn decline_check_tomorrow(state, now) -> () {
        Ok(state.vault()?.store()?.decline_check_tomorrow(now)?)
    }

    /// The moment "Send them a check-in" is about: the one asked for, or else the one a "since
    /// then" check-in looks back on; none before any moment.
    fn check_in_moment(state, now, id: Option<MomentId>) -> Option<MomentHistory> {
        let mut vault = state.vault()?;
        let store = vault.store()?;
        Ok(match id {
            Some(id) => Some(store.moment(id)?),
            None => store.moment_looked_back_on(now)?,
        })
    }

    /// Notes what they answered to a check-in sent to them, on the moment it was about.
    fn note_their_answer(state, now, moment: MomentId, answer: TheirAnswer) -> CheckInId {
        let check_in = answer.to_check_in(state.content)?;
        Ok(state.vault()?.store()?.note_their_answer(moment, &check_in, now)?)
    }
}
