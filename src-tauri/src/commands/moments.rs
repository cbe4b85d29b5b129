//! Moments: the history, the recent moment Home shows, ending and deleting one, the
//! "check on me tomorrow" offer, and the insights worked out from them all.

use aftercare_core::{
    api::moments,
    insights::Insights,
    model::{EndedMoment, MomentHistory, MomentId},
};

use super::commands;

commands! {
    /// Up to `limit` moments (at most a page), newest first, after `before`.
    fn history(app, vault, given, limit: u32, before: Option<MomentId>) -> Vec<MomentHistory> {
        moments::history(vault, limit, before)
    }

    /// "What helps me": the insights from the whole history, days in the device's time zone.
    fn insights(app, vault, given) -> Insights {
        moments::insights(vault, app.content, given.now)
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
}
