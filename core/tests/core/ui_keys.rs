//! No raw string key can reach the screen: every key the UI builds while it runs (a preset, a
//! grounding step, a journal prompt, a scale, a company, who a card is for) resolves in
//! `content/ui.toml`. `every_string_the_ui_asks_for_exists` (content.rs) covers the keys
//! written out in full; this covers the ones put together from a value, and fails when a new
//! way of building a key appears that this table does not know.

use std::path::Path;

use aftercare_core::reminders::Preset;

use crate::support::content;

fn ui_file(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../ui")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

/// The quoted words of `const NAME = [...]` in a UI script: what a key is built from.
fn js_array(file: &str, name: &str) -> Vec<String> {
    let text = ui_file(file);
    let start = text
        .find(&format!("const {name} = ["))
        .unwrap_or_else(|| panic!("ui/{file} declares {name}"));
    let body = &text[start..];
    let body = &body[body.find('[').unwrap() + 1..body.find(']').unwrap()];
    let words: Vec<String> = body
        .split(',')
        .map(|w| w.trim().trim_matches(['\'', '"']).to_owned())
        .filter(|w| !w.is_empty())
        .collect();
    assert!(!words.is_empty(), "ui/{file}: {name} is empty");
    words
}

/// How a value's serde name reads in the UI (`kebab-case`, as the commands send it).
fn serde_name<T: serde::Serialize>(value: T) -> String {
    serde_json::to_value(value)
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned()
}

/// Every call of `t(` in the UI's scripts whose key is not a plain quoted string: what is
/// between its parentheses, up to the first `,` or `)` at the same depth.
fn built_calls(text: &str) -> Vec<String> {
    let mut calls = Vec::new();
    for (start, _) in text.match_indices("t(") {
        let before = text[..start].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
            continue; // `createElement(`, `ipc.t(`…
        }
        let rest = &text[start + 2..];
        if rest.starts_with(['\'', '"']) && !rest[1..].starts_with(char::is_whitespace) {
            // A plain key, unless a ternary follows it (checked below with the others).
            let end = rest[1..].find(['\'', '"']).unwrap() + 2;
            if rest[end..].starts_with([',', ')']) {
                continue;
            }
        }
        let (mut depth, mut end) = (0i32, rest.len());
        for (i, c) in rest.char_indices() {
            match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth == 0 => {
                    end = i;
                    break;
                }
                ')' | ']' | '}' => depth -= 1,
                ',' if depth == 0 => {
                    end = i;
                    break;
                }
                _ => {}
            }
        }
        calls.push(rest[..end].trim().to_owned());
    }
    calls
}

