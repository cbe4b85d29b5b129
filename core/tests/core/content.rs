use std::{collections::BTreeSet, path::Path};

use aftercare_core::content::{
    ActionKind, AnswerKind, Audience, Company, Content, ContentError, Locale, Sources, Who,
};

fn content() -> &'static Content {
    Content::embedded().unwrap_or_else(|e| panic!("the embedded content must be valid: {e}"))
}

fn repo_file(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("read {}: {e}", full.display()))
}

#[test]
fn the_embedded_content_parses_and_validates() {
    let content = content();
    assert!(!content.actions.is_empty());
    assert!(!content.guide.is_empty());
}

#[test]
fn actions_cover_the_guides_ideas_and_care_on_your_own() {
    let ids: BTreeSet<&str> = content().actions.iter().map(|a| a.id.as_str()).collect();
    // The guide's eleven ideas, and two for care on your own.
    for id in [
        "cuddle",
        "debrief",
        "shower",
        "water",
        "snack",
        "reassure",
        "rest",
        "film",
        "slow-kiss",
        "massage",
        "bath-towel",
        "phones-away",
        "blanket",
        "breathe",
    ] {
        assert!(ids.contains(id), "the quick actions must include `{id}`");
    }
    assert!(
        content()
            .actions
            .iter()
            .filter(|a| a.who == Who::Me)
            .count()
            >= 2,
        "care on your own needs tiles too"
    );
}

#[test]
fn every_action_card_is_short_enough_to_read_when_tired() {
    let languages = Locale::all().iter().filter(|l| !l.is_pseudo());
    for action in languages.flat_map(|l| &l.content().unwrap().actions) {
        assert!(
            (2..=3).contains(&action.steps.len()),
            "action {}: two or three steps",
            action.id
        );
        assert!(
            (1..=2).contains(&action.say.len()),
            "action {}: one or two things to say",
            action.id
        );
        assert!(
            action.title.chars().count() <= 14,
            "action {}: the title must fit a tile",
            action.id
        );
        assert!(
            action.summary.chars().count() <= 120,
            "action {}: the summary is one line",
            action.id
        );
    }
}

#[test]
fn questions_serve_partners_casual_partners_and_yourself() {
    let questions = &content().questions;
    assert!(questions.len() >= 12, "at least twelve check-in questions");
    for id in ["how-was-that", "need-anything", "favourite-moment"] {
        assert!(
            content().question(id).is_some(),
            "the guide's question `{id}` must be there"
        );
    }
    let to_partner = |setting| {
        questions
            .iter()
            .filter(|q| q.audience == Audience::AskPartner && q.company.contains(&setting))
            .count()
    };
    assert!(to_partner(Company::Partner) >= 3);
    assert!(
        to_partner(Company::Casual) >= 3,
        "gentler questions for a casual partner"
    );
    assert!(questions.iter().any(|q| q.audience == Audience::AskPartner
        && !q.company.contains(&Company::Partner)
        && q.company.contains(&Company::Casual)));
    let solo = questions
        .iter()
        .filter(|q| q.audience == Audience::AskYourself && q.company.contains(&Company::Solo));
    assert!(
        solo.count() >= 4,
        "a check-in on your own needs its own questions"
    );
    for kind in [AnswerKind::Chips, AnswerKind::Scale, AnswerKind::Text] {
        assert!(
            questions.iter().any(|q| q.answer == kind),
            "some question is answered by {kind:?}"
        );
    }
}

#[test]
fn affirmations_exist_for_every_kind_of_action() {
    for kind in ActionKind::ALL {
        assert!(
            content()
                .affirmations
                .iter()
                .any(|a| a.kinds.contains(&kind)),
            "{kind:?}"
        );
    }
}

/// What the Learn pages must say, in words each language uses: drop can come days later, and
/// where to get help names the emergency services. (A language not listed here still gets the
/// checks that need no words of its own.)
const GUIDE_WORDS: &[(&str, &str, &str)] = &[
    ("en", "days", "emergency services"),
    ("es", "días", "servicios de emergencia"),
    ("de", "Tage", "Notruf"),
];

