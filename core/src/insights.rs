//! What helps me: insights from a person's own history, as pure functions of the records.
//!
//! Honest about small numbers (below [`ENOUGH`] on either side it says so instead of comparing),
//! and never more than "goes with": a comparison of averages, not a cause. No counts as goals,
//! no streaks, no scores.

use std::collections::BTreeSet;

use crate::zone::Zone;
use chrono::{Duration, NaiveDate};
use serde::Serialize;

use crate::{
    content::{ActionId, Content, Measure, Occasion, OptionId, THEY_SAID_QUESTION},
    model::{CheckIn, MomentHistory},
};

/// How many moments each side of a comparison needs (and how many check-ins a span of the
/// days after) before the app compares at all.
pub const ENOUGH: usize = 3;

/// A difference in average (on the 1–5 scales) below this is "about the same".
pub const SAME_WITHIN: f32 = 0.3;

/// The measures that say how a person feels; desire is not "better" or "worse".
const WELLBEING: [Measure; 3] = [Measure::Body, Measure::Feelings, Measure::Mind];

/// The averages of the four scales over some moments or check-ins, each over those that
/// answered it; `count` is how many moments (or check-ins) answered at least one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Means {
    pub body: Option<f32>,
    pub feelings: Option<f32>,
    pub mind: Option<f32>,
    pub desire: Option<f32>,
    pub count: usize,
}

impl Means {
    pub fn get(&self, measure: Measure) -> Option<f32> {
        match measure {
            Measure::Body => self.body,
            Measure::Feelings => self.feelings,
            Measure::Mind => self.mind,
            Measure::Desire => self.desire,
        }
    }
}

/// Sums on the way to [`Means`].
#[derive(Debug, Clone, Copy, Default)]
struct Sums {
    total: [f32; 4],
    answered: [u32; 4],
    count: usize,
}

impl Sums {
    /// Adds one moment's (or check-in's) values: `None` where it was skipped.
    fn add(&mut self, values: [Option<f32>; 4]) {
        if values.iter().all(Option::is_none) {
            return;
        }
        self.count += 1;
        for (i, value) in values.into_iter().enumerate() {
            if let Some(value) = value {
                self.total[i] += value;
                self.answered[i] += 1;
            }
        }
    }

    fn means(&self) -> Means {
        let mean =
            |i: usize| (self.answered[i] > 0).then(|| self.total[i] / self.answered[i] as f32);
        Means {
            body: mean(0),
            feelings: mean(1),
            mind: mean(2),
            desire: mean(3),
            count: self.count,
        }
    }
}

/// How a care action's moments compare with the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Lean {
    /// Check-ins after moments with it tend to be a little better.
    Better,
    /// About the same either way.
    Same,
    /// A little lower with it.
    Lower,
    /// Too few moments on one side to say anything.
    NotEnough,
}

/// One care action: the check-ins after moments that included it, and after those that didn't.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CareInsight {
    pub action: ActionId,
    /// Right-after check-ins, one value per moment (its check-ins averaged).
    pub with: Means,
    pub without: Means,
    /// "Since then" check-ins, a day or more later, likewise.
    pub since_with: Means,
    pub since_without: Means,
    /// The average difference over body, feelings and mind (with minus without), when there
    /// are enough moments on both sides.
    pub difference: Option<f32>,
    pub lean: Lean,
}

/// A span of time after a moment ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Span {
    /// Within 12 hours.
    RightAfter,
    /// 12 to 36 hours: the next day.
    NextDay,
    /// 36 to 60 hours.
    DayTwo,
    /// 60 to 84 hours.
    DayThree,
    /// Later than that.
    Later,
}

impl Span {
    pub const ALL: [Span; 5] = [
        Span::RightAfter,
        Span::NextDay,
        Span::DayTwo,
        Span::DayThree,
        Span::Later,
    ];

    /// The span a check-in `after` a moment's end falls in (a check-in during the moment is
    /// right after).
    pub fn of(after: Duration) -> Span {
        match after.num_minutes() {
            m if m < 12 * 60 => Span::RightAfter,
            m if m < 36 * 60 => Span::NextDay,
            m if m < 60 * 60 => Span::DayTwo,
            m if m < 84 * 60 => Span::DayThree,
            _ => Span::Later,
        }
    }
}

/// The check-ins in one span after moments, averaged.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DaysAfter {
    pub span: Span,
    pub means: Means,
    pub enough: bool,
}

/// Everything the insights screen shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Insights {
    /// How many moments there are in all.
    pub moments: usize,
    /// One entry per care action, in the content's order, then one per other care taken (a
    /// tile of one's own), in the order first taken.
    pub care: Vec<CareInsight>,
    /// One entry per [`Span`], in order.
    pub days_after: Vec<DaysAfter>,
    /// The local days that had a moment, oldest first (a calendar marks them; nothing counts
    /// them up).
    pub calendar: Vec<NaiveDate>,
    /// What they said when the person checked on them ("They said they're okay"): how often
    /// each answer was noted, in the content's order, those never noted left out.
    pub their_answers: Vec<TheirAnswers>,
}

