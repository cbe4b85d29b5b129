//! A small Rust tokenizer: enough to see paths, attributes, braces and string literals.
//!
//! Comments (doc comments included) are dropped, and the insides of strings and chars are never
//! mistaken for code, so a path written in a comment or a message is not a dependency. It is
//! not a full lexer: numbers, chars and lifetimes come out as `Other`, and every punctuation
//! mark but `::` comes out one character at a time.

/// What a token is; only the kinds the tidy tests look at are told apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A name or keyword (`crate`, `mod`, `use`, `store`); raw identifiers lose their `r#`.
    Ident(String),
    /// A string literal's text between its quotes, escapes left as written.
    Str(String),
    /// `::`
    PathSep,
    Punct(char),
    /// Numbers, chars and lifetimes.
    Other,
}

/// One token and the (1-based) line it starts on, for failure messages.
#[derive(Debug, Clone)]
pub struct Token {
    pub kind: Kind,
    pub line: usize,
}

impl Token {
    pub fn is_ident(&self, name: &str) -> bool {
        matches!(&self.kind, Kind::Ident(ident) if ident == name)
    }

    pub fn is_punct(&self, mark: char) -> bool {
        self.kind == Kind::Punct(mark)
    }

    pub fn ident(&self) -> Option<&str> {
        match &self.kind {
            Kind::Ident(ident) => Some(ident),
            _ => None,
        }
    }
}

pub fn tokenize(source: &str) -> Vec<Token> {
    let mut lexer = Lexer {
        chars: source.chars().collect(),
        at: 0,
        line: 1,
    };
    let mut tokens = Vec::new();
    while let Some(token) = lexer.next_token() {
        tokens.push(token);
    }
    tokens
}

/// Given the index of an opening `(`, `[` or `{`, the index of the mark that closes it (or the
/// end of the tokens if it is never closed).
pub fn matching_close(tokens: &[Token], open: usize) -> usize {
    let mut depth = 0usize;
    for (index, token) in tokens.iter().enumerate().skip(open) {
        match token.kind {
            Kind::Punct('(' | '[' | '{') => depth += 1,
            Kind::Punct(')' | ']' | '}') => {
                depth -= 1;
                if depth == 0 {
                    return index;
                }
            }
            _ => {}
        }
    }
    tokens.len()
}

struct Lexer {
    chars: Vec<char>,
    at: usize,
    line: usize,
}

impl Lexer {
    fn peek(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.at + ahead).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek(0)?;
        self.at += 1;
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    fn next_token(&mut self) -> Option<Token> {
        loop {
            let c = self.peek(0)?;
            if c.is_whitespace() {
                self.bump();
            } else if c == '/' && self.peek(1) == Some('/') {
                while self.peek(0).is_some_and(|c| c != '\n') {
                    self.bump();
                }
            } else if c == '/' && self.peek(1) == Some('*') {
                self.skip_block_comment();
            } else {
                let line = self.line;
                let kind = self.read(c);
                return Some(Token { kind, line });
            }
        }
    }

    fn read(&mut self, c: char) -> Kind {
        if let Some((prefix, raw)) = self.string_prefix() {
            self.at += prefix;
            return Kind::Str(if raw {
                self.read_raw_string()
            } else {
                self.read_quoted()
            });
        }
        match c {
            '"' => Kind::Str(self.read_quoted()),
            '\'' => self.read_char_or_lifetime(),
            'b' if self.peek(1) == Some('\'') => {
                self.bump();
                self.read_char_or_lifetime()
            }
            'r' if self.peek(1) == Some('#') && self.peek(2).is_some_and(is_ident_start) => {
                self.at += 2;
                Kind::Ident(self.read_ident())
            }
            c if is_ident_start(c) => Kind::Ident(self.read_ident()),
            c if c.is_ascii_digit() => {
                while self.peek(0).is_some_and(is_ident_continue) {
                    self.bump();
                }
                Kind::Other
            }
            ':' if self.peek(1) == Some(':') => {
                self.at += 2;
                Kind::PathSep
            }
            c => {
                self.bump();
                Kind::Punct(c)
            }
        }
    }

