//! Home's care tiles, in the order the person arranged them, and the ids of the tiles a person
//! made of their own (`own-` and 16 hex digits: no id in the content may start with `own-`).

use serde::{Deserialize, Serialize};

use super::{Action, ActionId, Content, Who};

/// How many shortcuts to care the app offers outside itself (the tray's menu on a desktop,
/// the app's icon on a phone): a few, not the whole of Home.
pub const SHORTCUTS: usize = 3;

/// How every id of a tile of one's own starts; the content's ids never do (checked when the
/// content loads), so the two cannot clash.
pub const OWN_TILE_PREFIX: &str = "own-";

impl ActionId {
    /// The id of a new tile of one's own, from 8 random bytes.
    pub fn own(random: [u8; 8]) -> ActionId {
        let hex: String = random.iter().map(|b| format!("{b:02x}")).collect();
        ActionId(format!("{OWN_TILE_PREFIX}{hex}"))
    }

    /// Whether this is the id of a tile of one's own, by its shape (`own-` and 16 lowercase hex
    /// digits); whether that tile still exists is the store's to say.
    pub fn is_own(&self) -> bool {
        self.0.strip_prefix(OWN_TILE_PREFIX).is_some_and(|hex| {
            hex.len() == 16
                && hex
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        })
    }
}

/// How the person arranged Home: their order, the tiles they hid, and whether care for on
/// their own or the care they use most leads. Ids the content no longer has are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HomeLayout {
    #[serde(default)]
    pub tile_order: Vec<ActionId>,
    #[serde(default)]
    pub hidden_tiles: Vec<ActionId>,
    #[serde(default)]
    pub solo_first: bool,
    #[serde(default)]
    pub most_used_first: bool,
}

/// A shortcut: one care offered outside the app (the tray's menu, the app icon's shortcuts),
/// what choosing it records, and the words it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shortcut {
    pub id: ActionId,
    pub label: String,
}

impl Content {
    /// The quick action with this id, if there is one.
    pub fn action(&self, id: &str) -> Option<&Action> {
        self.actions.iter().find(|a| a.id.as_str() == id)
    }

    /// The care tiles Home shows, in order: the person's own order (tiles not in it follow in
    /// the content's order), then, for someone who usually checks in on their own
    /// (`solo_first`), care for yourself first, then care to share, then care given to someone
    /// else; with `most_used_first`, the tiles tapped most lead (`taps`: how often each was tapped).
    /// Each sort keeps the order before it among equals. Hidden tiles are left out.
    pub fn home_tiles(&self, layout: &HomeLayout, care_counts: &[(ActionId, u32)]) -> Vec<&Action> {
        self.shown_order(layout, care_counts, &[])
            .iter()
            .filter_map(|id| self.action(id.as_str()))
            .collect()
    }

    /// [`Content::home_tiles`] by id, with the person's own tiles (`own`, in the order they
    /// were made) among them: where the person's order puts them, else after the content's
    /// tiles. With `solo_first` they count as care for yourself: the person made them.
    pub fn shown_order(
        &self,
        layout: &HomeLayout,
        care_counts: &[(ActionId, u32)],
        own: &[ActionId],
    ) -> Vec<ActionId> {
        let rank = |who: Who| match who {
            Who::Me => 0,
            Who::Together => 1,
            Who::Partner => 2,
        };
        let mut tiles: Vec<(&ActionId, u8)> = self
            .actions
            .iter()
            .map(|a| (&a.id, rank(a.who)))
            .chain(own.iter().map(|id| (id, 0)))
            .filter(|(id, _)| !layout.hidden_tiles.contains(id))
            .collect();
        tiles.sort_by_key(|(id, _)| {
            layout
                .tile_order
                .iter()
                .position(|o| o == *id)
                .unwrap_or(usize::MAX)
        });
        if layout.solo_first {
            tiles.sort_by_key(|(_, rank)| *rank);
        }
        if layout.most_used_first {
            let count = |id: &ActionId| {
                care_counts
                    .iter()
                    .find(|(tapped, _)| tapped == id)
                    .map_or(0, |(_, n)| *n)
            };
            tiles.sort_by_key(|(id, _)| std::cmp::Reverse(count(id)));
        }
        tiles.into_iter().map(|(id, _)| id.clone()).collect()
    }

    /// The shortcuts to care: the first [`SHORTCUTS`] of Home's tiles (`shown_order`,
    /// as [`Content::shown_order`] gives it). While `discreet`, each under its discreet word,
    /// and no tile of one's own (its title is the person's words, which nothing can make
    /// discreet). Otherwise each under its title, and a tile of one's own only when it is among
    /// `locked_tiles` (id and title of the tiles the person chose to show on Home while locked).
    pub fn shortcuts(
        &self,
        shown_order: &[ActionId],
        locked_tiles: &[(ActionId, String)],
        discreet: bool,
    ) -> Vec<Shortcut> {
        let label = |id: &ActionId| -> Option<String> {
            if let Some(action) = self.action(id.as_str()) {
                return Some(if discreet {
                    action.discreet.clone()
                } else {
                    action.title.clone()
                });
            }
            let (_, title) = locked_tiles.iter().find(|(own, _)| own == id)?;
            (!discreet).then(|| title.clone())
        };
        shown_order
            .iter()
            .filter_map(|id| {
                Some(Shortcut {
                    id: id.clone(),
                    label: label(id)?,
                })
            })
            .take(SHORTCUTS)
            .collect()
    }
}
