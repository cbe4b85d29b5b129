//! Checks on the shell's configuration and the UI it serves: what the web view may load, what it
//! may call, and that the UI's code has no way to inject HTML or reach a network.

use std::path::{Path, PathBuf};

use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn json(path: &str) -> Value {
    let text = std::fs::read_to_string(root().join(path)).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn the_csp_allows_no_remote_origin() {
    let config = json("src-tauri/tauri.conf.json");
    let csp = config["app"]["security"]["csp"]
        .as_object()
        .expect("a CSP must be set");
    // `http://ipc.localhost` is Tauri's own IPC on some platforms: local, never a network.
    let allowed = ["'self'", "'none'", "data:", "ipc:", "http://ipc.localhost"];
    for (directive, sources) in csp {
        for source in sources.as_str().unwrap().split_whitespace() {
            assert!(
                allowed.contains(&source),
                "CSP {directive} allows {source}: no remote origins"
            );
        }
    }
    for directive in ["default-src", "script-src", "connect-src", "object-src"] {
        assert!(csp.contains_key(directive), "CSP must set {directive}");
    }
    assert!(
        !csp["script-src"].as_str().unwrap().contains("unsafe"),
        "no unsafe scripts"
    );
}

#[test]
fn the_window_may_call_only_the_apps_own_commands() {
    let capability = json("src-tauri/capabilities/default.json");
    let permissions: Vec<&str> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    // Beyond its own commands, the window may only listen for the app's events (a reminder
    // was shown).
    let core_events = ["core:event:allow-listen", "core:event:allow-unlisten"];
    let build = std::fs::read_to_string(root().join("src-tauri/build.rs")).unwrap();
    for name in permissions.iter().filter(|p| !core_events.contains(p)) {
        assert!(
            name.starts_with("allow-"),
            "only the app's own commands are granted, found {name}"
        );
        let command = name.trim_start_matches("allow-").replace('-', "_");
        assert!(
            build.contains(&format!("\"{command}\"")),
            "{command} must be declared in build.rs"
        );
    }
}

#[test]
fn the_phone_sized_window_is_the_default() {
    let window = &json("src-tauri/tauri.conf.json")["app"]["windows"][0];
    assert_eq!(window["width"], 390);
    assert_eq!(window["height"], 844);
    assert_eq!(window["resizable"], true);
}

#[test]
fn the_ui_never_injects_html_nor_reaches_a_network() {
    let forbidden = [
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
        "fetch(",
        "XMLHttpRequest",
        "WebSocket",
        "EventSource",
        "sendBeacon",
        // Web storage: the web view keeps nothing the app needs again (ARCHITECTURE.md).
        "localStorage",
        "sessionStorage",
        "indexedDB",
        "document.cookie",
        "caches.",
        "serviceWorker",
        "http://",
        "https://",
    ];
    let js = root().join("ui/js");
    let mut scanned = 0;
    for entry in std::fs::read_dir(&js).unwrap() {
        let path = entry.unwrap().path();
        // The SVG namespace is a name, not an address that is ever fetched.
        let text = std::fs::read_to_string(&path)
            .unwrap()
            .replace("'http://www.w3.org/2000/svg'", "");
        for word in forbidden {
            assert!(!text.contains(word), "{} uses {word}", path.display());
        }
        scanned += 1;
    }
    assert!(scanned >= 3, "the scan must see the UI's modules");
}

#[test]
fn the_ui_only_ever_writes_to_the_clipboard_from_one_module_and_never_reads_it() {
    // What leaves the app is what the person copies, on a tap: one module writes to the
    // clipboard (`hand-over.js`), and nothing reads what other apps put there.
    let js = root().join("ui/js");
    let mut writers = Vec::new();
    for entry in std::fs::read_dir(&js).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for word in [
            "readText",
            "clipboard.read",
            "execCommand",
            "'paste'",
            "\"paste\"",
        ] {
            assert!(!text.contains(word), "{} uses {word}", path.display());
        }
        if text.contains("navigator.clipboard") {
            writers.push(path.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    assert_eq!(writers, ["hand-over.js"]);
}

#[test]
fn only_one_module_calls_invoke() {
    let js = root().join("ui/js");
    let callers: Vec<String> = std::fs::read_dir(&js)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| std::fs::read_to_string(p).unwrap().contains(".invoke("))
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(callers, ["ipc.js"]);
}

/// The opening tags named `name` in `html` (`<input …>`), as written.
fn tags<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name} ");
    html.match_indices(&open)
        .map(|(start, _)| {
            let end = start + html[start..].find('>').expect("a closed tag");
            &html[start..=end]
        })
        .collect()
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    Some(&tag[start..start + tag[start..].find('"')?])
}

