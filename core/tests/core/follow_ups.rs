//! Check-ins answer back: an answer option or the low end of a scale can carry a short, kind
//! line and a link to something that helps; saving a check-in with such answers brings them up.

use aftercare_core::{
    content::{FollowUpLink, OptionId, QuestionId},
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
    let follow_ups = check_in.follow_ups(content());
    assert_eq!(follow_ups.len(), 1, "{follow_ups:?}");
    assert!(!follow_ups[0].text.trim().is_empty());
    assert!(matches!(follow_ups[0].link(), Some(FollowUpLink::Learn(_))));
}

#[test]
fn a_low_scale_brings_its_follow_up_and_a_good_one_does_not() {
    let low = NewCheckIn {
        scales: Scales {
            feelings: Some(1),
            ..Scales::default()
        },
        ..NewCheckIn::default()
    };
    assert_eq!(low.follow_ups(content()).len(), 1);
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
        fine.follow_ups(content()).is_empty(),
        "feeling fine asks for nothing; nor does being done for now"
    );
}

#[test]
fn every_follow_up_in_the_content_points_to_something_that_exists() {
    // Content validation runs on the embedded content (the_embedded_content_parses_and_validates);
    // here, a dangling one is refused, naming where it is.
    let error = parse_with("content/questions.toml", |text| {
        text.replacen("learn = \"getting-help\"", "learn = \"nowhere\"", 1)
    });
    assert_names(&error, &["question \"scale-body\"", "follow_up", "nowhere"]);
    let error = parse_with("content/questions.toml", |text| {
        text.replacen("action = \"reassure\"", "action = \"no-such-care\"", 1)
    });
    assert_names(&error, &["follow_up", "no-such-care"]);
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
    assert!(
        feel_now.options.iter().all(|o| o.follow_up.is_none()),
        "no feeling is judged: none of them brings a follow-up of its own"
    );
}

/// The calm space ("Need a moment?", `ui/js/calm.js`) offers these pages by id; each leads on
/// through "see also", and none of the app's words carries a phone number (the right ones
/// depend on where a person lives; they add their own to "my people").
#[test]
fn the_calm_space_pages_exist_lead_on_and_no_words_ship_a_phone_number() {
    let content = content();
    for id in ["drop", "didnt-feel-okay", "getting-help", "grounding"] {
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
    let words = content
        .guide
        .iter()
        .map(|p| p.body.as_str())
        .chain(content.strings.values().map(String::as_str));
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
