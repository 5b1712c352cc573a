//! Fluent localisation: loads `locales/<lang>/*.ftl`, renders [`Text`] in a
//! language with fallback to the default, and checks that every language has
//! exactly the default's messages.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::error::{FileError, FileErrors};
use crate::text::{Arg, Text};

/// Every shipped language, ready to render. Cheap to share behind an `Arc`.
pub struct Locales {
    default: String,
    langs: BTreeMap<String, Lang>,
}

struct Lang {
    bundle: FluentBundle<FluentResource>,
    /// Message id → the file that defines it (for completeness errors).
    keys: BTreeMap<String, PathBuf>,
}

impl Locales {
    /// Loads every `<dir>/<lang>/*.ftl`. The default language must exist.
    /// Syntax errors, duplicate ids and languages whose message set differs
    /// from the default's are reported together, each with file and line.
    pub fn load(dir: &Path, default: &str) -> Result<Locales, FileErrors> {
        let mut errors = Vec::new();
        let mut langs = BTreeMap::new();
        let entries = match fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => {
                return Err(FileErrors(vec![FileError::file(
                    dir,
                    format!("cannot read locales directory: {e}"),
                )]))
            }
        };
        let mut dirs: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        for path in dirs {
            let Some(code) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
                continue;
            };
            let langid: LanguageIdentifier = match code.parse() {
                Ok(l) => l,
                Err(_) => {
                    errors.push(FileError::file(
                        &path,
                        format!("'{code}' is not a language code (expected e.g. 'de' or 'en')"),
                    ));
                    continue;
                }
            };
            // Right-to-left languages get Unicode isolation marks around
            // each inserted value, so an id, a number or a link keeps its
            // order inside Arabic text (Telegram and Element honour them);
            // left-to-right ones do without (some clients show them as
            // stray characters).
            let rtl = langid.character_direction() == unic_langid::CharacterDirection::RTL;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(rtl);
            let mut keys: BTreeMap<String, PathBuf> = BTreeMap::new();
            let mut files: Vec<PathBuf> = match fs::read_dir(&path) {
                Ok(e) => e
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                    .collect(),
                Err(e) => {
                    errors.push(FileError::file(
                        &path,
                        format!("cannot read directory: {e}"),
                    ));
                    continue;
                }
            };
            files.sort();
            for file in files {
                let Some(source) = crate::error::read_text(&file, &mut errors) else {
                    continue;
                };
                let resource = match FluentResource::try_new(source.clone()) {
                    Ok(r) => r,
                    Err((r, errs)) => {
                        for e in errs {
                            errors.push(FileError::at(
                                &file,
                                &source,
                                e.pos.start,
                                format!("Fluent syntax: {}", e.kind),
                            ));
                        }
                        r
                    }
                };
                for entry in resource.entries() {
                    if let ast::Entry::Message(m) = entry {
                        let id = m.id.name.to_owned();
                        if let Some(first) = keys.get(&id) {
                            let offset =
                                source.find(&format!("\n{id} ")).map(|o| o + 1).unwrap_or(0);
                            errors.push(FileError::at(
                                &file,
                                &source,
                                offset,
                                format!(
                                    "message '{id}' is defined twice (also in {})",
                                    first.display()
                                ),
                            ));
                        } else {
                            keys.insert(id, file.clone());
                        }
                    }
                }
                // Duplicates are reported above; add_resource's own errors are the same ones.
                let _ = bundle.add_resource(resource);
            }
            langs.insert(code, Lang { bundle, keys });
        }
        let Some(default_lang) = langs.get(default) else {
            errors.push(FileError::file(
                dir,
                format!("the default language '{default}' has no directory here"),
            ));
            return Err(FileErrors(errors));
        };
        for (code, lang) in &langs {
            if code == default {
                continue;
            }
            for (key, file) in &default_lang.keys {
                if !lang.keys.contains_key(key) {
                    errors.push(FileError::file(
                        dir.join(code),
                        format!(
                            "message '{key}' is missing (it is defined in {})",
                            file.display()
                        ),
                    ));
                }
            }
            for (key, file) in &lang.keys {
                if !default_lang.keys.contains_key(key) {
                    errors.push(FileError::file(
                        file,
                        format!("message '{key}' is not in the default language '{default}'"),
                    ));
                }
            }
        }
        if errors.is_empty() {
            Ok(Locales {
                default: default.to_owned(),
                langs,
            })
        } else {
            Err(FileErrors(errors))
        }
    }

    /// The default language code.
    pub fn default_language(&self) -> &str {
        &self.default
    }

    /// All shipped language codes, sorted.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        // The default and its variants (`de`, `de-simple`) first, then the
        // rest by code.
        let default = self.default.as_str();
        let first = |code: &&str| {
            *code == default
                || code
                    .strip_prefix(default)
                    .is_some_and(|r| r.starts_with('-'))
        };
        let (mut head, tail): (Vec<&str>, Vec<&str>) =
            self.langs.keys().map(String::as_str).partition(first);
        head.extend(tail);
        head.into_iter()
    }

    /// The shipped language that best serves a platform hint such as
    /// `de-AT` or `en_US`, if any.
    pub fn match_language(&self, hint: &str) -> Option<&str> {
        let hint = hint.trim().replace('_', "-").to_lowercase();
        if let Some((code, _)) = self.langs.get_key_value(hint.as_str()) {
            return Some(code);
        }
        let primary = hint.split('-').next().unwrap_or("");
        self.langs
            .get_key_value(primary)
            .map(|(code, _)| code.as_str())
    }

    /// Whether the default language defines `id` (so every language does).
    pub fn has(&self, id: &str) -> bool {
        self.langs
            .get(&self.default)
            .is_some_and(|l| l.keys.contains_key(id))
    }

    /// Renders `text` in `lang`, falling back to the default language. A
    /// missing message renders the `error-missing-text` message and is
    /// logged: `mitreden check` and the tests keep that from happening.
    pub fn render(&self, lang: &str, text: &Text) -> String {
        let bundle = [lang, self.default.as_str()]
            .into_iter()
            .filter_map(|l| self.langs.get(l))
            .find(|l| l.keys.contains_key(&text.id));
        let Some(Lang { bundle, .. }) = bundle else {
            tracing::error!(id = %text.id, "missing Fluent message");
            return match text.id.as_str() {
                "error-missing-text" => "…".to_owned(),
                _ => self.render(lang, &Text::new("error-missing-text")),
            };
        };
        let mut args = FluentArgs::new();
        for (name, value) in &text.args {
            let value = match value {
                Arg::Str(s) => FluentValue::from(s.clone()),
                Arg::Num(n) => FluentValue::from(*n),
                Arg::Text(t) => FluentValue::from(self.render(lang, t)),
            };
            args.set(name.clone(), value);
        }
        let Some(pattern) = bundle.get_message(&text.id).and_then(|m| m.value()) else {
            tracing::error!(id = %text.id, "Fluent message has no value");
            return String::new();
        };
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(id = %text.id, ?errors, "Fluent formatting problems");
        }
        // An optional part left empty (a status change without an answer)
        // leaves no dangling space.
        out.trim_end().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The locales the project ships.
    fn shipped() -> Locales {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        Locales::load(&dir, "de").unwrap_or_else(|e| panic!("{e}"))
    }

    fn write(dir: &Path, lang: &str, name: &str, body: &str) {
        fs::create_dir_all(dir.join(lang)).unwrap();
        fs::write(dir.join(lang).join(name), body).unwrap();
    }

    /// Every language's plural forms for the counts where languages
    /// differ (Arabic has six categories; Polish, Russian and Ukrainian
    /// three or four).
    #[test]
    fn each_language_counts_in_its_own_plural_forms() {
        let locales = shipped();
        let counts = [0, 1, 2, 5, 11, 21, 100];
        let expected: [(&str, [&str; 7]); 8] = [
            (
                "de",
                [
                    "0 Fragen",
                    "1 Frage",
                    "2 Fragen",
                    "5 Fragen",
                    "11 Fragen",
                    "21 Fragen",
                    "100 Fragen",
                ],
            ),
            (
                "de-simple",
                [
                    "0 Fragen",
                    "1 Frage",
                    "2 Fragen",
                    "5 Fragen",
                    "11 Fragen",
                    "21 Fragen",
                    "100 Fragen",
                ],
            ),
            (
                "en",
                [
                    "0 questions",
                    "1 question",
                    "2 questions",
                    "5 questions",
                    "11 questions",
                    "21 questions",
                    "100 questions",
                ],
            ),
            (
                "tr",
                [
                    "0 soru", "1 soru", "2 soru", "5 soru", "11 soru", "21 soru", "100 soru",
                ],
            ),
            (
                "pl",
                [
                    "0 pytań",
                    "1 pytanie",
                    "2 pytania",
                    "5 pytań",
                    "11 pytań",
                    "21 pytań",
                    "100 pytań",
                ],
            ),
            (
                "ru",
                [
                    "0 вопросов",
                    "1 вопрос",
                    "2 вопроса",
                    "5 вопросов",
                    "11 вопросов",
                    "21 вопрос",
                    "100 вопросов",
                ],
            ),
            (
                "uk",
                [
                    "0 запитань",
                    "1 запитання",
                    "2 запитання",
                    "5 запитань",
                    "11 запитань",
                    "21 запитання",
                    "100 запитань",
                ],
            ),
            (
                "ar",
                [
                    "لا أسئلة",
                    "سؤال واحد",
                    "سؤالان",
                    "5 أسئلة",
                    "11 سؤالًا",
                    "21 سؤالًا",
                    "100 سؤال",
                ],
            ),
        ];
        for (lang, forms) in expected {
            for (n, form) in counts.iter().zip(forms) {
                let text = locales.render(lang, &Text::new("questions-count").num("count", *n));
                let plain: String = text
                    .chars()
                    .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
                    .collect();
                assert_eq!(plain, form, "{lang}, {n}");
            }
        }
        // And in Polish, 22 is "few" again.
        assert_eq!(
            locales.render("pl", &Text::new("questions-count").num("count", 22)),
            "22 pytania"
        );
    }

    /// Right-to-left text keeps inserted ids and numbers in order: each is
    /// isolated; left-to-right text has no such marks.
    #[test]
    fn arabic_isolates_inserted_values_and_german_does_not() {
        let locales = shipped();
        let text = Text::new("idea-submitted").arg("id", "I-0007");
        assert!(locales
            .render("ar", &text)
            .contains("\u{2068}I-0007\u{2069}"));
        let german = locales.render("de", &text);
        assert!(
            german.contains("I-0007") && !german.contains('\u{2068}'),
            "{german}"
        );
    }

    #[test]
    fn the_shipped_locales_are_complete_and_render_plurals() {
        let locales = shipped();
        assert!(locales.languages().count() >= 2);
        let one = locales.render("de", &Text::new("questions-count").num("count", 1));
        let many = locales.render("de", &Text::new("questions-count").num("count", 3));
        assert_eq!(one, "1 Frage");
        assert_eq!(many, "3 Fragen");
        assert_eq!(
            locales.render("en", &Text::new("questions-count").num("count", 1)),
            "1 question"
        );
    }

    #[test]
    fn a_missing_translation_is_named_with_its_file() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "de",
            "main.ftl",
            "hello = Hallo\nbye = Tschüss\nerror-missing-text = ?\n",
        );
        write(
            dir.path(),
            "en",
            "main.ftl",
            "hello = Hello\nerror-missing-text = ?\nextra = x\n",
        );
        let err = Locales::load(dir.path(), "de")
            .err()
            .expect("must fail")
            .to_string();
        assert!(err.contains("message 'bye' is missing"), "{err}");
        assert!(
            err.contains("message 'extra' is not in the default language"),
            "{err}"
        );
    }

    #[test]
    fn a_syntax_error_names_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "de",
            "main.ftl",
            "hello = Hallo\n\nbroken = { $\n",
        );
        let err = Locales::load(dir.path(), "de")
            .err()
            .expect("must fail")
            .to_string();
        assert!(err.contains("main.ftl:3: Fluent syntax"), "{err}");
    }

    #[test]
    fn unknown_language_falls_back_to_default_and_hints_match() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "de",
            "main.ftl",
            "hello = Hallo { $name }\nerror-missing-text = ?\n",
        );
        write(
            dir.path(),
            "en",
            "main.ftl",
            "hello = Hello { $name }\nerror-missing-text = ?\n",
        );
        let l = Locales::load(dir.path(), "de").unwrap();
        assert_eq!(
            l.render("fr", &Text::new("hello").arg("name", "<b>")),
            "Hallo <b>"
        );
        assert_eq!(l.match_language("en_GB"), Some("en"));
        assert_eq!(l.match_language("de-AT"), Some("de"));
        assert_eq!(l.match_language("fr"), None);
        assert_eq!(l.render("en", &Text::new("nope")), "?");
    }
}

#[cfg(test)]
mod used_ids {
    use super::*;

    /// Every `Text::new("…")` literal in the code names a shipped message, so
    /// no user ever sees the "missing text" fallback.
    #[test]
    fn every_message_id_in_the_code_exists() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let locales = Locales::load(&root.join("locales"), "de").unwrap_or_else(|e| panic!("{e}"));
        let mut files = Vec::new();
        let mut dirs = vec![
            root.join("bot-core/src"),
            root.join("adapters"),
            root.join("src"),
        ];
        while let Some(dir) = dirs.pop() {
            for entry in fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|x| x == "rs") {
                    files.push(path);
                }
            }
        }
        let mut checked = 0;
        for file in files {
            let source = fs::read_to_string(&file).unwrap();
            for (i, _) in source.match_indices("Text::new(\"") {
                let rest = &source[i + "Text::new(\"".len()..];
                let id = &rest[..rest.find('"').unwrap()];
                if file.ends_with("locales.rs") {
                    continue;
                }
                assert!(
                    locales.has(id),
                    "{}: message '{id}' is not in locales/de",
                    file.display()
                );
                checked += 1;
            }
        }
        assert!(
            checked > 50,
            "only {checked} ids found: is the scan broken?"
        );
    }
}
