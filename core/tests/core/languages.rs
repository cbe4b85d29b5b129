//! The app in every language: each mirrors the English piece for piece (a missing piece fails
//! here, and nothing falls back to English), plurals and word choices follow each language's
//! rules, the system's language picks one of ours, and the pseudo-languages cover every word.

use aftercare_core::content::{check_mirror, Arg, Direction, Locale, Pattern, Source, Sources};

use crate::content::assert_names;

fn locale(tag: &str) -> &'static Locale {
    Locale::find(tag).unwrap_or_else(|| panic!("the app speaks {tag}"))
}

#[test]
fn every_language_has_every_piece_english_has() {
    Locale::check_all().unwrap_or_else(|e| panic!("{e}"));
    for tag in ["en", "es", "de"] {
        assert!(
            locale(tag).folder().is_some(),
            "{tag} is a folder of content/"
        );
    }
}

#[test]
fn settings_offers_each_language_by_its_own_name() {
    let names: Vec<(&str, &str)> = Locale::choices().iter().map(|c| (c.tag, c.name)).collect();
    for expected in [("en", "English"), ("es", "Español"), ("de", "Deutsch")] {
        assert!(names.contains(&expected), "{names:?}");
    }
    for choice in Locale::choices()
        .iter()
        .filter(|c| !locale(c.tag).is_pseudo())
    {
        let content = locale(choice.tag).content().unwrap();
        assert_eq!(content.string("language-name"), Some(choice.name));
    }
}

/// The Spanish files with one of them edited.
fn spanish_with(
    file: &str,
    edit: impl Fn(&str) -> String,
) -> aftercare_core::content::ContentError {
    let mut sources = locale("es").sources().unwrap();
    let original = [
        sources.actions,
        sources.questions,
        sources.ui,
        sources.card,
        sources.reminders,
    ]
    .into_iter()
    .chain(sources.guide.iter().copied())
    .find(|s| s.path == file)
    .unwrap_or_else(|| panic!("{file} is a Spanish file"));
    let edited = edit(original.text);
    assert_ne!(edited, original.text, "the edit must change {file}");
    let source = Source {
        path: file,
        text: &edited,
    };
    match file {
        "content/es/actions.toml" => sources.actions = source,
        "content/es/questions.toml" => sources.questions = source,
        "content/es/ui.ftl" => sources.ui = source,
        "content/es/card.toml" => sources.card = source,
        "content/es/reminders.toml" => sources.reminders = source,
        page => *sources.guide.iter_mut().find(|p| p.path == page).unwrap() = source,
    }
    check_mirror(&Sources::embedded(), &sources)
        .err()
        .unwrap_or_else(|| panic!("{file}: the edit must be found"))
}

#[test]
fn a_missing_or_different_piece_in_a_language_fails_and_names_it() {
    struct Case {
        file: &'static str,
        from: &'static str,
        to: &'static str,
        names: &'static [&'static str],
    }
    let cases = [
        Case {
            file: "content/es/actions.toml",
            from: "id = \"film\"",
            to: "id = \"pelicula\"",
            names: &["content/es/actions.toml", "action \"film\"", "missing"],
        },
        Case {
            file: "content/es/actions.toml",
            from: "icon = \"water\"",
            to: "icon = \"cuddle\"",
            names: &["content/es/actions.toml", "action \"water\"", "`icon`", "as in English"],
        },
        Case {
            file: "content/es/card.toml",
            from: "{ id = \"touch\"",
            to: "{ id = \"tacto\"",
            names: &["content/es/card.toml", "field \"needs\"", "options", "\"touch\"", "missing"],
        },
        Case {
            file: "content/es/reminders.toml",
            from: "[[wording]]",
            to: "[[wording]]\nid = \"extra\"\ntitle = \"Hola\"\nbody = \"Hola\"\nanswers = { okay = \"Sí\", not_so_good = \"No\", later = \"Luego\" }\n\n[[wording]]",
            names: &["content/es/reminders.toml"],
        },
        Case {
            file: "content/es/ui.ftl",
            from: "home-title = ",
            to: "home-titulo = ",
            names: &["content/es/ui.ftl", "message `home-title`", "missing"],
        },
        Case {
            file: "content/es/ui.ftl",
            from: "language-name = Español",
            to: "language-name = Español\nsaludo-extra = Hola",
            names: &["content/es/ui.ftl", "message `saludo-extra`", "not in English"],
        },
        Case {
            file: "content/es/ui.ftl",
            from: "Terminó a ",
            to: "Terminó { $hora } a ",
            names: &["content/es/ui.ftl", "message `history-ended`", "`$hora`", "does not give"],
        },
        Case {
            file: "content/es/ui.ftl",
            from: "} en { $path }",
            to: "} en tu carpeta",
            names: &["content/es/ui.ftl", "message `keep-backed_up`", "leaves out `$path`"],
        },
        Case {
            file: "content/es/guide/04-drop.md",
            from: "order = 4",
            to: "order = 40",
            names: &["content/es/guide", "page \"drop\"", "front matter", "order"],
        },
    ];
    for case in cases {
        let error = spanish_with(case.file, |text| text.replacen(case.from, case.to, 1));
        assert_names(&error, case.names);
    }
    // A follow-up pointing at a page that does not exist fails in that language's own checks.
    let error = spanish_with("content/es/questions.toml", |text| {
        text.replacen("learn = \"drop\"", "learn = \"caida\"", 1)
    });
    assert_names(
        &error,
        &["content/es/questions.toml", "\"caida\"", "does not exist"],
    );
}

