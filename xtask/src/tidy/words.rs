//! One word per thing (issue 26): the names the code retired, and the identifiers of the Rust
//! and JavaScript sources, read so that words inside strings and comments are not names (a SQL
//! string keeps a stored table's name; a sentence may say "tap").

use super::rust_tokens::{tokenize, Kind};

/// A retired name, as the words it is made of, and the name the glossary gives the thing now.
/// An identifier is retired if its words (split at `_` and at each capital) hold these words in
/// a row, so `record_action`, `recordAction` and `RecordActionNow` are all caught.
pub const RETIRED: &[(&[&str], &str)] = &[
    (&["action", "taken"], "`Care` (a recorded act of care)"),
    (&["record", "action"], "`record_care`"),
    (&["tap", "care"], "`record_care`"),
    (&["record", "tap"], "`record_care`"),
    (&["undo", "tap"], "`undo_care`"),
    (&["last", "tap"], "`last_care`"),
    (&["forget", "tap"], "`forget_care`"),
    (&["tap", "counts"], "`care_counts`"),
    (
        &["later", "minutes"],
        "`snooze_minutes` (\"Later\" snoozes; the stored key keeps its name)",
    ),
    (&["reminders", "later"], "`snooze_reminders_due_in`"),
    (
        &["reminder", "snooze"],
        "`snooze_reminder` (a change is verb-first)",
    ),
    (
        &["journal", "create"],
        "`create_journal_entry` (a change is verb-first)",
    ),
    (
        &["journal", "edit"],
        "`edit_journal_entry` (a change is verb-first)",
    ),
    (
        &["journal", "delete"],
        "`delete_journal_entry` (a change is verb-first)",
    ),
    (&["journal", "get"], "`journal_entry` (a query is a noun)"),
    (
        &["journal", "list"],
        "`journal_entries` (a query is a noun)",
    ),
    (
        &["reminder", "add"],
        "`add_reminder` (a change is verb-first)",
    ),
    (
        &["reminder", "set", "state"],
        "`set_reminder_state` (a change is verb-first)",
    ),
    (
        &["count", "auto", "delete"],
        "`auto_delete_count` (a query is a noun)",
    ),
];

/// Identifiers that are retired whole (their words alone would catch too much).
pub const RETIRED_WHOLE: &[(&str, &str)] = &[
    ("Tap", "`CareRecorded`"),
    ("FollowUp", "`Reply` (a follow-up is the reminders' plan)"),
    ("FollowUpLink", "`ReplyLink`"),
    ("followUp", "`reply` (a follow-up is the reminders' plan)"),
    ("followUps", "`replies`"),
    ("showFollowUps", "`showReplies`"),
    ("LATER", "`SNOOZE_CHOICES`"),
    (
        "home_order",
        "`shown_order` (the stored key home_order is `tile_order`)",
    ),
    ("most_used", "`most_used_first`"),
    ("shown_locked", "`locked_tiles`"),
    ("shortcut_taken", "`take_shortcut` (a change is verb-first)"),
    ("shortcutTaken", "`takeShortcut`"),
    (
        "reminders_fired",
        "`mark_reminders_fired` (a change is verb-first)",
    ),
];

/// An identifier's words, lower case: `undoTap` and `undo_tap` are both `["undo", "tap"]`.
pub fn words_of(identifier: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for c in identifier.chars() {
        if c == '_' || c == '$' {
            words.extend((!current.is_empty()).then(|| std::mem::take(&mut current)));
            previous_lower = false;
            continue;
        }
        if c.is_uppercase() && previous_lower {
            words.push(std::mem::take(&mut current));
        }
        previous_lower = c.is_lowercase() || c.is_ascii_digit();
        current.extend(c.to_lowercase());
    }
    words.extend((!current.is_empty()).then_some(current));
    words
}

