//! The app's commands as each place that must agree names them, read with small parsers: the
//! handler list, `build.rs`, the capability file and the UI's `invoke` calls.
//!
//! Each reader gives the names it found with the line of each, for failure messages.

use std::collections::BTreeMap;

use super::rust_tokens::{matching_close, tokenize, Kind, Token};

/// Command names, each with the (1-based) line it is named on.
pub type Names = BTreeMap<String, usize>;

/// The functions declared in `commands! { fn name(…) -> … { … } … }` tables (the shell's
/// command modules), or `None` if the source has no such table.
pub fn command_tables(source: &str) -> Option<Names> {
    let tokens = tokenize(source);
    let mut names = Names::new();
    let mut found = false;
    let mut i = 0;
    while i + 2 < tokens.len() {
        let is_table = tokens[i].is_ident("commands")
            && tokens[i + 1].is_punct('!')
            && tokens[i + 2].is_punct('{');
        if !is_table {
            i += 1;
            continue;
        }
        found = true;
        let open = i + 2;
        let close = matching_close(&tokens, open).min(tokens.len());
        let mut depth = 0usize;
        for j in open + 1..close {
            let token = &tokens[j];
            if token.is_punct('{') || token.is_punct('(') || token.is_punct('[') {
                depth += 1;
            } else if token.is_punct('}') || token.is_punct(')') || token.is_punct(']') {
                depth = depth.saturating_sub(1);
            } else if depth == 0 && token.is_ident("fn") {
                if let Some(name) = tokens.get(j + 1).and_then(Token::ident) {
                    names.insert(name.to_string(), tokens[j + 1].line);
                }
            }
        }
        i = close;
    }
    found.then_some(names)
}

/// The string literals in `.commands(&[…])`, or `None` if there is no such call.
pub fn build_script(source: &str) -> Option<Names> {
    let tokens = tokenize(source);
    let at = (0..tokens.len()).find(|&i| {
        tokens[i].is_ident("commands") && tokens.get(i + 1).is_some_and(|t| t.is_punct('('))
    })?;
    let close = matching_close(&tokens, at + 1);
    let names = tokens[at + 1..close.min(tokens.len())]
        .iter()
        .filter_map(|token| match &token.kind {
            Kind::Str(name) => Some((name.clone(), token.line)),
            _ => None,
        })
        .collect();
    Some(names)
}

/// Each permission `allow-x-y` in a capability file, as the command `x_y`. Permissions of
/// plugins and of Tauri itself carry a `:` (`core:event:allow-listen`) and are not commands.
/// Every string in the file is looked at, so a permission written as an object
/// (`{ "identifier": "allow-x", … }`) counts too.
pub fn capability(json: &str) -> Names {
    json_strings(json)
        .into_iter()
        .filter(|(text, _)| !text.contains(':'))
        .filter_map(|(text, line)| {
            let command = text.strip_prefix("allow-")?;
            Some((command.replace('-', "_"), line))
        })
        .collect()
}

/// The command named in each `invoke('name'` call of a script, but a plugin's
/// (`plugin:<plugin>|<command>`, [`ui_plugin_invokes`]). The wrapper that calls Tauri
/// (`invoke(command, args)`) passes a variable, not a literal, and is no command.
pub fn ui_invokes(script: &str) -> Names {
    all_invokes(script)
        .into_iter()
        .filter(|(name, _)| !name.starts_with("plugin:"))
        .collect()
}

/// A plugin's commands the script calls (`invoke('plugin:barcode-scanner|scan'`), each as the
/// permission that grants it (`barcode-scanner:allow-scan`).
pub fn ui_plugin_invokes(script: &str) -> Names {
    all_invokes(script)
        .into_iter()
        .filter_map(|(name, line)| {
            let (plugin, command) = name.strip_prefix("plugin:")?.split_once('|')?;
            Some((
                format!("{plugin}:allow-{}", command.replace('_', "-")),
                line,
            ))
        })
        .collect()
}

