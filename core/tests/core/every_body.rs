//! Words for every body and every setting: cards read right for one person and for several,
//! touch and eye contact are offered and never assumed, the page for when something didn't
//! feel okay puts the person's safety and choice first, and the grounding works wherever and
//! however a person is.

use aftercare_core::content::{Content, Locale};

use crate::support::content;

/// The words each language says these things with. A language not listed here still gets every
/// check that needs no words of its own; its reviewer adds a line (content/README.md).
struct Words {
    tag: &'static str,
    /// Words that count people as two.
    counted: &'static [&'static str],
    /// Words of touch or eye contact in the reassure card's steps…
    touch: &'static [&'static str],
    /// …each offered in a step that says one of these.
    offered: &'static [&'static str],
    /// "If something didn't feel okay": the part for the one who hears it…
    hearer: &'static str,
    /// …which never says to hug…
    hug: &'static str,
    /// …and offers to check in only if wanted.
    if_wanted: &'static str,
    /// The part for the one it happened to…
    yours: &'static str,
    /// …says first that raising it is never required…
    never_required: &'static str,
    /// …that freezing and not managing to say no count…
    froze: &'static str,
    no_out: &'static str,
    /// …and what to do if being around them doesn't feel safe.
    unsafe_around: &'static str,
}

const WORDS: &[Words] = &[
    Words {
        tag: "en",
        counted: &["both", "two"],
        touch: &["hand", "eyes", "close"],
        offered: &["if they"],
        hearer: "## If someone tells you",
        hug: "hug",
        if_wanted: "if they'd like that",
        yours: "## If it was you",
        never_required: "You never have to raise it",
        froze: "froze",
        no_out: "couldn't get the word no out",
        unsafe_around: "If being around them doesn't feel safe",
    },
    Words {
        tag: "es",
        counted: &["ambos", "ambas", "dos"],
        touch: &["mano", "mirada", "cerca"],
        offered: &["si le apetece", "si quiere"],
        hearer: "## Si alguien te dice que algo no estuvo bien",
        hug: "abraz",
        if_wanted: "si le apetece",
        yours: "## Si fuiste tú quien lo sintió",
        never_required: "Nunca tienes por qué sacar el tema",
        froze: "te bloquearas",
        no_out: "no te saliera decir que no",
        unsafe_around: "Si estar cerca de esa persona no te hace sentir a salvo",
    },
    Words {
        tag: "de",
        counted: &["beide", "beiden", "zwei"],
        touch: &["hand", "blick", "nähe"],
        offered: &["wenn es willkommen ist", "gewünscht"],
        hearer: "## Wenn dir jemand sagt",
        hug: "umarm",
        if_wanted: "wenn das gewünscht ist",
        yours: "## Wenn es dir so ging",
        never_required: "Du musst es bei der anderen Person nie ansprechen",
        froze: "erstarrt",
        no_out: "das Nein nicht herausbekommen",
        unsafe_around: "Wenn du dich in der Nähe der anderen Person nicht sicher fühlst",
    },
];

/// Each language the app speaks that [`WORDS`] lists, with its words (English, Spanish and
/// German at least).
fn languages() -> Vec<(&'static Content, &'static Words)> {
    let found: Vec<_> = Locale::all()
        .iter()
        .filter_map(|locale| {
            let words = WORDS.iter().find(|w| w.tag == locale.tag)?;
            Some((locale.content().unwrap(), words))
        })
        .collect();
    assert_eq!(
        found.len(),
        WORDS.len(),
        "every language listed is in the app"
    );
    found
}

/// A Learn page's text with its line breaks as spaces, so a phrase reads the same however the
/// Markdown was wrapped.
fn page_in(content: &Content, id: &str) -> String {
    let body = &content
        .page(id)
        .unwrap_or_else(|| panic!("{}: a page {id}", content.locale.tag))
        .body;
    body.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn page(id: &str) -> String {
    page_in(content(), id)
}

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// In every language, a card may be read on one's own or with several people: none of them
/// counts people as two ("fill two glasses", "you both").
#[test]
fn care_cards_read_right_for_one_person_and_for_several() {
    for (content, language) in languages() {
        for action in &content.actions {
            let text = [
                vec![action.summary.clone()],
                action.steps.clone(),
                action.say.clone(),
                action.ask.clone(),
            ]
            .concat()
            .join(" ");
            for counted in language.counted {
                assert!(
                    !words(&text).iter().any(|w| w == counted),
                    "{}: `{}` says \"{counted}\": {text}",
                    language.tag,
                    action.id
                );
            }
        }
    }
}

/// In every language, reassuring someone doesn't take touch or eye contact for granted, and the
/// one who hears that something didn't feel okay is never told to offer a hug, nor to check in
/// unasked.
#[test]
fn touch_and_eye_contact_are_offered_never_assumed() {
    for (content, language) in languages() {
        let tag = language.tag;
        let reassure = content.action("reassure").unwrap();
        let mut offered = 0;
        for step in &reassure.steps {
            let lower = step.to_lowercase();
            if language.touch.iter().any(|w| lower.contains(w)) {
                assert!(
                    language.offered.iter().any(|w| lower.contains(w)),
                    "{tag}: reassure: {step}"
                );
                offered += 1;
            }
        }
        assert!(
            offered > 0,
            "{tag}: the reassure card offers touch somewhere"
        );
        let page = page_in(content, "didnt-feel-okay");
        let hearer = &page[page
            .find(language.hearer)
            .unwrap_or_else(|| panic!("{tag}"))..];
        assert!(
            !hearer.to_lowercase().contains(language.hug),
            "{tag}: {hearer}"
        );
        assert!(hearer.contains(language.if_wanted), "{tag}: {hearer}");
    }
}

/// In every language, "If something didn't feel okay" says first that raising it with the other
/// person is never required, counts freezing and not managing to say no, and says what to do if
/// being around them doesn't feel safe.
#[test]
fn the_page_for_when_something_didnt_feel_okay_puts_safety_and_choice_first() {
    for (content, language) in languages() {
        let tag = language.tag;
        let page = page_in(content, "didnt-feel-okay");
        let yours = &page[page.find(language.yours).unwrap_or_else(|| panic!("{tag}"))..];
        let never_required = yours
            .find(language.never_required)
            .unwrap_or_else(|| panic!("{tag}: says raising it is never required"));
        let first_advice = yours.find(" - ").unwrap();
        assert!(
            never_required < first_advice,
            "{tag}: first, before any advice on raising it"
        );
        assert!(yours.contains(language.froze), "{tag}: freezing counts");
        assert!(yours.contains(language.no_out), "{tag}");
        assert!(yours.contains(language.unsafe_around), "{tag}");
    }
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