fn text(tag: &str, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    let content = locale(tag).content().unwrap();
    content
        .text(key, args)
        .unwrap_or_else(|| panic!("{tag}: {key} formats"))
}

#[test]
fn counts_read_right_in_each_language() {
    let n = |n| [("n", Arg::Number(n))];
    for (tag, one, two) in [
        ("en", "1 minute", "2 minutes"),
        ("es", "1 minuto", "2 minutos"),
        ("de", "1 Minute", "2 Minuten"),
    ] {
        assert_eq!(text(tag, "settings.minutes", &n(1)), one);
        assert_eq!(text(tag, "settings.minutes", &n(2)), two);
    }
    let wait = |tag, s| text(tag, "unlock.wait", &[("seconds", Arg::Number(s))]);
    assert!(
        wait("en", 1).contains("wait 1 second,"),
        "{}",
        wait("en", 1)
    );
    assert!(wait("en", 30).contains("wait 30 seconds,"));
    assert!(
        wait("de", 1).contains("warte 1 Sekunde "),
        "{}",
        wait("de", 1)
    );
    assert!(
        wait("es", 1).contains("Espera 1 segundo "),
        "{}",
        wait("es", 1)
    );
}

/// Spanish says "a la 1:30" but "a las 13:30": the page passes the hour, and only Spanish
/// chooses by it.
#[test]
fn spanish_says_la_una_and_las_dos() {
    let since = |time, hour| {
        text(
            "es",
            "home.moment_since",
            &[("time", Arg::Text(time)), ("hour", Arg::Number(hour))],
        )
    };
    assert!(
        since("01:30", 1).contains("desde la 01:30"),
        "{}",
        since("01:30", 1)
    );
    assert!(since("13:30", 13).contains("desde las 13:30"));
    let english = text(
        "en",
        "home.moment_since",
        &[("time", Arg::Text("01:30")), ("hour", Arg::Number(1))],
    );
    assert_eq!(english, "This moment, since 01:30.");
}

#[test]
fn the_systems_language_picks_one_of_ours_or_english() {
    let pick = |asked: &[&str]| {
        let asked: Vec<String> = asked.iter().map(|s| (*s).to_owned()).collect();
        Locale::negotiate(&asked).tag
    };
    assert_eq!(pick(&["de-AT"]), "de");
    assert_eq!(pick(&["es_MX.UTF-8"]), "es");
    assert_eq!(pick(&["en-GB"]), "en");
    assert_eq!(
        pick(&["fr-FR", "de-DE"]),
        "de",
        "the first of ours in the system's order"
    );
    assert_eq!(pick(&["fr-FR"]), "en", "English when none fits");
    assert_eq!(pick(&[]), "en");
    assert_eq!(pick(&["C"]), "en");
}