fn all_invokes(script: &str) -> Names {
    let chars: Vec<char> = script.chars().collect();
    let mut names = Names::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if starts_with(&chars, i, "//") {
            i = find(&chars, i, "\n");
        } else if starts_with(&chars, i, "/*") {
            i = find(&chars, i + 2, "*/") + 2;
        } else if matches!(c, '\'' | '"' | '`') {
            i = quoted_at(&chars, i).1;
        } else if c.is_alphabetic() || c == '_' || c == '$' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || matches!(chars[i], '_' | '$')) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            if word == "invoke" {
                if let Some((name, after)) = literal_argument(&chars, i) {
                    names.insert(name, line_at(&chars, start));
                    i = after;
                }
            }
        } else {
            i += 1;
        }
    }
    names
}

/// After a function's name: `( 'literal'` gives the literal and the index after it.
fn literal_argument(chars: &[char], mut i: usize) -> Option<(String, usize)> {
    let skip_space = |mut i: usize| {
        while chars.get(i).is_some_and(|c| c.is_whitespace()) {
            i += 1;
        }
        i
    };
    i = skip_space(i);
    if chars.get(i) != Some(&'(') {
        return None;
    }
    i = skip_space(i + 1);
    if !matches!(chars.get(i), Some('\'' | '"' | '`')) {
        return None;
    }
    Some(quoted_at(chars, i))
}

/// A quoted string starting at `i` (its quote mark): its text and the index after it.
fn quoted_at(chars: &[char], start: usize) -> (String, usize) {
    let quote = chars[start];
    let mut text = String::new();
    let mut i = start + 1;
    while i < chars.len() && chars[i] != quote {
        if chars[i] == '\\' {
            i += 1;
        }
        text.extend(chars.get(i));
        i += 1;
    }
    (text, i + 1)
}

/// Every string in a JSON text, with its line.
fn json_strings(json: &str) -> Vec<(String, usize)> {
    let chars: Vec<char> = json.chars().collect();
    let mut strings = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '"' {
            let (text, after) = quoted_at(&chars, i);
            strings.push((text, line_at(&chars, i)));
            i = after;
        } else {
            i += 1;
        }
    }
    strings
}

fn starts_with(chars: &[char], i: usize, text: &str) -> bool {
    text.chars()
        .enumerate()
        .all(|(k, c)| chars.get(i + k) == Some(&c))
}

/// The index where `text` next starts at or after `i`, or the end.
fn find(chars: &[char], mut i: usize, text: &str) -> usize {
    while i < chars.len() && !starts_with(chars, i, text) {
        i += 1;
    }
    i
}

fn line_at(chars: &[char], i: usize) -> usize {
    1 + chars[..i.min(chars.len())]
        .iter()
        .filter(|&&c| c == '\n')
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(found: &Names) -> Vec<&str> {
        found.keys().map(String::as_str).collect()
    }

    #[test]
    fn command_tables_give_each_declared_function() {
        let source = "commands! {\n    /// Doc.\n    fn content(state, _now) -> Value {\n        \
                      let f = |x| x; Ok(f(1))\n    }\n\n    fn journal_entry(state, _now, id: \
                      JournalId) -> JournalEntry { todo!() }\n}\nfn not_a_command() {}";
        let found = command_tables(source).unwrap();
        assert_eq!(names(&found), ["content", "journal_entry"]);
        assert_eq!(found["journal_entry"], 7, "the line the name is on");
        assert!(command_tables("fn main() {}").is_none());
    }

    #[test]
    fn build_script_names_are_the_string_literals_of_the_commands_call() {
        let source = "AppManifest::new().commands(&[\"content\", // \"not_this\"\n\"lock\"])";
        assert_eq!(names(&build_script(source).unwrap()), ["content", "lock"]);
    }

    #[test]
    fn capabilities_are_the_apps_own_allow_permissions() {
        let json = r#"{ "identifier": "default", "permissions": ["allow-vault-status",
            "core:event:allow-listen", { "identifier": "allow-lock" }] }"#;
        let found = capability(json);
        assert_eq!(names(&found), ["lock", "vault_status"]);
        assert_eq!(found["lock"], 2);
    }

    #[test]
    fn ui_invokes_are_calls_with_a_literal_name() {
        let script =
            "function invoke(command, args) { return tauri.core.invoke(command, args); }\n\
                      // invoke('commented_out')\n\
                      const s = \"invoke('in_a_string')\";\n\
                      export const lock = () => invoke('lock');\n\
                      export const wipe = () => invoke( \"wipe\", {});";
        let found = ui_invokes(script);
        assert_eq!(names(&found), ["lock", "wipe"]);
        assert_eq!(found["lock"], 4);
    }
}
