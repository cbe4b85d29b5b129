//! Words for every body and every setting: cards read right for one person and for several,
//! touch and eye contact are offered and never assumed, the page for when something didn't
//! feel okay puts the person's safety and choice first, and the grounding works wherever and
//! however a person is.

use crate::support::content;

/// A Learn page's text with its line breaks as spaces, so a phrase reads the same however the
/// Markdown was wrapped.
fn page(id: &str) -> String {
    let body = &content()
        .page(id)
        .unwrap_or_else(|| panic!("a page {id}"))
        .body;
    body.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A card may be read on one's own or with several people: none of them counts people as two
/// ("fill two glasses", "you both").
#[test]
fn care_cards_read_right_for_one_person_and_for_several() {
    for action in &content().actions {
        let text = [
            vec![action.summary.clone()],
            action.steps.clone(),
            action.say.clone(),
            action.ask.clone(),
        ]
        .concat()
        .join(" ");
        for counted in ["both", "two"] {
            assert!(
                !words(&text).iter().any(|w| w == counted),
                "`{}` says \"{counted}\": {text}",
                action.id
            );
        }
    }
}

/// Reassuring someone doesn't take touch or eye contact for granted, and the one who hears that
/// something didn't feel okay is never told to offer a hug, nor to check in unasked.
#[test]
fn touch_and_eye_contact_are_offered_never_assumed() {
    let reassure = content().action("reassure").unwrap();
    for step in &reassure.steps {
        if step.contains("hand") || step.contains("eyes") || step.contains("close") {
            assert!(step.to_lowercase().contains("if they"), "reassure: {step}");
        }
    }
    let page = page("didnt-feel-okay");
    let hearer = &page[page.find("## If someone tells you").unwrap()..];
    assert!(!hearer.to_lowercase().contains("hug"), "{hearer}");
    assert!(hearer.contains("if they'd like that"), "{hearer}");
}

/// "If something didn't feel okay" says first that raising it with the other person is never
/// required, counts freezing and not managing to say no, and says what to do if being around
/// them doesn't feel safe.
#[test]
fn the_page_for_when_something_didnt_feel_okay_puts_safety_and_choice_first() {
    let page = page("didnt-feel-okay");
    let yours = &page[page.find("## If it was you").unwrap()..];
    let never_required = yours
        .find("You never have to raise it")
        .expect("says raising it is never required");
    let first_advice = yours.find(" - ").unwrap();
    assert!(
        never_required < first_advice,
        "first, before any advice on raising it"
    );
    assert!(yours.contains("froze"), "freezing counts");
    assert!(yours.contains("couldn't get the word no out"));
    assert!(yours.contains("If being around them doesn't feel safe"));
}

/// The grounding works undressed, out of bed and without sight; smell is optional, and any step
/// can be skipped: on the Learn page and in the step-through.
#[test]
fn grounding_works_wherever_and_however_a_person_is() {
    let content = content();
    let page = page("grounding");
    let steps: Vec<&str> = ["step_5", "step_4", "step_2"]
        .iter()
        .map(|key| content.string(&format!("learn.{key}")).unwrap())
        .collect();
    let feel = &page[page.find("Four things").unwrap()..page.find("Three things").unwrap()];
    for text in [feel, steps[1]] {
        assert!(
            !text.contains("the bed") && !text.contains("clothes"),
            "undressed and out of bed too: {text}"
        );
    }
    for text in [page.as_str(), &steps.join(" ")] {
        let lower = text.to_lowercase();
        assert!(lower.contains("see or hear") || lower.contains("see, or hear"));
        assert!(lower.contains("skip"));
    }
    assert!(page.contains("you can skip any step"));
    assert!(content
        .string("learn.grounding_intro")
        .unwrap()
        .contains("You can skip any step"));
    assert!(steps[2].starts_with("If you like"));
}
