//! Someone's card, read back from what they shared: the text's last line (its versioned marker)
//! pinned against a fixture, read whatever language either person uses, and every way outside
//! input can be wrong answered with its own problem, nothing else.

use std::path::PathBuf;

use aftercare_core::{
    card::{read_card_text, AftercareCard, CardAnswer, CardProblem},
    content::{CardFieldKind, Content, OptionId, Sources},
    Error,
};

use crate::support::content;

fn answer(choices: &[&str], words: Option<&str>, yes: Option<bool>) -> CardAnswer {
    CardAnswer {
        choices: choices.iter().map(|c| OptionId((*c).into())).collect(),
        words: words.map(Into::into),
        yes,
    }
}

/// A card with every kind of answer, and words that need escaping in the marker.
pub fn rich_card() -> AftercareCard {
    let mut card = AftercareCard::default();
    card.fields.insert(
        "needs".into(),
        answer(&["touch", "water"], Some("my hoodie; the grey one"), None),
    );
    card.fields.insert(
        "normal-for-me".into(),
        answer(&["cry", "go-quiet"], None, None),
    );
    card.fields.insert(
        "please-dont".into(),
        answer(&[], Some("say “calm down”\nor 100% rush off"), None),
    );
    card.fields.insert(
        "if-quiet".into(),
        answer(&[], Some("je réfléchis 🙂"), None),
    );
    card.fields
        .insert("check-tomorrow".into(), answer(&[], None, Some(false)));
    card
}

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn problem(result: Result<AftercareCard, Error>) -> Option<CardProblem> {
    match result {
        Err(Error::UnreadableCard { problem }) => Some(problem),
        Err(other) => panic!("a card problem, not {other:?}"),
        Ok(_) => None,
    }
}

#[test]
fn a_shared_card_keeps_its_text_format() {
    // People share this text and keep the images: version 1 must read back in every later
    // version. Change the fixture only together with the marker's version.
    let text = fixture("card-text-v1.txt");
    assert_eq!(rich_card().to_text(content()), text);
    assert_eq!(
        text.lines().last().unwrap(),
        "aftercare-card v1; needs=touch,water; needs+=my hoodie%3B the grey one; \
         normal-for-me=cry,go-quiet; please-dont+=say “calm down”%0Aor 100%25 rush off; \
         if-quiet+=je réfléchis 🙂; check-tomorrow=no"
    );
    assert_eq!(
        read_card_text(&text, content()).unwrap(),
        rich_card().normalized(content())
    );
}

#[test]
fn a_card_reads_back_equal_to_what_was_shared() {
    let card = rich_card();
    let read = read_card_text(&card.to_text(content()), content()).unwrap();
    assert_eq!(read, card.normalized(content()));
    // Choices come back in the content's order, words trimmed: the card as it reads.
    let mut untidy = AftercareCard::default();
    untidy.fields.insert(
        "needs".into(),
        answer(&["water", "touch"], Some("  a hug "), None),
    );
    untidy
        .fields
        .insert("please-dont".into(), answer(&[], Some("   "), None));
    let read = read_card_text(&untidy.to_text(content()), content()).unwrap();
    assert_eq!(
        read.fields.len(),
        1,
        "an empty answer is not part of a card"
    );
    assert_eq!(
        read.fields["needs"],
        answer(&["touch", "water"], Some("a hug"), None)
    );
}

#[test]
fn a_marker_line_wrapped_by_a_mail_program_still_reads() {
    // Mail programs break long lines at a space; the marker is read on to the next empty line,
    // each break read as the space it replaced. A blank line ends it, so a signature below a
    // blank line is no part of the card.
    let text = rich_card().to_text(content());
    let (people, marker) = text.trim_end().rsplit_once('\n').unwrap();
    let mut wrapped = String::new();
    let mut line = String::new();
    for word in marker.split(' ') {
        if !line.is_empty() && line.len() + 1 + word.len() > 40 {
            wrapped += &line;
            wrapped.push('\n');
            line.clear();
        } else if !line.is_empty() {
            line.push(' ');
        }
        line += word;
    }
    wrapped += &line;
    assert!(wrapped.lines().count() > 4, "{wrapped}");
    let mail = format!("{people}\n{wrapped}\n\n-- \nSent from my phone\n");
    assert_eq!(
        read_card_text(&mail, content()).unwrap(),
        rich_card().normalized(content())
    );
}

#[test]
fn own_words_never_pass_for_a_marker_and_the_longest_card_reads_back() {
    // Words that start a line with what a marker starts with: in the lines for people each
    // line of own words after the first is indented, so only the last line is read.
    let mut card = rich_card();
    card.fields.get_mut("please-dont").unwrap().words =
        Some("nothing\naftercare-card v1; needs=water".into());
    let text = card.to_text(content());
    assert!(
        text.contains("nothing\n  aftercare-card v1; needs=water\n"),
        "{text}"
    );
    assert_eq!(
        read_card_text(&text, content()).unwrap(),
        card.normalized(content())
    );

    // Every field's words as long as a card keeps, in letters of four bytes: the text it is
    // shared as still reads.
    let longest = "𝄞".repeat(aftercare_core::model::MAX_TEXT_CHARS);
    let mut card = rich_card();
    for field in &content().card_fields {
        if field.kind == CardFieldKind::Words || field.own_words {
            card.fields.entry(field.id.clone()).or_default().words = Some(longest.clone());
        }
    }
    card.validate(content()).unwrap();
    let text = card.to_text(content());
    assert!(text.len() <= aftercare_core::card::MAX_CARD_TEXT_BYTES);
    assert_eq!(
        read_card_text(&text, content()).unwrap(),
        card.normalized(content())
    );
}