#[test]
fn the_pseudo_language_brackets_and_lengthens_every_word() {
    let english = locale("en").content().unwrap();
    let pseudo = locale("en-XA").content().unwrap();
    let (mut english_chars, mut pseudo_chars) = (0, 0);
    for id in english.ui.ids() {
        let words = match pseudo.ui.pattern(id).unwrap() {
            Pattern::Text(text) => text.clone(),
            Pattern::Parts(_) => pseudo.ui.pattern(id).unwrap().words(),
        };
        assert!(
            words.starts_with('[') && words.ends_with(']'),
            "{id}: {words}"
        );
        assert!(
            !words.contains("the "),
            "{id}: every word accented: {words}"
        );
        english_chars += english.ui.pattern(id).unwrap().words().chars().count();
        pseudo_chars += words.chars().count() - 2;
    }
    let longer = pseudo_chars as f64 / english_chars as f64;
    assert!(
        (1.3..1.6).contains(&longer),
        "about 40 % longer: {longer:.2}"
    );
    for (en, xa) in english.actions.iter().zip(&pseudo.actions) {
        assert_eq!(en.id, xa.id, "ids stay");
        assert!(xa.title.starts_with('[') && xa.steps.iter().all(|s| s.ends_with(']')));
    }
    let page = pseudo.page("didnt-feel-okay").unwrap();
    assert!(
        page.body.lines().any(|l| l.starts_with("## [")),
        "headings stay Markdown"
    );
    // What the core writes itself, in the pseudo-language too.
    let written = pseudo
        .text("settings.minutes", &[("n", Arg::Number(2))])
        .unwrap();
    assert!(
        written.starts_with('[') && written.contains('2'),
        "{written}"
    );
    assert_eq!(pseudo.locale.dir, Direction::Ltr);
    assert_eq!(
        locale("ar-XB").content().unwrap().locale.dir,
        Direction::Rtl
    );
}

/// The language chosen is kept in the encrypted settings and, readable before unlocking, in a
/// file that holds only its tag; an unlock writes the file again from the settings.
#[test]
fn the_chosen_language_is_kept_in_the_settings_and_readable_before_unlocking() {
    use aftercare_core::vault::{read_locale, VaultStatus, LOCALE_FILE};

    use crate::support::{evening, passcode, set_up, PASSCODE};

    // Chosen before set-up: the welcome speaks it, and the folder is still a fresh one.
    let mut f = set_up();
    f.vault.wipe().unwrap();
    f.vault.choose_locale(locale("de")).unwrap();
    assert_eq!(f.vault.status(), VaultStatus::NotSetUp);
    assert_eq!(f.vault.chosen_locale().map(|l| l.tag), Some("de"));

    let mut f = set_up();
    assert_eq!(
        f.vault.chosen_locale().map(|l| l.tag),
        None,
        "none chosen yet"
    );
    assert_eq!(f.vault.settle_locale(locale("en")).unwrap().tag, "en");
    f.vault.choose_locale(locale("es")).unwrap();
    let file = f.dir.path().join(LOCALE_FILE);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "es\n",
        "the tag and nothing else"
    );
    assert_eq!(
        f.vault.store().unwrap().locale().unwrap().map(|l| l.tag),
        Some("es")
    );

    // Locked: read from the file. Gone or changed, the next unlock puts it back.
    f.vault.lock();
    assert_eq!(f.vault.chosen_locale().map(|l| l.tag), Some("es"));
    std::fs::write(&file, "de\n").unwrap();
    f.vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    assert_eq!(f.vault.settle_locale(locale("en")).unwrap().tag, "es");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "es\n");

    // Wipe removes it with everything else.
    f.vault.wipe().unwrap();
    assert!(!file.exists());

    for junk in [
        &b""[..],
        b"\n",
        b"xx\n",
        b"es\nde\n",
        b"../../etc",
        b"\xff\xfe",
        &[b'e'; 64],
    ] {
        assert!(read_locale(junk).is_none(), "{junk:?}");
    }
    assert_eq!(read_locale(b"de").map(|l| l.tag), Some("de"));
}

/// A language chosen (or put right at unlock) tells the shell to name the window again, in the
/// new language's words, whatever the look; nothing is said when nothing changed.
#[test]
fn a_new_language_has_the_window_named_again() {
    use crate::support::{evening, passcode, set_up, PASSCODE};

    let mut f = set_up();
    f.vault.take_changes();
    assert_eq!(f.vault.take_changes().look, None, "nothing changed");
    f.vault.choose_locale(locale("es")).unwrap();
    let look = f
        .vault
        .take_changes()
        .look
        .expect("the window is named again");
    assert_eq!(look.name(locale("es").content().unwrap()), "Recordatorios");
    assert_eq!(f.vault.take_changes().look, None, "said once");

    // Locked, and the file changed: the unlock puts the settings' language back, and says so.
    f.vault.lock();
    std::fs::write(f.dir.path().join("locale"), "de\n").unwrap();
    f.vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    f.vault.take_changes();
    f.vault.settle_locale(locale("de")).unwrap();
    assert!(f.vault.take_changes().look.is_some());
}