    /// If a prefixed string starts here (`b"`, `r"`, `r#"`, `br#"`, `c"` …): the prefix's
    /// length and whether the string is raw.
    fn string_prefix(&self) -> Option<(usize, bool)> {
        for (prefix, raw) in [
            ("br", true),
            ("cr", true),
            ("r", true),
            ("b", false),
            ("c", false),
        ] {
            let matches = prefix
                .chars()
                .enumerate()
                .all(|(i, c)| self.peek(i) == Some(c));
            if !matches {
                continue;
            }
            let mut after = prefix.len();
            if raw {
                while self.peek(after) == Some('#') {
                    after += 1;
                }
            }
            if self.peek(after) == Some('"') {
                return Some((prefix.len(), raw));
            }
        }
        None
    }

    /// Reads `"…"` from its opening quote, skipping escaped quotes.
    fn read_quoted(&mut self) -> String {
        self.bump();
        let mut text = String::new();
        while let Some(c) = self.bump() {
            match c {
                '"' => break,
                '\\' => {
                    text.push(c);
                    text.extend(self.bump());
                }
                c => text.push(c),
            }
        }
        text
    }

    /// Reads `#…#"…"#…#` from its first `#` (or quote).
    fn read_raw_string(&mut self) -> String {
        let mut hashes = 0;
        while self.peek(0) == Some('#') {
            self.bump();
            hashes += 1;
        }
        self.bump();
        let mut text = String::new();
        while let Some(c) = self.bump() {
            if c == '"' && (0..hashes).all(|i| self.peek(i) == Some('#')) {
                self.at += hashes;
                break;
            }
            text.push(c);
        }
        text
    }

    /// `'a'`, `'\n'` and `'\u{1F600}'` are chars; `'a` and `'static` are lifetimes or labels.
    fn read_char_or_lifetime(&mut self) -> Kind {
        self.bump();
        if self.peek(0) == Some('\\') {
            self.bump();
            self.bump();
            while self.bump().is_some_and(|c| c != '\'') {}
        } else if self.peek(1) == Some('\'') {
            self.bump();
            self.bump();
        } else {
            while self.peek(0).is_some_and(is_ident_continue) {
                self.bump();
            }
        }
        Kind::Other
    }

    fn read_ident(&mut self) -> String {
        let mut ident = String::new();
        while let Some(c) = self.peek(0).filter(|&c| is_ident_continue(c)) {
            ident.push(c);
            self.bump();
        }
        ident
    }

    /// Block comments nest in Rust.
    fn skip_block_comment(&mut self) {
        let mut depth = 0;
        while let Some(c) = self.bump() {
            if c == '/' && self.peek(0) == Some('*') {
                self.bump();
                depth += 1;
            } else if c == '*' && self.peek(0) == Some('/') {
                self.bump();
                depth -= 1;
                if depth == 0 {
                    return;
                }
            }
        }
    }
}

fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_ident_continue(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(source: &str) -> Vec<Kind> {
        tokenize(source).into_iter().map(|t| t.kind).collect()
    }

    fn ident(name: &str) -> Kind {
        Kind::Ident(name.to_string())
    }

    #[test]
    fn comments_strings_and_chars_hide_what_is_inside_them() {
        let source = r####"
            // crate::a
            /// crate::b
            /* crate::c /* nested */ crate::d */
            let s = "crate::e \" crate::f";
            let r = r#"crate::g " crate::h"#;
            let q = '"'; let l: &'static str = b"x";
            crate::i
        "####;
        let idents: Vec<Kind> = kinds(source)
            .into_iter()
            .filter(|k| matches!(k, Kind::Ident(_)))
            .collect();
        assert_eq!(
            idents,
            ["let", "s", "let", "r", "let", "q", "let", "l", "str", "crate", "i"].map(ident)
        );
    }

    #[test]
    fn string_literals_keep_their_text_and_tokens_their_line() {
        let tokens = tokenize("f(\n  \"content\",\n  r#\"raw\"#)");
        let strings: Vec<(Kind, usize)> = tokens
            .into_iter()
            .filter(|t| matches!(t.kind, Kind::Str(_)))
            .map(|t| (t.kind, t.line))
            .collect();
        assert_eq!(
            strings,
            [
                (Kind::Str("content".into()), 2),
                (Kind::Str("raw".into()), 3)
            ]
        );
    }

    #[test]
    fn paths_come_out_as_names_and_separators() {
        assert_eq!(
            kinds("crate::a::{B, r#type}"),
            [
                ident("crate"),
                Kind::PathSep,
                ident("a"),
                Kind::PathSep,
                Kind::Punct('{'),
                ident("B"),
                Kind::Punct(','),
                ident("type"),
                Kind::Punct('}'),
            ]
        );
    }
}
