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

/// Reads the QR code in a PNG back to its text, as a phone camera would.
pub fn read_qr(png_bytes: &[u8]) -> String {
    let decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    let mut reader = decoder.read_info().unwrap();
    let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buffer).unwrap();
    let (w, h) = (info.width as usize, info.height as usize);
    let grey = |x: usize, y: usize| {
        let i = (y * w + x) * 3;
        ((buffer[i] as u16 + buffer[i + 1] as u16 + buffer[i + 2] as u16) / 3) as u8
    };
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(w, h, grey);
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the image");
    grids[0].decode().unwrap().1
}

#[test]
fn the_card_image_holds_the_cards_text_in_a_qr_code() {
    let text = filled().to_text(content());
    let png = aftercare_core::card::qr_png(&text).unwrap();
    assert!(png.starts_with(b"\x89PNG"));
    assert_eq!(read_qr(&png), text);
    let too_long = "x".repeat(5_000);
    assert_eq!(
        aftercare_core::card::qr_png(&too_long).unwrap_err().kind(),
        ErrorKind::Invalid
    );
}
