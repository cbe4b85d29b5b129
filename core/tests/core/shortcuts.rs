//! Shortcuts to care from outside the app (issue 30 §2: the tray's menu, the app icon's
//! shortcuts): the first care of Home, in Home's order, under words that reveal nothing while
//! discretion is on; the person's own words only for a tile of their own they chose to show on
//! Home while locked, and never while discreet.

use aftercare_core::content::{ActionId, HomeLayout, Shortcut, SHORTCUTS};

use crate::support::*;

fn id(s: &str) -> ActionId {
    ActionId(s.into())
}

fn ids(care: &[Shortcut]) -> Vec<&str> {
    care.iter().map(|c| c.id.as_str()).collect()
}

#[test]
fn shortcuts_offer_the_first_care_of_home_in_the_persons_order() {
    let content = content();
    let layout = HomeLayout {
        tile_order: vec![id("rest"), id("blanket")],
        hidden_tiles: vec![id("water")],
        ..HomeLayout::default()
    };
    let order = content.shown_order(&layout, &[], &[]);
    let offered = content.shortcuts(&order, &[], false);
    assert_eq!(SHORTCUTS, 3, "a few, not the whole of Home");
    assert_eq!(
        ids(&offered),
        ["rest", "blanket", "snack"],
        "Home's order, the hidden left out"
    );
    let titles: Vec<&str> = offered.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(
        titles,
        ["Rest", "Blanket", "Snack"],
        "the tiles' own titles"
    );
}

#[test]
fn while_discreet_shortcuts_use_the_discreet_words_and_none_of_the_persons_own() {
    let content = content();
    let mine = id("own-0123456789abcdef");
    let hidden_from_lock = id("own-fedcba9876543210");
    let order = vec![
        mine.clone(),
        hidden_from_lock.clone(),
        id("cuddle"),
        id("water"),
    ];
    let locked_tiles = [(mine.clone(), "Tea in the garden".to_owned())];

    let discreet = content.shortcuts(&order, &locked_tiles, true);
    assert_eq!(
        ids(&discreet),
        ["cuddle", "water"],
        "no tile of one's own while discreet"
    );
    let cuddle = content.action("cuddle").unwrap();
    assert_eq!(discreet[0].label, cuddle.discreet);
    assert_ne!(discreet[0].label, cuddle.title);

    let open = content.shortcuts(&order, &locked_tiles, false);
    assert_eq!(
        ids(&open),
        [mine.as_str(), "cuddle", "water"],
        "a tile of one's own only when chosen to show while locked"
    );
    assert_eq!(open[0].label, "Tea in the garden");
}

#[test]
fn shortcuts_to_care_are_off_until_chosen_and_kept_encrypted() {
    let mut f = set_up();
    assert!(
        !f.vault.store().unwrap().care_shortcuts().unwrap(),
        "off by default"
    );
    f.vault
        .write(|store| store.set_care_shortcuts(true))
        .unwrap();
    f.vault.lock();
    f.vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    assert!(f.vault.store().unwrap().care_shortcuts().unwrap());
}
