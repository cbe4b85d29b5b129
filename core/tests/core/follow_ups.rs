//! Check-ins answer back: an answer option or the low end of a scale can carry a short, kind
//! line and a link to something that helps; saving a check-in with such answers brings them up.

use aftercare_core::{
    content::{ActionId, CalmPlace, OptionId, QuestionId, Reply, ReplyLink},
    model::{Answer, NewCheckIn, Scales},
};

use crate::{
    content::{assert_names, parse_with},
    support::content,
};

fn chips(question: &str, option: &str) -> Answer {
    Answer {
        question: QuestionId(question.into()),
        options: vec![OptionId(option.into())],
        text: None,
    }
}

#[test]
fn an_answer_that_something_felt_off_brings_a_kind_line_and_somewhere_to_go() {
    let check_in = NewCheckIn {
        answers: vec![chips("felt-respected", "not-really")],
        ..NewCheckIn::default()
    };
    let replies = check_in.replies(content());
    assert_eq!(replies.len(), 1, "{replies:?}");
    assert!(!replies[0].text.trim().is_empty());
    assert!(matches!(replies[0].link(), Some(ReplyLink::Learn(_))));
}

#[test]
fn a_low_scale_brings_its_reply_and_a_good_one_does_not() {
    let low = NewCheckIn {
        scales: Scales {
            feelings: Some(1),
            ..Scales::default()
        },
        ..NewCheckIn::default()
    };
    assert_eq!(low.replies(content()).len(), 1);
    let fine = NewCheckIn {
        answers: vec![chips("felt-respected", "yes")],
        scales: Scales {
            body: Some(5),
            feelings: Some(4),
            mind: Some(5),
            desire: Some(1),
        },
        ..NewCheckIn::default()
    };
    assert!(
        fine.replies(content()).is_empty(),
        "feeling fine asks for nothing; nor does being done for now"
    );
}

#[test]
fn every_reply_in_the_content_points_to_something_that_exists() {
    // Content validation runs on the embedded content (the_embedded_content_parses_and_validates);
    // here, a dangling one is refused, naming where it is.
    let error = parse_with("content/questions.toml", |text| {
        text.replacen("learn = \"body-care\"", "learn = \"nowhere\"", 1)
    });
    assert_names(&error, &["question \"scale-body\"", "follow_up", "nowhere"]);
    let error = parse_with("content/questions.toml", |text| {
        text.replacen("action = \"space\"", "action = \"no-such-care\"", 1)
    });
    assert_names(&error, &["follow_up", "no-such-care"]);
    let error = parse_with("content/questions.toml", |text| {
        text.replacen("calm = \"people\"", "calm = \"nowhere\"", 1)
    });
    assert_names(&error, &["content/questions.toml", "nowhere"]);
}

/// The follow-up an answer brings.
fn reply(question: &str, option: &str) -> Option<&'static Reply> {
    content()
        .question(question)
        .unwrap_or_else(|| panic!("a question {question:?}"))
        .options
        .iter()
        .find(|o| o.id.as_str() == option)
        .unwrap_or_else(|| panic!("{question:?} has an answer {option:?}"))
        .reply
        .as_ref()
}

fn leads_to(question: &str, option: &str) -> ReplyLink<'static> {
    reply(question, option)
        .unwrap_or_else(|| panic!("{question:?} / {option:?} brings a follow-up"))
        .link()
        .unwrap()
}

/// A feeling that signals distress is marked so in the content, and never gets "saved" alone:
/// a short, kind line and a link that fits. The content's own checks refuse one without.
#[test]
fn every_hard_feeling_gets_a_kind_line_and_a_link_that_fits() {
    let feel_now = content().question("feel-now").unwrap();
    let distress: Vec<&str> = feel_now
        .options
        .iter()
        .filter(|o| o.distress)
        .map(|o| o.label.as_str())
        .collect();
    for feeling in [
        "Scared", "Ashamed", "Guilty", "Numb", "Teary", "Lonely", "Flat", "Anxious",
    ] {
        assert!(
            distress.contains(&feeling),
            "{feeling} signals distress: {distress:?}"
        );
    }
    for option in feel_now.options.iter().filter(|o| o.distress) {
        let line = &option.reply.as_ref().unwrap().text;
        assert!(
            line.len() > 40,
            "{}: a kind line, not a word: {line:?}",
            option.id
        );
    }
    assert!(
        feel_now
            .options
            .iter()
            .filter(|o| !o.distress)
            .all(|o| o.reply.is_none()),
        "no other feeling is judged: none of them brings a follow-up of its own"
    );
    assert_eq!(
        leads_to("feel-now", "scared"),
        ReplyLink::Calm(CalmPlace::People),
        "scared: the calm space, at my people"
    );
    assert_eq!(
        leads_to("feel-now", "numb"),
        ReplyLink::Calm(CalmPlace::Grounding)
    );
    for feeling in ["ashamed", "guilty"] {
        let line = &reply("feel-now", feeling).unwrap().text;
        assert!(
            line.contains(
                "Nothing you enjoyed, or didn't enjoy, makes you any less deserving of care"
            ),
            "{feeling}: {line}"
        );
        assert_eq!(
            leads_to("feel-now", feeling),
            ReplyLink::Calm(CalmPlace::KindWords)
        );
    }
}

#[test]
fn a_distress_feeling_without_a_reply_is_refused() {
    let error = parse_with("content/questions.toml", |text| {
        let start = text.find("{ id = \"scared\"").unwrap();
        let end = start + text[start..].find('\n').unwrap();
        format!(
            "{}{{ id = \"scared\", label = \"Scared\", distress = true }},{}",
            &text[..start],
            &text[end..]
        )
    });
    assert_names(
        &error,
        &["question \"feel-now\"", "scared", "distress", "follow-up"],
    );
}

