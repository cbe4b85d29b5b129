//! Moments: the history, the recent moment Home shows, ending and deleting one, the
//! "check on me tomorrow" offer, what they answered to a check-in sent to them, and the
//! insights worked out from them all.

use aftercare_core::{
    api::moments,
    insights::Insights,
    model::{CheckInId, EndedMoment, MomentHistory, MomentId, TheirAnswer},
};

use super::commands;

commands! {
    /// Up to `limit` moments (at most a page), newest first, after `before`.
    fn history(app, vault, given, limit: u32, before: Option<MomentId>) -> Vec<MomentHistory> {
        moments::history(vault, limit, before)
    }

    /// "What helps me": the insights from the whole history, days in the device's time zone.
    fn insights(app, vault, given) -> Insights {
        moments::insights(vault, app.content(), &given.now)
    }

    /// The moment Home shows: the latest, if still within the moment window.
    fn recent_moment(app, vault, given) -> Option<MomentHistory> {
        moments::recent_moment(vault, given.now.at)
    }

    /// "End this moment", and whether to offer "check on me tomorrow" now.
    fn end_moment(app, vault, given, id: MomentId) -> EndedMoment {
        moments::end_moment(vault, id, given.now.at)
    }

    fn delete_moment(app, vault, given, id: MomentId) -> () {
        moments::delete_moment(vault, id)
    }

    /// Whether to offer "check on me tomorrow" now (after a check-in, say).
    fn check_tomorrow_offer(app, vault, given) -> bool {
        moments::check_tomorrow_offer(vault, given.now.at)
    }

    /// "Not now" to "check on me tomorrow", for the recent moment.
    fn decline_check_tomorrow(app, vault, given) -> () {
        moments::decline_check_tomorrow(vault, given.now.at)
    }

    /// The moment "Send them a check-in" is about: the one asked for, or else the one a "since
    /// then" check-in looks back on; none before any moment.
    fn check_in_moment(app, vault, given, id: Option<MomentId>) -> Option<MomentHistory> {
        moments::check_in_moment(vault, id, given.now.at)
    }

    /// Notes what they answered to a check-in sent to them, on the moment it was about.
    fn note_their_answer(app, vault, given, moment: MomentId, answer: TheirAnswer) -> CheckInId {
        moments::note_their_answer(vault, app.content(), moment, &answer, given.now.at)
    }
}
