//! Home fits the person: care for on your own first, for someone who usually checks in alone
//! (a setting, off until turned on; issue 13 §5).

use aftercare_core::content::Who;

use crate::support::*;

#[test]
fn solo_first_puts_care_for_yourself_first_and_keeps_every_tile() {
    let content = content();
    let usual: Vec<&str> = content
        .home_tiles(false)
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    let listed: Vec<&str> = content.actions.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(usual, listed, "as the content lists them, by default");

    let solo = content.home_tiles(true);
    let mine = content.actions.iter().filter(|a| a.who == Who::Me).count();
    assert!(mine >= 3, "enough care for on your own to lead with");
    assert!(solo[..mine].iter().all(|a| a.who == Who::Me), "{solo:?}");
    assert_eq!(
        solo.last().unwrap().who,
        Who::Partner,
        "care for someone else last"
    );
    let mut sorted: Vec<&str> = solo.iter().map(|a| a.id.as_str()).collect();
    sorted.sort_unstable();
    let mut all = listed.clone();
    all.sort_unstable();
    assert_eq!(sorted, all, "nothing hidden, nothing doubled");
}

#[test]
fn solo_first_is_off_until_turned_on_and_is_kept() {
    let mut f = set_up();
    let store = f.vault.store().unwrap();
    assert!(!store.solo_first().unwrap());
    store.set_solo_first(true).unwrap();
    assert!(store.solo_first().unwrap());
    f.vault.lock();
    f.vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    assert!(f.vault.store().unwrap().solo_first().unwrap());
}