#[test]
fn every_key_the_ui_builds_at_run_time_exists() {
    let measures = js_array("js/check-in.js", "MEASURES");
    let company = js_array("js/check-in.js", "COMPANY");
    let prompts = js_array("js/journal.js", "PROMPTS");
    let steps = js_array("js/learn.js", "STEPS");
    let presets: Vec<String> = Preset::ALL
        .into_iter()
        .filter(|p| *p != Preset::Custom)
        .map(|p| serde_name(p).replace('-', "_"))
        .collect();
    let who: Vec<String> = content()
        .actions
        .iter()
        .map(|a| serde_name(a.who))
        .collect();
    let prefixed = |prefix: &str, values: &[String]| -> Vec<String> {
        values.iter().map(|v| format!("{prefix}{v}")).collect()
    };

    // (script, the key expression as written, the keys it can make).
    let table: Vec<(&str, &str, Vec<String>)> = vec![
        (
            "action-card.js",
            "`action_card.for_${action.who}`",
            prefixed("action_card.for_", &who),
        ),
        (
            "check-in.js",
            "`check_in.scale_${measure}`",
            prefixed("check_in.scale_", &measures),
        ),
        (
            "check-in.js",
            "`check_in.company_${name}`",
            prefixed("check_in.company_", &company),
        ),
        (
            "history.js",
            "`history.company_${moment.company}`",
            prefixed("history.company_", &company),
        ),
        (
            "history.js",
            "`check_in.scale_${m}`",
            prefixed("check_in.scale_", &measures),
        ),
        (
            "journal.js",
            "`journal.prompt.${name}`",
            prefixed("journal.prompt.", &prompts),
        ),
        ("learn.js", "`learn.${key}`", prefixed("learn.", &steps)),
        (
            "learn.js",
            "last ? 'learn.done' : 'learn.next'",
            vec!["learn.done".into(), "learn.next".into()],
        ),
        (
            "remind.js",
            "`remind.${preset.replace(/-/g, '_')}`",
            prefixed("remind.", &presets),
        ),
        (
            "auth.js",
            "forgot ? 'forgot.title' : 'start_again.title'",
            vec!["forgot.title".into(), "start_again.title".into()],
        ),
        (
            "auth.js",
            "forgot ? 'forgot.text' : 'start_again.text'",
            vec!["forgot.text".into(), "start_again.text".into()],
        ),
        (
            "auth.js",
            "forgot ? 'forgot.button' : 'start_again.button'",
            vec!["forgot.button".into(), "start_again.button".into()],
        ),
        (
            "check-in.js",
            "since ? 'check_in.since_title' : 'check_in.title'",
            vec!["check_in.since_title".into(), "check_in.title".into()],
        ),
        (
            "check-in.js",
            "since ? 'check_in.since_intro' : 'check_in.intro'",
            vec!["check_in.since_intro".into(), "check_in.intro".into()],
        ),
        (
            "main.js",
            "answer === 'later' ? t('reminder_answer.later', { time: formatTime(until) }) : t('reminder_answer.okay')",
            vec!["reminder_answer.later".into(), "reminder_answer.okay".into()],
        ),
        (
            "insights.js",
            "`insights.${c.lean}`",
            vec!["insights.better".into(), "insights.same".into(), "insights.lower".into()],
        ),
        (
            "insights.js",
            "`insights.span_${day.span.replace(/-/g, '_')}`",
            [
                "right_after",
                "next_day",
                "day_two",
                "day_three",
                "later",
            ]
            .iter()
            .map(|s| format!("insights.span_{s}"))
            .collect(),
        ),
        (
            "insights.js",
            "had ? 'insights.calendar_day' : 'insights.calendar_empty_day'",
            vec!["insights.calendar_day".into(), "insights.calendar_empty_day".into()],
        ),
        // The auto-delete choices (OLDER_THAN) and the progress lines (withProgress's `key`).
        (
            "keep.js",
            "key",
            [
                "keep.keep_all",
                "keep.older_month",
                "keep.older_three_months",
                "keep.older_year",
                "keep.backing_up",
                "keep.restoring",
            ]
            .map(String::from)
            .to_vec(),
        ),
        // A backup's choices offered after a restore, on or off.
        (
            "keep.js",
            "offered.discreet ? 'keep.offer_discreet_on' : 'keep.offer_discreet_off'",
            vec!["keep.offer_discreet_on".into(), "keep.offer_discreet_off".into()],
        ),
        (
            "keep.js",
            "offered.protect_screen ? 'keep.offer_protect_on' : 'keep.offer_protect_off'",
            vec!["keep.offer_protect_on".into(), "keep.offer_protect_off".into()],
        ),
        // `applyStrings` reads the markup's keys, which content.rs checks.
        ("strings.js", "el.dataset.string", vec![]),
        ("strings.js", "el.dataset.label", vec![]),
        ("strings.js", "el.dataset.placeholder", vec![]),
    ];

    // Every built key in the scripts is one the table knows.
    let mut seen = 0;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/js");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let file = path.file_name().unwrap().to_str().unwrap().to_owned();
        for call in built_calls(&std::fs::read_to_string(&path).unwrap()) {
            // `export function t(key, vars = {})` is the function itself.
            if file == "strings.js" && (call == "key" || call.starts_with("'error.unknown'")) {
                continue;
            }
            assert!(
                table.iter().any(|(f, e, _)| *f == file && *e == call),
                "ui/js/{file} builds a string key as `{call}`: add it to this test's table with \
                 the keys it can make"
            );
            seen += 1;
        }
    }
    assert!(
        seen >= 12,
        "the scan must find the built keys (found {seen})"
    );

    // And every key each can make is in content/ui.toml.
    for (file, expression, keys) in &table {
        for key in keys {
            assert!(
                content().has_message(key),
                "ui/js/{file} can ask for `{key}` (from {expression}), missing from content/ui.ftl"
            );
        }
    }
    // A failed command shows the sentence for its kind, or this one: never `error.<kind>`.
    assert!(content().string("error.unknown").is_some());
    // The markup's placeholders are keys too.
    let markup = ui_file("index.html");
    for (start, _) in markup.match_indices("data-placeholder=\"") {
        let rest = &markup[start + "data-placeholder=\"".len()..];
        let key = &rest[..rest.find('"').unwrap()];
        assert!(
            content().has_message(key),
            "index.html's placeholder `{key}` is missing from content/ui.ftl"
        );
    }
}

/// Every part of the calm space a follow-up may lead to (`calm = "…"` in the content) has its
/// own case in the check-in's links, and each address it leads to is one the calm space or the
/// grounding answers: no follow-up link leads nowhere.
#[test]
fn every_calm_place_a_reply_may_name_leads_somewhere() {
    use aftercare_core::content::CalmPlace;
    let check_in = ui_file("js/check-in.js");
    // Each screen's route is in its own module's registry entry.
    let calm = ui_file("js/calm.js");
    let learn = ui_file("js/learn.js");
    for place in [
        CalmPlace::Space,
        CalmPlace::Settle,
        CalmPlace::Grounding,
        CalmPlace::People,
        CalmPlace::KindWords,
    ] {
        let name = serde_name(place);
        assert!(
            check_in.contains(&format!("case '{name}':")),
            "check-in.js has no way to `{name}`"
        );
        match place {
            CalmPlace::Space => assert!(calm.contains("route: /^#\\/calm(")),
            CalmPlace::Grounding => assert!(learn.contains("route: /^#\\/grounding$/")),
            _ => {
                assert!(
                    calm.contains(&format!("|{name}")) || calm.contains(&format!("({name}|")),
                    "calm.js routes #/calm/{name}"
                );
                assert!(
                    calm.contains(&format!("{name}: '")) || calm.contains(&format!("'{name}': '")),
                    "calm.js knows where `{name}` is"
                );
            }
        }
    }
}