/// What the glossary calls the thing an identifier names, if the identifier is a retired name.
pub fn retired(identifier: &str) -> Option<&'static str> {
    if let Some((_, now)) = RETIRED_WHOLE.iter().find(|(old, _)| *old == identifier) {
        return Some(now);
    }
    let words = words_of(identifier);
    RETIRED
        .iter()
        .find(|(old, _)| {
            words
                .windows(old.len())
                .any(|window| window.iter().zip(old.iter()).all(|(a, b)| a == b))
        })
        .map(|(_, now)| *now)
}

/// The identifiers of a Rust source, each with its line.
pub fn rust_identifiers(source: &str) -> Vec<(String, usize)> {
    tokenize(source)
        .into_iter()
        .filter_map(|token| match token.kind {
            Kind::Ident(name) => Some((name, token.line)),
            _ => None,
        })
        .collect()
}

/// Moves `i` to where `end` holds (or the end), counting lines and stepping over escapes.
fn skip(chars: &[char], i: &mut usize, line: &mut usize, end: &dyn Fn(usize) -> bool) {
    while *i < chars.len() && !end(*i) {
        if chars[*i] == '\n' {
            *line += 1;
        }
        if chars[*i] == '\\' {
            *i += 1;
        }
        *i += 1;
    }
}

/// The identifiers of a script, each with its line: comments and the insides of strings and
/// template literals are skipped (a template's `${…}` too; the scripts keep names out of them).
pub fn script_identifiers(script: &str) -> Vec<(String, usize)> {
    let chars: Vec<char> = script.chars().collect();
    let mut found = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && chars.get(i + 1) == Some(&'/') {
            skip(&chars, &mut i, &mut line, &|k| chars[k] == '\n');
        } else if c == '/' && chars.get(i + 1) == Some(&'*') {
            i += 2;
            skip(&chars, &mut i, &mut line, &|k| {
                chars[k] == '*' && chars.get(k + 1) == Some(&'/')
            });
            i += 2;
        } else if matches!(c, '\'' | '"' | '`') {
            i += 1;
            skip(&chars, &mut i, &mut line, &|k| chars[k] == c);
            i += 1;
        } else if c.is_alphabetic() || c == '_' || c == '$' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || matches!(chars[i], '_' | '$')) {
                i += 1;
            }
            found.push((chars[start..i].iter().collect(), line));
        } else {
            i += 1;
        }
    }
    found
}

/// The structs, enums and traits a Rust source declares, each with its line.
pub fn declared_types(source: &str) -> Vec<(String, usize)> {
    let tokens = tokenize(source);
    tokens
        .windows(2)
        .filter(|pair| {
            ["struct", "enum", "trait"]
                .iter()
                .any(|k| pair[0].is_ident(k))
        })
        .filter_map(|pair| Some((pair[1].ident()?.to_string(), pair[1].line)))
        .collect()
}

/// The lines of a Rust source where a type that is serialized (a reply the UI reads) renames
/// its fields to camelCase. The replies' keys are snake_case, as the structs' fields are.
pub fn camel_case_replies(source: &str) -> Vec<usize> {
    let tokens = tokenize(source);
    let mut lines = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let camel = token.is_ident("rename_all")
            && tokens.get(i + 1).is_some_and(|t| t.is_punct('='))
            && tokens
                .get(i + 2)
                .is_some_and(|t| t.kind == Kind::Str("camelCase".to_string()));
        if !camel {
            continue;
        }
        let Some(derive) = (i.saturating_sub(40)..i)
            .rev()
            .find(|&k| tokens[k].is_ident("derive"))
        else {
            continue;
        };
        let serialized = tokens[derive..i]
            .iter()
            .take_while(|t| !t.is_punct(']'))
            .any(|t| t.is_ident("Serialize"));
        if serialized {
            lines.push(token.line);
        }
    }
    lines
}