#[test]
fn the_guide_covers_what_a_person_needs_to_know() {
    for locale in Locale::all() {
        let content = locale.content().unwrap();
        let ids: Vec<&str> = content.guide.iter().map(|p| p.id.as_str()).collect();
        for id in [
            "what-is-aftercare",
            "benefits",
            "how-to-practise",
            "drop",
            "grounding",
            "getting-help",
        ] {
            assert!(
                ids.contains(&id),
                "{}: the guide must have a page `{id}`",
                locale.tag
            );
        }
        let orders: Vec<u32> = content.guide.iter().map(|p| p.order).collect();
        assert!(
            orders.windows(2).all(|w| w[0] < w[1]),
            "pages are sorted by a unique order: {orders:?}"
        );
        let help = content.page("getting-help").unwrap();
        assert!(
            !help.body.chars().any(|c| c.is_ascii_digit()),
            "{}: no one country's phone numbers",
            locale.tag
        );
        if let Some((_, days, emergency)) = GUIDE_WORDS.iter().find(|(tag, ..)| *tag == locale.tag)
        {
            assert!(
                content.page("drop").unwrap().body.contains(days),
                "{}: drop can come hours to days later, and the page must say so",
                locale.tag
            );
            let help = help.body.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(help.contains(emergency), "{}: {emergency}", locale.tag);
        }
    }
    let named = Locale::all()
        .iter()
        .filter(|l| GUIDE_WORDS.iter().any(|(t, ..)| *t == l.tag));
    assert_eq!(
        named.count(),
        GUIDE_WORDS.len(),
        "every language listed is in the app"
    );
}

#[test]
fn every_icon_an_action_names_is_in_the_icon_sheet() {
    let page = repo_file("ui/index.html");
    for action in &content().actions {
        let symbol = format!("<symbol id=\"icon-{}\"", action.icon);
        assert!(
            page.contains(&symbol),
            "action {}: icon {} is not among the icons of ui/index.html",
            action.id,
            action.icon
        );
    }
}

/// String keys written literally in the UI: `data-string="…"`, `data-label="…"`, `t('…')`.
fn literal_keys(text: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for marker in ["data-string=\"", "data-label=\"", "t('", "t(\""] {
        for (start, _) in text.match_indices(marker) {
            // `t(` must be the function itself, not the end of `createElement(`.
            let before = text[..start].chars().next_back();
            if marker.starts_with('t')
                && before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.')
            {
                continue;
            }
            let rest = &text[start + marker.len()..];
            let end = rest.find(['"', '\'']).expect("a closing quote");
            keys.push(rest[..end].to_owned());
        }
    }
    keys
}

#[test]
fn every_string_the_ui_asks_for_exists() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui");
    let mut files = vec![ui.join("index.html")];
    files.extend(
        std::fs::read_dir(ui.join("js"))
            .unwrap()
            .map(|e| e.unwrap().path()),
    );
    let mut checked = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for key in literal_keys(&text) {
            assert!(
                content().has_message(&key),
                "{} asks for `{key}`, missing from content/ui.ftl",
                file.display()
            );
            checked += 1;
        }
    }
    assert!(
        checked >= 8,
        "the scan must find the UI's keys (found {checked})"
    );
    // Keys the UI builds from a value: one per `who`, per company, per preset and per error
    // kind.
    for key in [
        "action_card.for_me",
        "action_card.for_partner",
        "action_card.for_together",
        "check_in.company_partner",
        "check_in.company_casual",
        "check_in.company_solo",
        "history.company_partner",
        "history.company_casual",
        "history.company_solo",
        "remind.in_an_hour",
        "remind.tonight",
        "remind.tomorrow_morning",
        "remind.next_day",
        "remind.two_days",
        "remind.three_days",
        "error.content",
        "error.storage",
        "error.unknown",
    ] {
        assert!(
            content().has_message(key),
            "`{key}` is missing from content/ui.ftl"
        );
    }
}

// --- A broken file fails with a message naming the file, the entry and the field. ------------

pub(crate) fn parse_with(file: &str, edit: impl Fn(&str) -> String) -> ContentError {
    let original = repo_file(file);
    let edited = edit(&original);
    assert_ne!(edited, original, "the edit must change {file}");
    let mut sources = Sources::embedded();
    let source = aftercare_core::content::Source {
        path: file,
        text: &edited,
    };
    match file {
        "content/actions.toml" => sources.actions = source,
        "content/questions.toml" => sources.questions = source,
        "content/affirmations.toml" => sources.affirmations = source,
        "content/reminders.toml" => sources.reminders = source,
        "content/ui.ftl" => sources.ui = source,
        "content/card.toml" => sources.card = source,
        guide => {
            let page = sources
                .guide
                .iter_mut()
                .find(|p| p.path == guide)
                .expect("a guide page");
            page.text = &edited;
        }
    }
    Content::parse(&sources).unwrap_err()
}

