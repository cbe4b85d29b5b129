use aftercare_core::{
    card::{AftercareCard, CardAnswer},
    content::OptionId,
    ErrorKind,
};

use crate::support::{content, set_up};

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
    let store = f.vault.store_for_tests().unwrap();
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
    // A snapshot: change it only on purpose, since people share this text. Its last line is
    // for the app (`a_shared_card_keeps_its_text_format` pins it).
    let expected = "\
My aftercare card

What I usually need: Touch, Water, my hoodie
What's normal for me: I may cry
If I go quiet, it means… I'm processing, not upset
Check on me tomorrow: Yes, please

aftercare-card v1; needs=touch,water; needs+=my hoodie; normal-for-me=cry; \
if-quiet+=I'm processing, not upset; check-tomorrow=yes
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

/// A card image as a phone would see it: its size, its grey pixels, and the QR code in it.
pub struct Picture {
    pub width: usize,
    pub height: usize,
    grey: Vec<u8>,
    /// The QR code's text, and the rows it spans.
    pub qr_text: String,
    qr_rows: (usize, usize),
}

impl Picture {
    pub fn read(png_bytes: &[u8]) -> Picture {
        let decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
        let mut reader = decoder.read_info().unwrap();
        let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buffer).unwrap();
        let (width, height) = (info.width as usize, info.height as usize);
        let grey: Vec<u8> = buffer[..width * height * 3]
            .chunks(3)
            .map(|p| ((p[0] as u16 + p[1] as u16 + p[2] as u16) / 3) as u8)
            .collect();
        let mut image =
            rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| grey[y * width + x]);
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one QR code in the image");
        let rows = grids[0].bounds.iter().map(|p| p.y as usize);
        let qr_rows = (rows.clone().min().unwrap(), rows.max().unwrap());
        let qr_text = grids[0].decode().unwrap().1;
        Picture {
            width,
            height,
            grey,
            qr_text,
            qr_rows,
        }
    }

    fn inked(&self, x: usize, y: usize) -> bool {
        self.grey[y * self.width + x] < 160
    }

    /// How many separate lines of text are drawn in `rows`: runs of rows with ink in them.
    fn lines_in(&self, rows: std::ops::Range<usize>) -> usize {
        let mut lines = 0;
        let mut in_line = false;
        for y in rows {
            let ink = (0..self.width).any(|x| self.inked(x, y));
            if ink && !in_line {
                lines += 1;
            }
            in_line = ink;
        }
        lines
    }

    /// Lines of text above the QR code, and below it.
    pub fn text_lines(&self) -> (usize, usize) {
        (
            self.lines_in(0..self.qr_rows.0.saturating_sub(2)),
            self.lines_in(self.qr_rows.1 + 3..self.height),
        )
    }

    /// Whether any ink falls in the outer `margin` columns on either side.
    pub fn ink_in_side_margins(&self, margin: usize) -> bool {
        (0..self.height).any(|y| {
            (0..margin)
                .chain(self.width - margin..self.width)
                .any(|x| self.inked(x, y))
        })
    }
}

const CAPTION: &str = "Point a phone camera here to read this card as text.";

#[test]
fn the_card_image_shows_the_text_and_holds_it_in_a_qr_code() {
    let text = filled().to_text(content());
    let png = aftercare_core::card::card_png(&text, CAPTION).unwrap();
    assert!(png.starts_with(b"\x89PNG"));
    let picture = Picture::read(&png);
    assert_eq!(
        picture.qr_text, text,
        "the QR code holds exactly the card's text"
    );
    // The marker line is for the app: in the code, not drawn.
    let written = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !aftercare_core::card::is_marker_line(l))
        .count();
    assert_eq!(written, 5);
    assert_eq!(
        picture.text_lines(),
        (written, 1),
        "each line of the card drawn above the code, the caption below"
    );
    assert!(!picture.ink_in_side_margins(40));

    // Long words wrap inside the picture rather than running off its edge.
    let mut long = filled();
    long.fields.get_mut("if-quiet").unwrap().words = Some(
        "I'm somewhere far inside my head and coming back slowly; a hand on my back helps, \
         and so does hearing that you're still here. Supercalifragilisticexpialidocious-ly-long-"
            .repeat(2),
    );
    let text = long.to_text(content());
    let picture = Picture::read(&aftercare_core::card::card_png(&text, CAPTION).unwrap());
    assert_eq!(picture.qr_text, text);
    assert!(
        picture.text_lines().0 > written + 2,
        "a long answer takes several lines"
    );
    assert!(!picture.ink_in_side_margins(40));

    let too_long = "x".repeat(5_000);
    assert_eq!(
        aftercare_core::card::card_png(&too_long, CAPTION)
            .unwrap_err()
            .kind(),
        ErrorKind::Invalid
    );
}

#[test]
fn the_card_image_is_saved_owner_only_under_a_neutral_name_and_never_over_a_file() {
    use aftercare_core::card::save_card_image;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("Downloads");
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();

    let first = save_card_image(&dir, day, b"first").unwrap();
    assert_eq!(
        first,
        dir.join("card-2026-03-09.png"),
        "says nothing of the app"
    );
    let second = save_card_image(&dir, day, b"second").unwrap();
    assert_eq!(second, dir.join("card-2026-03-09-2.png"));
    assert_eq!(
        std::fs::read(&first).unwrap(),
        b"first",
        "an earlier image is never replaced"
    );
    assert_eq!(std::fs::read(&second).unwrap(), b"second");

    #[cfg(unix)]
    for path in [&first, &second] {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(
            mode,
            0o600,
            "{}: readable by its owner only",
            path.display()
        );
    }
}

/// Every letter a person might type on their card in the languages the app ships (English,
/// Spanish, German), their punctuation, and every character of the app's own words (the card's
/// questions and the caption come from `content/`) is drawn as itself on the card's image.
#[test]
fn every_letter_of_english_spanish_and_german_draws_as_itself_on_the_card() {
    let letters = ('a'..='z').chain('A'..='Z').chain('0'..='9');
    let spanish_and_german = "áéíóúüñÁÉÍÓÚÜÑ¿¡ºª äöüßÄÖÜẞ";
    let punctuation = " .,;:!?'\"()[]{}-–—…‘’‚“”„«»‹›€$£%&@#*+=/\\|~^_<>°·•§";
    let mut app_says = String::new();
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    for entry in walk(&folder) {
        app_says.push_str(&std::fs::read_to_string(entry).unwrap());
    }
    let missing: Vec<char> = letters
        .chain(spanish_and_german.chars())
        .chain(punctuation.chars())
        .chain(app_says.chars().filter(|c| !c.is_control()))
        .filter(|&c| !aftercare_core::card::draws_as_itself(c))
        .collect();
    assert!(missing.is_empty(), "drawn as a box: {missing:?}");
}

/// A letter outside the font (here Cyrillic, which the app does not ship) is drawn as a box,
/// the image is still made, and its QR code holds the card's text exactly.
#[test]
fn a_letter_outside_the_cards_font_draws_as_a_box_and_the_qr_code_keeps_it() {
    assert!(!aftercare_core::card::draws_as_itself('Ж'));
    let mut card = filled();
    card.fields.get_mut("if-quiet").unwrap().words = Some("Женя knows".into());
    let text = card.to_text(content());
    let picture = Picture::read(&aftercare_core::card::card_png(&text, CAPTION).unwrap());
    assert_eq!(picture.qr_text, text);
}

fn walk(folder: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}
