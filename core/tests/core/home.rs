//! Home fits the person (issues 13 §5 and 18 §2): their own order, hidden tiles, care for on
//! their own first, and the care they use most leading; each a setting, off until chosen.

use aftercare_core::content::{ActionId, HomeLayout, Who};

use crate::support::*;

fn ids(tiles: &[&aftercare_core::content::Action]) -> Vec<String> {
    tiles.iter().map(|a| a.id.as_str().to_owned()).collect()
}

fn id(s: &str) -> ActionId {
    ActionId(s.into())
}

#[test]
fn solo_first_puts_care_for_yourself_first_and_keeps_every_tile() {
    let content = content();
    let usual = ids(&content.home_tiles(&HomeLayout::default(), &[]));
    let listed: Vec<String> = content.actions.iter().map(|a| a.id.0.clone()).collect();
    assert_eq!(usual, listed, "as the content lists them, by default");

    let layout = HomeLayout {
        solo_first: true,
        ..HomeLayout::default()
    };
    let solo = content.home_tiles(&layout, &[]);
    let mine = content.actions.iter().filter(|a| a.who == Who::Me).count();
    assert!(mine >= 3, "enough care for on your own to lead with");
    assert!(solo[..mine].iter().all(|a| a.who == Who::Me), "{solo:?}");
    assert_eq!(
        solo.last().unwrap().who,
        Who::Partner,
        "care for someone else last"
    );
    let mut sorted = ids(&solo);
    sorted.sort_unstable();
    let mut all = listed.clone();
    all.sort_unstable();
    assert_eq!(sorted, all, "nothing hidden, nothing doubled");
}

#[test]
fn my_order_and_hidden_tiles_and_the_care_i_use_most() {
    let content = content();
    let layout = HomeLayout {
        tile_order: vec![id("rest"), id("water"), id("no-longer-in-the-content")],
        hidden_tiles: vec![id("film")],
        ..HomeLayout::default()
    };
    let tiles = ids(&content.home_tiles(&layout, &[]));
    assert_eq!(&tiles[..2], ["rest", "water"], "my order first");
    assert!(!tiles.contains(&"film".to_owned()), "hidden");
    assert_eq!(tiles.len(), content.actions.len() - 1, "the rest follow");

    let taps = [(id("blanket"), 9), (id("water"), 4), (id("rest"), 4)];
    let used = HomeLayout {
        most_used_first: true,
        ..layout
    };
    let tiles = ids(&content.home_tiles(&used, &taps));
    assert_eq!(
        &tiles[..3],
        ["blanket", "rest", "water"],
        "most tapped first; a tie keeps my order"
    );
}

#[test]
fn the_layout_is_off_until_chosen_kept_encrypted_and_counts_taps() {
    let mut f = set_up();
    let store = f.vault.store_for_tests().unwrap();
    assert_eq!(store.home_layout().unwrap(), HomeLayout::default());
    assert!(!store.solo_first().unwrap());
    let layout = HomeLayout {
        tile_order: vec![id("blanket"), id("water")],
        hidden_tiles: vec![id("film")],
        solo_first: true,
        most_used_first: true,
    };
    store.set_home_layout(&layout).unwrap();
    f.vault
        .record_care(content(), &water(), evening(), &mut rng())
        .unwrap();
    f.vault
        .record_care(content(), &water(), evening() + minutes(1), &mut rng())
        .unwrap();
    f.vault.lock();
    f.vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    let store = f.vault.store_for_tests().unwrap();
    assert_eq!(store.home_layout().unwrap(), layout);
    assert!(store.solo_first().unwrap());
    assert_eq!(store.care_counts().unwrap(), vec![(water(), 2)]);
    let too_many = HomeLayout {
        hidden_tiles: vec![id("x"); 500],
        ..HomeLayout::default()
    };
    assert!(store.set_home_layout(&too_many).is_err());
}