pub(crate) fn assert_names(error: &ContentError, expected: &[&str]) {
    let message = error.to_string();
    for part in expected {
        assert!(
            message.contains(part),
            "{message:?} should mention {part:?}"
        );
    }
}

#[test]
fn a_broken_content_file_is_reported_precisely() {
    struct Case {
        file: &'static str,
        from: &'static str,
        to: &'static str,
        names: &'static [&'static str],
    }
    let cases = [
        Case {
            file: "content/actions.toml",
            from: "title = \"Snack\"",
            to: "title = \"  \"",
            names: &["content/actions.toml", "action \"snack\"", "`title`", "empty"],
        },
        Case {
            file: "content/actions.toml",
            from: "summary = \"Being held is one of the simplest ways to feel safe and close again.\"\n",
            to: "",
            names: &["content/actions.toml", "action \"cuddle\"", "summary"],
        },
        Case {
            file: "content/actions.toml",
            from: "  \"Sip slowly. There's no hurry to talk.\",\n",
            to: "  \"\",\n",
            names: &["action \"water\"", "`steps[1]`"],
        },
        Case {
            file: "content/actions.toml",
            from: "who = \"partner\"\nkind = \"connection\"",
            to: "who = \"someone\"\nkind = \"connection\"",
            names: &["action \"reassure\"", "`who`", "someone"],
        },
        Case {
            file: "content/actions.toml",
            from: "id = \"snack\"",
            to: "id = \"water\"",
            names: &["action \"water\"", "`id`", "twice"],
        },
        Case {
            file: "content/actions.toml",
            from: "id = \"film\"",
            to: "id = \"film\"\ncolour = \"red\"",
            names: &["action \"film\"", "colour"],
        },
        Case {
            file: "content/questions.toml",
            from: "  { id = \"not-sure\", label = \"Not sure yet\" },\n",
            to: "  { id = \"stay\", label = \"Not sure yet\" },\n",
            names: &["content/questions.toml", "question \"stay-or-go\"", "options.id"],
        },
        Case {
            file: "content/questions.toml",
            from: "scale = { measure = \"mind\", low = \"Busy\"",
            to: "scale = { measure = \"body\", low = \"Busy\"",
            names: &["content/questions.toml", "scale.measure", "body"],
        },
        Case {
            file: "content/affirmations.toml",
            from: "text = \"There's no rush. Slow is good.\"",
            to: "text = \"There's no rush.",
            names: &["content/affirmations.toml", "not valid TOML", "near line"],
        },
        Case {
            file: "content/ui.ftl",
            from: "action_card-back = Back",
            to: "action_card-back =",
            names: &["content/ui.ftl", "not valid Fluent", "near line"],
        },
        Case {
            file: "content/ui.ftl",
            from: "home-greeting = Take a breath.",
            to: "home-greeting = { NUMBER($n) } Take a breath.",
            names: &["content/ui.ftl", "message `home-greeting`", "functions"],
        },
        Case {
            file: "content/ui.ftl",
            from: "home-greeting = Take a breath.",
            to: "home-greeting = { \"x\" ->\n    [one] One\n   *[other] Take a breath.\n}",
            names: &["content/ui.ftl", "message `home-greeting`", "`$variable`"],
        },
        Case {
            file: "content/card.toml",
            from: "kind = \"yes-no\"",
            to: "kind = \"yes-no\"\nown_words = true",
            names: &["content/card.toml", "field \"check-tomorrow\"", "options"],
        },
        Case {
            file: "content/card.toml",
            from: "id = \"check-tomorrow\"",
            to: "id = \"check-later\"",
            names: &["content/card.toml", "field \"check-tomorrow\"", "kind", "next-day"],
        },
        Case {
            file: "content/guide/04-drop.md",
            from: "see_also = [\"grounding\", \"didnt-feel-okay\", \"getting-help\"]",
            to: "see_also = [\"grounding\", \"nowhere\"]",
            names: &["page \"drop\"", "see_also", "nowhere"],
        },
        Case {
            file: "content/guide/05-grounding.md",
            from: "+++\nid = \"grounding\"",
            to: "id = \"grounding\"",
            names: &["content/guide/05-grounding.md", "front matter"],
        },
    ];
    for case in cases {
        let error = parse_with(case.file, |text| text.replacen(case.from, case.to, 1));
        assert_names(&error, case.names);
    }
}