/// Where an answer leads never contradicts it: time asked for leads to a card about giving
/// space; "Not great" to listening, never to touch; unsure about being respected to the page
/// about what didn't feel okay; a sore body to looking after it.
#[test]
fn each_link_fits_what_was_said() {
    assert_eq!(
        leads_to("really-okay", "need-time"),
        ReplyLink::Action(&ActionId::from("space"))
    );
    let space = content()
        .action("space")
        .expect("a card about giving space");
    assert!(space.summary.contains("room") && !space.steps.concat().contains("side by side"));
    assert_eq!(
        leads_to("how-was-that", "not-great"),
        ReplyLink::Learn("didnt-feel-okay")
    );
    assert_eq!(
        leads_to("felt-respected", "not-sure"),
        ReplyLink::Learn("didnt-feel-okay")
    );
    let body = content().question("scale-body").unwrap();
    let low = body.scale.as_ref().unwrap().reply.as_ref().unwrap();
    assert_eq!(low.link(), Some(ReplyLink::Learn("body-care")));
    let low = &reply("since-how", "low").unwrap().text;
    assert!(low.contains("it usually passes"), "{low}");
}

/// "What would help" and "since then, what do you need": each answer leads somewhere that
/// gives it (but "nothing", which needs nothing).
#[test]
fn what_would_help_and_what_you_need_lead_somewhere() {
    for question in ["what-would-help", "since-need"] {
        for option in &content().question(question).unwrap().options {
            assert_eq!(
                option.reply.is_some(),
                option.id.as_str() != "nothing",
                "{question} / {}",
                option.id
            );
        }
    }
    assert_eq!(
        leads_to("since-need", "company"),
        ReplyLink::Calm(CalmPlace::People)
    );
    assert_eq!(
        leads_to("since-need", "kind-word"),
        ReplyLink::Calm(CalmPlace::KindWords)
    );
    assert_eq!(
        leads_to("what-would-help", "warmth"),
        ReplyLink::Action(&ActionId::from("blanket"))
    );
    assert_eq!(
        leads_to("what-would-help", "touch"),
        ReplyLink::Action(&ActionId::from("cuddle"))
    );
}

#[test]
fn the_feelings_to_choose_from_include_the_hard_ones() {
    let feel_now = content().question("feel-now").unwrap();
    let labels: Vec<&str> = feel_now.options.iter().map(|o| o.label.as_str()).collect();
    for feeling in [
        "Ashamed",
        "Guilty",
        "Anxious",
        "Lonely",
        "Irritable",
        "Numb",
        "Floaty",
        "Scared",
    ] {
        assert!(
            labels.contains(&feeling),
            "{feeling} is missing: {labels:?}"
        );
    }
    assert!(feel_now.multiple, "as many as fit, or none");
}

/// The calm space ("Need a moment?", `ui/js/calm.js`) offers these pages by id; each leads on
/// through "see also", and none of the app's words carries a phone number (the right ones
/// depend on where a person lives; they add their own to "my people").
#[test]
fn the_calm_space_pages_exist_lead_on_and_no_words_ship_a_phone_number() {
    let content = content();
    for id in [
        "drop",
        "didnt-feel-okay",
        "getting-help",
        "grounding",
        "body-care",
    ] {
        let page = content
            .guide
            .iter()
            .find(|p| p.id.as_str() == id)
            .unwrap_or_else(|| panic!("the calm space links to the guide page {id:?}"));
        assert!(
            !page.see_also.is_empty(),
            "{id}: a page for a hard moment leads on"
        );
    }
    let drop = content
        .guide
        .iter()
        .find(|p| p.id.as_str() == "drop")
        .unwrap();
    assert!(
        drop.body.contains("tops"),
        "drop says givers and tops can feel it too"
    );
    let messages: Vec<String> = content
        .ui
        .ids()
        .filter_map(|id| content.ui.pattern(id))
        .map(|p| p.words())
        .collect();
    let words = content
        .guide
        .iter()
        .map(|p| p.body.as_str())
        .chain(messages.iter().map(String::as_str));
    for text in words {
        let mut digits = 0;
        for c in text.chars() {
            if c.is_ascii_digit() {
                digits += 1;
                assert!(digits < 6, "no phone number in the app's words: {text:?}");
            } else if !" -().+".contains(c) {
                digits = 0;
            }
        }
    }
}

/// Learn says plainly what it is (general information, not medical or therapy advice), and has
/// a short page on looking after your body afterwards that sends anything time-sensitive to a
/// clinic or pharmacy.
#[test]
fn learn_is_plain_about_what_it_is_and_covers_body_care_after_sex() {
    let content = content();
    let line = content
        .string("learn.not_advice")
        .expect("learn.not_advice");
    assert!(line.contains("not medical or therapy advice"), "{line}");
    let body = content.page("body-care").expect("a page `body-care`");
    let text = body.body.to_lowercase();
    for needed in ["clinic", "pharmacy", "emergency contraception", "72 hours"] {
        assert!(
            text.contains(needed),
            "the body care page should mention {needed}"
        );
    }
    assert!(!body.see_also.is_empty(), "it leads on");
}

/// The receiver's voice: care you give or share also comes with words for asking for it, so
/// the one who needs it has them too ("don't forget to ask for what you need").
#[test]
fn care_given_or_shared_has_words_for_asking_for_it() {
    use aftercare_core::content::Who;
    for action in content().actions.iter().filter(|a| a.who != Who::Me) {
        assert!(
            !action.ask.is_empty(),
            "`{}` has no words for asking for it",
            action.id
        );
        for line in &action.ask {
            assert!(
                line.split_whitespace().count() <= 14,
                "`{}`: short enough to say when tired: {line}",
                action.id
            );
        }
    }
}