/// The names a script both imports and declares at its top level (`function`, `const`, `let`,
/// `class` at the start of a line), each with its line: a module that does so is a SyntaxError
/// and the page never starts, which a rename can bring about unseen.
pub fn imported_and_declared(script: &str) -> Vec<(String, usize)> {
    let mut imported = Vec::new();
    let mut statement = String::new();
    for line in script.lines() {
        if line.starts_with("import ") || !statement.is_empty() {
            statement.push_str(line);
            statement.push(' ');
            if !line.contains(" from ") {
                continue;
            }
            if let (Some(open), Some(close)) = (statement.find('{'), statement.find('}')) {
                for name in statement[open + 1..close].split(',') {
                    let local = name.split(" as ").last().unwrap_or(name).trim();
                    if !local.is_empty() {
                        imported.push(local.to_string());
                    }
                }
            } else if let Some(rest) = statement.split("* as ").nth(1) {
                imported.extend(rest.split_whitespace().next().map(str::to_string));
            }
            statement.clear();
        }
    }
    let mut both = Vec::new();
    for (index, line) in script.lines().enumerate() {
        let declared = ["export ", "async "].iter().fold(line, |rest, prefix| {
            rest.strip_prefix(prefix).unwrap_or(rest)
        });
        let name = ["function ", "const ", "let ", "class "]
            .iter()
            .find_map(|keyword| declared.strip_prefix(keyword))
            .and_then(|rest| {
                rest.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
                    .next()
            });
        if let Some(name) = name.filter(|name| imported.iter().any(|i| i == name)) {
            both.push((name.to_string(), index + 1));
        }
    }
    both
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_retired_name_is_caught_in_any_casing_and_a_kept_one_is_not() {
        assert_eq!(words_of("undoTap"), ["undo", "tap"]);
        assert_eq!(words_of("RecordActionNow"), ["record", "action", "now"]);
        for old in [
            "record_action",
            "recordAction",
            "ActionTaken",
            "action_taken",
            "Tap",
        ] {
            assert!(retired(old).is_some(), "{old} is retired");
        }
        for kept in [
            "record_care",
            "tap",
            "tapped",
            "ActionId",
            "action",
            "CareRecorded",
        ] {
            assert!(retired(kept).is_none(), "{kept} is kept");
        }
    }

    #[test]
    fn names_in_strings_and_comments_are_not_identifiers() {
        let script = "// recordAction\nconst a = 'undo_tap'; /* lastTap */ f(`x ${y}`, b);\n";
        let names: Vec<String> = script_identifiers(script)
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        assert_eq!(names, ["const", "a", "f", "b"]);
        let source = "// record_action\nlet q = \"SELECT * FROM action_taken\";\n";
        let names: Vec<String> = rust_identifiers(source)
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        assert_eq!(names, ["let", "q"]);
    }

    #[test]
    fn a_serialized_type_in_camel_case_is_found_and_decoded_arguments_are_not() {
        let reply = "#[derive(Debug, Serialize)]\n#[serde(rename_all = \"camelCase\")]\nstruct A;";
        assert_eq!(camel_case_replies(reply), [2]);
        let args = "#[derive(serde::Deserialize)]\n#[serde(rename_all = \"camelCase\")]\nstruct B;";
        assert!(camel_case_replies(args).is_empty());
        let kebab = "#[derive(Serialize)]\n#[serde(rename_all = \"kebab-case\")]\nenum C {}";
        assert!(camel_case_replies(kebab).is_empty());
    }

    #[test]
    fn a_name_imported_and_declared_again_is_found() {
        let script = "import { a, takeShortcut } from './ipc.js';\nimport {\n  b as c,\n} from './x.js';\nimport * as ipc from './ipc.js';\n\nasync function takeShortcut() {}\nexport function c() {}\nconst ipc = 1;\nfunction d() {}\n";
        let found: Vec<(String, usize)> = imported_and_declared(script);
        assert_eq!(
            found,
            [
                ("takeShortcut".to_string(), 7),
                ("c".to_string(), 8),
                ("ipc".to_string(), 9)
            ]
        );
    }

    #[test]
    fn declared_types_are_the_structs_enums_and_traits() {
        let source = "pub enum A { B }\nstruct C;\npub trait D {}\nimpl E for C { type F = G; }";
        let names: Vec<String> = declared_types(source)
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        assert_eq!(names, ["A", "C", "D"]);
    }
}
