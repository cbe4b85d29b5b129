//! Home's care tiles, in the order the person arranged them.

use serde::{Deserialize, Serialize};

use super::{Action, ActionId, Content, Who};

/// How the person arranged Home: their order, the tiles they hid, and whether care for on
/// their own or the care they use most leads. Ids the content no longer has are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HomeLayout {
    #[serde(default)]
    pub order: Vec<ActionId>,
    #[serde(default)]
    pub hidden: Vec<ActionId>,
    #[serde(default)]
    pub solo_first: bool,
    #[serde(default)]
    pub most_used: bool,
}

impl Content {
    /// The care tiles Home shows, in order: the person's own order (tiles not in it follow in
    /// the content's order), then, for someone who usually checks in on their own
    /// (`solo_first`), care for yourself first, then care to share, then care given to someone
    /// else; with `most_used`, the tiles tapped most lead (`taps`: how often each was tapped).
    /// Each sort keeps the order before it among equals. Hidden tiles are left out.
    pub fn home_tiles(&self, layout: &HomeLayout, taps: &[(ActionId, u32)]) -> Vec<&Action> {
        let position = |a: &Action| {
            layout
                .order
                .iter()
                .position(|id| *id == a.id)
                .unwrap_or(usize::MAX)
        };
        let mut tiles: Vec<&Action> = self
            .actions
            .iter()
            .filter(|a| !layout.hidden.contains(&a.id))
            .collect();
        tiles.sort_by_key(|a| position(a));
        if layout.solo_first {
            tiles.sort_by_key(|a| match a.who {
                Who::Me => 0,
                Who::Together => 1,
                Who::Partner => 2,
            });
        }
        if layout.most_used {
            let count = |a: &Action| {
                taps.iter()
                    .find(|(id, _)| *id == a.id)
                    .map_or(0, |(_, n)| *n)
            };
            tiles.sort_by_key(|a| std::cmp::Reverse(count(a)));
        }
        tiles
    }
}
