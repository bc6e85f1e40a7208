//! The three message catalogs (`ui/locales/{en,ja,zh-TW}.ftl`), compiled into the binary and
//! shared with the web UI, so a notification, a CLI error and a screen say the same thing.

use crate::locale::Locale;
use crate::message::{Arg, Message};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub const EN_FTL: &str = include_str!("../../../../ui/locales/en.ftl");
pub const JA_FTL: &str = include_str!("../../../../ui/locales/ja.ftl");
pub const ZH_TW_FTL: &str = include_str!("../../../../ui/locales/zh-TW.ftl");

/// The message catalog of `locale`.
fn source(locale: Locale) -> &'static str {
    match locale {
        Locale::En => EN_FTL,
        Locale::Ja => JA_FTL,
        Locale::ZhTw => ZH_TW_FTL,
    }
}

pub struct Catalogs {
    bundles: Vec<(Locale, FluentBundle<FluentResource>)>,
}

impl Default for Catalogs {
    fn default() -> Self {
        Self::new()
    }
}

impl Catalogs {
    pub fn new() -> Catalogs {
        let bundles = Locale::ALL
            .into_iter()
            .map(|locale| {
                // A syntax error in a catalog drops only the broken entry (the unit tests below
                // keep the catalogs clean); the remaining messages still load.
                let resource = FluentResource::try_new(source(locale).to_owned())
                    .unwrap_or_else(|(res, _)| res);
                let lang = locale.tag().parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![lang]);
                bundle.set_use_isolating(false);
                // Duplicate ids are reported but the first definition stays: nothing to do here.
                let _ = bundle.add_resource(resource);
                (locale, bundle)
            })
            .collect();
        Catalogs { bundles }
    }

    fn bundle(&self, locale: Locale) -> Option<&FluentBundle<FluentResource>> {
        self.bundles.iter().find(|(l, _)| *l == locale).map(|(_, b)| b)
    }

    pub fn has(&self, locale: Locale, id: &str) -> bool {
        self.bundle(locale).is_some_and(|b| b.has_message(id))
    }

    /// Formats message `id` with `args`; falls back to English, then to the id itself.
    pub fn text(&self, locale: Locale, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, arg) in args {
            let value: FluentValue = match arg {
                Arg::Date(d) => locale.format_date(*d).into(),
                Arg::Instant(t) => locale.format_instant(*t).into(),
                Arg::Local(t) => locale.format_local(*t).into(),
                Arg::Number(n) => (*n).into(),
                Arg::Text(s) => s.to_string().into(),
            };
            fargs.set(*name, value);
        }
        for l in [locale, Locale::En] {
            let Some(bundle) = self.bundle(l) else { continue };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { continue };
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, Some(&fargs), &mut errors).into_owned();
        }
        id.to_owned()
    }

    pub fn message(&self, locale: Locale, msg: &dyn Message) -> String {
        self.text(locale, msg.id(), &msg.args())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn ids(source: &str) -> Vec<String> {
        let res = FluentResource::try_new(source.to_owned())
            .unwrap_or_else(|(_, errs)| panic!("catalog does not parse: {errs:?}"));
        res.entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn catalogs_parse_and_hold_the_same_ids() {
        let en = ids(EN_FTL);
        assert!(en.len() > 40);
        for (name, src) in [("ja", JA_FTL), ("zh-TW", ZH_TW_FTL)] {
            let other = ids(src);
            let missing: Vec<_> = en.iter().filter(|id| !other.contains(id)).collect();
            let extra: Vec<_> = other.iter().filter(|id| !en.contains(id)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{name}: missing {missing:?}, extra {extra:?}"
            );
        }
    }

    /// Every `.rs` file under `dir`.
    fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    #[test]
    fn every_message_id_the_rust_code_names_is_in_the_catalogs() {
        // Message ids are literals: `=> "problem-…"` in the Message impls and the first string
        // argument of `text(…)` calls in the core, the shell and the CLI.
        let en = ids(EN_FTL);
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut files = Vec::new();
        rust_files(&root, &mut files);
        let mut named = std::collections::BTreeSet::new();
        for file in &files {
            let text = std::fs::read_to_string(file).expect("read");
            for (i, _) in text.match_indices("=> \"") {
                let rest = &text[i + 4..];
                let id: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                    .collect();
                if rest[id.len()..].starts_with("\",")
                    && id.contains('-')
                    && ["problem-", "reason-", "notify-", "tray-"].iter().any(|p| id.starts_with(p))
                {
                    named.insert(id);
                }
            }
            for (i, _) in text.match_indices("text(") {
                let call = &text[i + 5..];
                let Some(quote) = call.find('"') else { continue };
                // Only a literal as the first or second argument (`text(locale, "id", …)`).
                if call[..quote].contains(')') || call[..quote].matches(',').count() > 1 {
                    continue;
                }
                let id: String = call[quote + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                    .collect();
                if call[quote + 1 + id.len()..].starts_with('"') && id.contains('-') {
                    named.insert(id);
                }
            }
        }
        assert!(named.len() > 80, "found only {} ids: {named:?}", named.len());
        // `no-such-…`: the test of what a missing id shows.
        let missing: Vec<_> =
            named.iter().filter(|id| !en.contains(id) && !id.starts_with("no-such-")).collect();
        assert!(missing.is_empty(), "named in Rust, missing from the catalogs: {missing:?}");
    }

    #[test]
    fn os_tags_pick_a_locale() {
        assert_eq!(Locale::from_os_tag("ja_JP.UTF-8"), Locale::Ja);
        assert_eq!(Locale::from_os_tag("zh-Hant-TW"), Locale::ZhTw);
        assert_eq!(Locale::from_os_tag("zh_TW"), Locale::ZhTw);
        assert_eq!(Locale::from_os_tag("zh-CN"), Locale::En);
        assert_eq!(Locale::from_os_tag("de-DE"), Locale::En);
    }

    #[test]
    fn dates_follow_the_locale() {
        let c = Catalogs::new();
        let d = NaiveDate::from_ymd_opt(2027, 3, 14).expect("date");
        let args = [("from", Arg::Date(d))];
        assert_eq!(
            c.text(Locale::En, "reason-renewal-offered-from", &args),
            "The renewal assessment for this certification is offered from 2027-03-14."
        );
        assert_eq!(
            c.text(Locale::Ja, "reason-renewal-offered-from", &args),
            "この認定資格の更新評価は 2027年3月14日 から利用できます。"
        );
        assert!(c
            .text(Locale::ZhTw, "reason-renewal-offered-from", &args)
            .contains("2027年3月14日"));
        assert_eq!(c.text(Locale::Ja, "no-such-id", &[]), "no-such-id");
    }
}
