//! The languages the app speaks: one folder of `content/` each, embedded at compile time
//! (`build.rs` lists them, so a language is added with a folder and no code), each parsed on
//! first use. Debug builds add two pseudo-languages made from the English (see `pseudo.rs`).

use std::sync::OnceLock;

use serde::Serialize;
use unic_langid::LanguageIdentifier;

use super::{
    locale_info::{direction, LocaleInfo},
    pseudo::Pseudo,
    Content, ContentError, Source, Sources,
};

/// One language's embedded files, as `build.rs` writes them.
pub(crate) struct Folder {
    tag: &'static str,
    name: &'static str,
    folder: &'static str,
    files: [Source<'static>; 7],
    guide: &'static [Source<'static>],
}

mod embedded {
    use super::{Folder, Source};
    include!(concat!(env!("OUT_DIR"), "/folders.rs"));
}

/// A language the app speaks.
pub struct Locale {
    /// Its tag, as its folder is named (`es`); English is `en`.
    pub tag: &'static str,
    /// Its name in its own words ("Español"), from `language-name` in its `ui.ftl`.
    pub name: &'static str,
    source: Made,
    parsed: OnceLock<Result<Content, ContentError>>,
}

enum Made {
    Folder(&'static Folder),
    Pseudo(Pseudo),
}

/// A language as Settings offers it.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageChoice {
    pub tag: &'static str,
    pub name: &'static str,
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locale").field("tag", &self.tag).finish()
    }
}

impl Locale {
    /// Every language of this build, English first.
    pub fn all() -> &'static [Locale] {
        static ALL: OnceLock<Vec<Locale>> = OnceLock::new();
        ALL.get_or_init(|| {
            let folders = embedded::FOLDERS.iter().map(|folder| Locale {
                tag: folder.tag,
                name: folder.name,
                source: Made::Folder(folder),
                parsed: OnceLock::new(),
            });
            let pseudo = Pseudo::IN_THIS_BUILD.iter().map(|&pseudo| Locale {
                tag: pseudo.tag(),
                name: pseudo.name(),
                source: Made::Pseudo(pseudo),
                parsed: OnceLock::new(),
            });
            folders.chain(pseudo).collect()
        })
    }

    /// English, the language every other mirrors.
    pub fn english() -> &'static Locale {
        &Locale::all()[0]
    }

    /// The language with this tag (in any case), if this build speaks it.
    pub fn find(tag: &str) -> Option<&'static Locale> {
        Locale::all()
            .iter()
            .find(|locale| locale.tag.eq_ignore_ascii_case(tag.trim()))
    }

    /// The languages Settings offers, by their own names.
    pub fn choices() -> Vec<LanguageChoice> {
        Locale::all()
            .iter()
            .map(|locale| LanguageChoice {
                tag: locale.tag,
                name: locale.name,
            })
            .collect()
    }

    /// The best of ours for the languages a person's system asks for (`de-AT`, `es_MX.UTF-8`),
    /// in their order; English when none fits. A pseudo-language only by its exact tag.
    pub fn negotiate(requested: &[String]) -> &'static Locale {
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .filter_map(|tag| {
                let tag = tag.split(['.', '@']).next().unwrap_or_default();
                tag.replace('_', "-").parse().ok()
            })
            .collect();
        if let Some(pseudo) = requested.first().and_then(|first| {
            Locale::all()
                .iter()
                .filter(|l| l.is_pseudo())
                .find(|l| l.tag.eq_ignore_ascii_case(&first.to_string()))
        }) {
            return pseudo;
        }
        let ours: Vec<(LanguageIdentifier, &'static Locale)> = Locale::all()
            .iter()
            .filter(|locale| !locale.is_pseudo())
            .filter_map(|locale| Some((locale.tag.parse().ok()?, locale)))
            .collect();
        let available: Vec<LanguageIdentifier> = ours.iter().map(|(id, _)| id.clone()).collect();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            None,
            fluent_langneg::NegotiationStrategy::Filtering,
        );
        chosen
            .first()
            .and_then(|id| ours.iter().find(|(ours, _)| ours == *id))
            .map_or_else(Locale::english, |(_, locale)| locale)
    }

    /// Its words, parsed and validated on first use.
    pub fn content(&'static self) -> Result<&'static Content, &'static ContentError> {
        self.parsed
            .get_or_init(|| match &self.source {
                Made::Folder(_) => Content::parse(&self.sources().expect("a folder's files")),
                Made::Pseudo(pseudo) => {
                    let english = Locale::english().content().map_err(Clone::clone)?;
                    Ok(pseudo.made_from_english(english, self.info()))
                }
            })
            .as_ref()
    }

    /// Its files, for a language with a folder (not a pseudo-language).
    pub fn sources(&self) -> Option<Sources<'static>> {
        let Made::Folder(folder) = &self.source else {
            return None;
        };
        let [actions, questions, affirmations, reminders, ui, card, messages] = folder.files;
        Some(Sources {
            tag: folder.tag,
            actions,
            questions,
            affirmations,
            reminders,
            ui,
            card,
            messages,
            guide: folder.guide.to_vec(),
        })
    }

    /// Its folder in the repository (`content`, `content/es`); none for a pseudo-language.
    pub fn folder(&self) -> Option<&'static str> {
        match &self.source {
            Made::Folder(folder) => Some(folder.folder),
            Made::Pseudo(_) => None,
        }
    }

    /// Whether it is made from the English for testing (debug builds only).
    pub fn is_pseudo(&self) -> bool {
        matches!(self.source, Made::Pseudo(_))
    }

    pub fn info(&self) -> LocaleInfo {
        LocaleInfo {
            tag: self.tag.to_owned(),
            dir: direction(self.tag),
        }
    }

    /// Checks every language: each parses and validates, and each with a folder mirrors the
    /// English (`mirror.rs`): the same ids, keys, values that are not words, and variables.
    pub fn check_all() -> Result<(), ContentError> {
        let english = Locale::english().sources().expect("English is a folder");
        for locale in Locale::all() {
            locale.content().map_err(Clone::clone)?;
            if let Some(sources) = locale.sources() {
                super::mirror::check_mirror(&english, &sources)?;
            }
        }
        Ok(())
    }
}