/// The app's content with the card's words (its labels, its options, the title) in another
/// language, the ids the same: as issue 28's translations will be.
fn in_french() -> Content {
    let mut sources = Sources::embedded();
    let card = sources
        .card
        .text
        .replace("What I usually need", "Ce dont j'ai besoin")
        .replace("\"Touch\"", "\"Le toucher\"")
        .replace("\"Water\"", "\"De l'eau\"")
        .replace("What's normal for me", "Ce qui est normal pour moi")
        .replace("Check on me tomorrow", "Prends de mes nouvelles demain");
    let strings = sources.strings.text.replace(
        "title = \"My aftercare card\"",
        "title = \"Ma carte de soin\"",
    );
    sources.card.text = &card;
    sources.strings.text = &strings;
    Content::parse(&sources).unwrap()
}

#[test]
fn a_card_is_read_whatever_language_either_person_uses() {
    let french = in_french();
    let card = rich_card();
    let written_in_french = card.to_text(&french);
    assert!(written_in_french.starts_with("Ma carte de soin"));
    assert!(written_in_french.contains("Le toucher, De l'eau"));
    // Read by an app in English, and the other way round.
    assert_eq!(
        read_card_text(&written_in_french, content()).unwrap(),
        card.normalized(content())
    );
    assert_eq!(
        read_card_text(&card.to_text(content()), &french).unwrap(),
        card.normalized(&french)
    );
    // The lines a person reads: the reader's own words.
    let read = read_card_text(&written_in_french, content()).unwrap();
    assert!(read.lines(content())[0].starts_with("What I usually need: Touch, Water"));
}

#[test]
fn text_that_is_not_a_readable_card_gets_its_own_problem_and_nothing_else() {
    let good = rich_card().to_text(content());
    let marker = good.lines().last().unwrap().to_owned();
    let with_marker = |line: &str| good.replace(&marker, line);
    let cases: Vec<(String, Option<CardProblem>)> = vec![
        (good.clone(), None),
        (
            "just some words from a chat".into(),
            Some(CardProblem::NotACard),
        ),
        (
            "My aftercare card\n\nWhat I usually need: Water\n".into(),
            Some(CardProblem::NotACard),
        ),
        (String::new(), Some(CardProblem::NotACard)),
        (
            with_marker("aftercare-card v2; needs=water"),
            Some(CardProblem::NewerCard),
        ),
        (
            with_marker("aftercare-card v1; needs=water; hobbies+=knitting"),
            Some(CardProblem::UnknownField),
        ),
        (
            with_marker("aftercare-card v1; needs=water,tea"),
            Some(CardProblem::UnknownField),
        ),
        (
            with_marker("aftercare-card v1"),
            Some(CardProblem::EmptyCard),
        ),
        (
            with_marker("aftercare-card v1; needs=water; needs=touch"),
            Some(CardProblem::DamagedCard),
        ),
        (
            with_marker("aftercare-card v1; needs=water,water"),
            Some(CardProblem::DamagedCard),
        ),
        (
            with_marker("aftercare-card v1; needs"),
            Some(CardProblem::DamagedCard),
        ),
        (
            with_marker("aftercare-card v1; needs="),
            Some(CardProblem::DamagedCard),
        ),
        (
            with_marker("aftercare-card v1; check-tomorrow=maybe"),
            Some(CardProblem::DamagedCard),
        ),
        (
            with_marker("aftercare-card v1; check-tomorrow+=yes please"),
            Some(CardProblem::DamagedCard),
        ),
        (
            with_marker("aftercare-card v1; please-dont=water"),
            Some(CardProblem::DamagedCard),
        ),
        (
            with_marker("aftercare-card v1; please-dont+=50%"),
            Some(CardProblem::DamagedCard),
        ),
        (
            with_marker("aftercare-card v1; please-dont+=%FF%FE"),
            Some(CardProblem::DamagedCard),
        ),
        (
            with_marker("aftercare-card vX; needs=water"),
            Some(CardProblem::DamagedCard),
        ),
        (
            with_marker("aftercare-card v0; needs=water"),
            Some(CardProblem::DamagedCard),
        ),
        (format!("{good}\n{good}"), Some(CardProblem::SeveralCards)),
        (
            format!(
                "{good}{}",
                " ".repeat(aftercare_core::card::MAX_CARD_TEXT_BYTES)
            ),
            Some(CardProblem::TextTooLong),
        ),
    ];
    for (text, expected) in cases {
        let shown: String = text.chars().take(80).collect();
        assert_eq!(
            problem(read_card_text(&text, content())),
            expected,
            "reading {shown:?}"
        );
    }
}

#[test]
fn every_card_problem_has_its_own_calm_words() {
    let mut seen = std::collections::BTreeSet::new();
    for problem in CardProblem::ALL {
        let code = serde_json::to_value(problem).unwrap();
        let key = format!("error.card-{}", code.as_str().unwrap());
        let words = content()
            .string(&key)
            .unwrap_or_else(|| panic!("{key} is missing from content/ui.toml"));
        assert!(
            words.contains("Nothing") || words.contains("nothing"),
            "{key} says nothing was saved: {words}"
        );
        assert!(seen.insert(words), "{key} has words of its own");
    }
    // And the UI shows them by the problem's code.
    let strings = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/js/strings.js"),
    )
    .unwrap();
    assert!(strings.contains("`error.card-${error.problem}`"));
}