/// One answer they gave to a check-in sent to them, and how many times it was noted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TheirAnswers {
    pub answer: OptionId,
    pub times: usize,
}

/// How often each answer of [`THEY_SAID_QUESTION`] was noted, in the content's order.
fn their_answers(history: &[MomentHistory], content: &Content) -> Vec<TheirAnswers> {
    let noted: Vec<&OptionId> = history
        .iter()
        .flat_map(|m| &m.check_ins)
        .flat_map(|c| &c.content.answers)
        .filter(|a| a.question.as_str() == THEY_SAID_QUESTION)
        .flat_map(|a| &a.options)
        .collect();
    content
        .question(THEY_SAID_QUESTION)
        .map(|q| q.options.as_slice())
        .unwrap_or_default()
        .iter()
        .map(|option| TheirAnswers {
            answer: option.id.clone(),
            times: noted.iter().filter(|n| ***n == option.id).count(),
        })
        .filter(|a| a.times > 0)
        .collect()
}

/// Works out the insights from the whole history (any order), with days in `tz`.
pub fn insights(history: &[MomentHistory], content: &Content, tz: &Zone) -> Insights {
    // The content's care, then any other care the history holds (tiles of one's own, even
    // removed ones), in the order first taken.
    let mut ids: Vec<&ActionId> = content.actions.iter().map(|a| &a.id).collect();
    let mut taken: Vec<&MomentHistory> = history.iter().collect();
    taken.sort_by_key(|m| m.moment.started_at);
    for moment in taken {
        for care in &moment.care {
            if !ids.contains(&&care.action) {
                ids.push(&care.action);
            }
        }
    }
    let care = ids
        .into_iter()
        .map(|id| care_insight(history, id))
        .collect();
    let mut spans = [Sums::default(); 5];
    for moment in history {
        let end = moment.moment.end();
        for check_in in &moment.check_ins {
            let span = Span::of(check_in.at - end);
            spans[span as usize].add(values(std::slice::from_ref(check_in)));
        }
    }
    let days_after = Span::ALL
        .iter()
        .map(|&span| {
            let means = spans[span as usize].means();
            DaysAfter {
                span,
                means,
                enough: means.count >= ENOUGH,
            }
        })
        .collect();
    let calendar: BTreeSet<NaiveDate> = history
        .iter()
        .map(|m| m.moment.started_at.with_timezone(tz).date_naive())
        .collect();
    Insights {
        moments: history.len(),
        care,
        days_after,
        calendar: calendar.into_iter().collect(),
        their_answers: their_answers(history, content),
    }
}

fn care_insight(history: &[MomentHistory], action: &ActionId) -> CareInsight {
    let (mut with, mut without) = (Sums::default(), Sums::default());
    let (mut since_with, mut since_without) = (Sums::default(), Sums::default());
    for moment in history {
        let included = moment.care.iter().any(|a| &a.action == action);
        let of = |occasion: Occasion| -> Vec<CheckIn> {
            moment
                .check_ins
                .iter()
                .filter(|c| c.content.occasion == occasion)
                .cloned()
                .collect()
        };
        let (after, since) = (of(Occasion::RightAfter), of(Occasion::SinceThen));
        let (a, s) = if included {
            (&mut with, &mut since_with)
        } else {
            (&mut without, &mut since_without)
        };
        a.add(values(&after));
        s.add(values(&since));
    }
    let (with, without) = (with.means(), without.means());
    let enough = with.count >= ENOUGH && without.count >= ENOUGH;
    let difference = enough.then(|| {
        let diffs: Vec<f32> = WELLBEING
            .iter()
            .filter_map(|&m| Some(with.get(m)? - without.get(m)?))
            .collect();
        (!diffs.is_empty()).then(|| diffs.iter().sum::<f32>() / diffs.len() as f32)
    });
    let difference = difference.flatten();
    let lean = match difference {
        None => Lean::NotEnough,
        Some(d) if d >= SAME_WITHIN => Lean::Better,
        Some(d) if d <= -SAME_WITHIN => Lean::Lower,
        Some(_) => Lean::Same,
    };
    CareInsight {
        action: action.clone(),
        with,
        without,
        since_with: since_with.means(),
        since_without: since_without.means(),
        difference,
        lean,
    }
}

/// The scales of some check-ins, each measure averaged over those that answered it.
fn values(check_ins: &[CheckIn]) -> [Option<f32>; 4] {
    let mut out = [None; 4];
    for (i, measure) in Measure::ALL.iter().enumerate() {
        let answered: Vec<f32> = check_ins
            .iter()
            .filter_map(|c| c.content.scales.get(*measure))
            .map(f32::from)
            .collect();
        if !answered.is_empty() {
            out[i] = Some(answered.iter().sum::<f32>() / answered.len() as f32);
        }
    }
    out
}