/// What every field a person types into says to the web view and the keyboard: no spell-check
/// (words are not sent to a dictionary nor underlined), no autocorrect or suggestions (a
/// phone's keyboard has less to learn from), no autofill, so that intimate words do not turn
/// up as suggestions elsewhere.
const QUIET: [(&str, &str); 3] = [
    ("spellcheck", "false"),
    ("autocorrect", "off"),
    ("autocomplete", "off"),
];

#[test]
fn typed_words_feed_no_password_manager_spell_check_or_keyboard_learning() {
    let html = std::fs::read_to_string(root().join("ui/index.html")).unwrap();
    let mut fields = tags(&html, "textarea");
    fields.extend(tags(&html, "input").into_iter().filter(|tag| {
        matches!(
            attribute(tag, "type"),
            Some("text" | "search" | "password") | None
        )
    }));
    assert!(
        fields.len() >= 10,
        "the scan must see the fields: {fields:?}"
    );
    for field in &fields {
        for (name, value) in QUIET {
            assert_eq!(
                attribute(field, name),
                Some(value),
                "{field} must say {name}=\"{value}\""
            );
        }
        // Passcodes are not offered to a password manager ("new-password" and
        // "current-password" invite one to save or fill them), and never capitalised.
        assert!(
            attribute(field, "autocapitalize").is_some(),
            "{field} says how to capitalise"
        );
    }

    // Fields the scripts make go through one helper that says the same.
    let js = root().join("ui/js");
    for entry in std::fs::read_dir(&js).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        // A made `<input>` is a text field unless its type says otherwise (radio buttons are).
        let made_text_input = text.contains("el('input'")
            && !text.contains(".type = 'radio'")
            && !text.contains(".type = 'checkbox'");
        assert!(
            !made_text_input || path.ends_with("dom.js"),
            "{} makes a text field without `typingField` (dom.js)",
            path.display()
        );
        for made in ["el('textarea'", "createElement('textarea'"] {
            assert!(
                !text.contains(made),
                "{} makes a field without `typingField` (dom.js)",
                path.display()
            );
        }
    }
    let dom = std::fs::read_to_string(js.join("dom.js")).unwrap();
    for (name, value) in QUIET {
        assert!(
            dom.contains(&format!("'{name}', '{value}'")),
            "typingField sets {name}={value}"
        );
    }
}

/// Every icon the page draws is a symbol of the page itself (`<use href="#icon-…">`), so no
/// second document is loaded, and parsed as XML, for the icons (docs/performance.md).
#[test]
fn every_icon_the_page_draws_is_a_symbol_of_the_page() {
    let page = std::fs::read_to_string(root().join("ui/index.html")).unwrap();
    let drawn: Vec<&str> = page
        .split("<use href=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect();
    assert!(drawn.len() >= 10, "the scan must see the page's icons");
    for href in drawn {
        let id = href
            .strip_prefix("#icon-")
            .unwrap_or_else(|| panic!("<use href=\"{href}\"> draws from elsewhere"));
        assert!(
            page.contains(&format!("<symbol id=\"icon-{id}\"")),
            "{href} is not a symbol of the page"
        );
    }
    // The modules that draw icons name them the same way.
    for module in ["icons.js", "action-card.js"] {
        let text = std::fs::read_to_string(root().join("ui/js").join(module)).unwrap();
        assert!(
            text.contains("`#icon-${"),
            "{module} draws the page's symbols"
        );
        assert!(
            !text.contains(".svg#"),
            "{module} draws an icon from a file"
        );
    }
}
