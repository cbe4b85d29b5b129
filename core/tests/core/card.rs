use aftercare_core::{
    card::{AftercareCard, CardAnswer},
    content::{Content, OptionId},
    ErrorKind,
};

use crate::support::set_up;

fn content() -> &'static Content {
    Content::embedded().unwrap()
}

fn answer(choices: &[&str], words: Option<&str>, yes: Option<bool>) -> CardAnswer {
    CardAnswer {
        choices: choices.iter().map(|c| OptionId((*c).into())).collect(),
        words: words.map(Into::into),
        yes,
    }
}

fn filled() -> AftercareCard {
    let mut card = AftercareCard::default();
    card.fields.insert(
        "needs".into(),
        answer(&["water", "touch"], Some("my hoodie"), None),
    );
    card.fields
        .insert("normal-for-me".into(), answer(&["cry"], None, None));
    card.fields.insert(
        "if-quiet".into(),
        answer(&[], Some("I'm processing, not upset"), None),
    );
    card.fields
        .insert("check-tomorrow".into(), answer(&[], None, Some(true)));
    card
}

#[test]
fn the_card_round_trips_through_the_store() {
    let mut f = set_up();
    let store = f.vault.store().unwrap();
    assert_eq!(
        store.card().unwrap(),
        AftercareCard::default(),
        "no card yet is an empty card"
    );
    let card = filled();
    card.validate(content()).unwrap();
    store.save_card(&card).unwrap();
    assert_eq!(store.card().unwrap(), card);
}

#[test]
fn the_text_of_a_card_is_stable() {
    // A snapshot: change it only on purpose, since people share this text.
    let expected = "\
My aftercare card

What I usually need: Touch, Water, my hoodie
What's normal for me: I may cry
If I go quiet, it means… I'm processing, not upset
Check on me tomorrow: Yes, please
";
    assert_eq!(filled().to_text(content()), expected);
}

#[test]
fn an_empty_card_reads_kindly_not_as_empty_headings() {
    let mut card = AftercareCard::default();
    card.fields
        .insert("please-dont".into(), answer(&[], Some("   "), None));
    let text = card.to_text(content());
    assert!(card.is_empty());
    assert!(text.contains("still blank"), "{text}");
    assert!(!text.contains("Please don't"), "no empty headings: {text}");
}

#[test]
fn answers_must_fit_their_fields() {
    let with = |field: &str, value: CardAnswer| {
        let mut card = AftercareCard::default();
        card.fields.insert(field.into(), value);
        card.validate(content()).err().map(|e| e.kind())
    };
    assert_eq!(
        with("no-such-field", answer(&[], Some("x"), None)),
        Some(ErrorKind::NotFound)
    );
    assert_eq!(
        with("needs", answer(&["no-such-option"], None, None)),
        Some(ErrorKind::Invalid)
    );
    assert_eq!(
        with("check-tomorrow", answer(&[], Some("maybe"), None)),
        Some(ErrorKind::Invalid)
    );
    assert_eq!(
        with("please-dont", answer(&[], Some(&"x".repeat(100_001)), None)),
        Some(ErrorKind::Invalid)
    );
    assert_eq!(
        with("please-dont", answer(&[], Some("rush off"), None)),
        None
    );
}
