//! Recert's core: the renewal rules, the certification catalog, the message catalogs and the
//! `recert eval` contract. Plain Rust with no Tauri and no clock: every function that depends on
//! the day takes `today`/`now` as arguments, so the app, the CLI and the tests agree.
//!
//! Five layers, one folder each, each using only the ones before it (a test below checks it):
//! `basics` (dates, the languages, the context of a call, kinds of credential, the link allowlist) → `text` (messages, their catalogs,
//! the one error type) → `rules` (the renewal engine, exams, reminders, the catalog, `eval`, the
//! Learn transcript) → `storage` (the stored records, the store, files, the data-file format,
//! validation) → `app` (the service the shell calls, and the views it returns). Every module is
//! also reachable from the crate root (`recert_core::engine`).

pub mod basics {
    pub mod ctx;
    pub mod date;
    pub mod kind;
    pub mod limits;
    pub mod links;
    pub mod locale;
}

pub mod text {
    pub mod error;
    pub mod i18n;
    pub mod message;
}

pub mod rules {
    pub mod catalog;
    pub mod catalog_refresh;
    pub mod engine;
    pub mod eval;
    pub mod exams;
    pub mod learn_transcript;
    pub mod reminders;
}

pub mod storage {
    pub mod backup;
    pub mod dir_lock;
    pub mod files;
    pub mod model;
    pub mod store;
    pub mod validate;
}

pub mod app {
    pub mod alerts;
    pub mod browse;
    pub mod calendar;
    pub mod forget;
    pub mod people;
    pub mod plans;
    pub mod recovery;
    pub mod screens;
    pub mod service;
    pub mod sync;
    pub mod team_export;
    pub mod timeline;
    pub mod transcript;
    pub mod transcript_import;
    pub mod views;
}

pub use app::{
    alerts, browse, calendar, forget, people, plans, recovery, screens, service, sync, team_export,
    timeline, transcript, transcript_import, views,
};
pub use basics::{ctx, date, kind, limits, links, locale};
pub use rules::{catalog, catalog_refresh, engine, eval, exams, learn_transcript, reminders};
pub use storage::{backup, dir_lock, files, model, store, validate};
pub use text::{error, i18n, message};

pub use catalog::Catalog;
pub use ctx::Ctx;
pub use engine::{evaluate, Evaluation, Holding, Status};
pub use error::{AppError, ErrorKind, Failure};
pub use i18n::Catalogs;
pub use kind::CertKind;
pub use locale::Locale;
pub use message::{Message, Problem, Reason, RenewalEvidence};
pub use service::Recert;

#[cfg(test)]
mod layers {
    const LAYERS: [&str; 5] = ["basics", "text", "rules", "storage", "app"];

    /// The layer (folder) of every module, from the folders themselves.
    fn modules() -> Vec<(String, usize)> {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut out = Vec::new();
        for (layer, folder) in LAYERS.iter().enumerate() {
            for entry in std::fs::read_dir(src.join(folder)).expect("layer folder").flatten() {
                // A module's own test files sit in a folder named after it.
                if entry.path().is_dir() {
                    continue;
                }
                let name = entry.file_name().to_string_lossy().trim_end_matches(".rs").to_owned();
                out.push((name, layer));
            }
        }
        out
    }

    /// The modules a path after `crate::` names: `catalog::X`, `rules::catalog::X`, or each of a
    /// group `{catalog::X, engine::{Y, Z}}` however rustfmt spreads it over lines.
    fn used_modules(after: &str) -> Vec<String> {
        let word = |t: &str| -> String {
            t.trim_start().chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect()
        };
        let trimmed = after.trim_start();
        if let Some(group) = trimmed.strip_prefix('{') {
            // The group up to its closing brace, split on its top-level commas.
            let (mut depth, mut items, mut start) = (0, Vec::new(), 0);
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        items.push(&group[start..i]);
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        items.push(&group[start..i]);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            return items
                .into_iter()
                .filter(|item| !item.trim().is_empty())
                .flat_map(used_modules)
                .collect();
        }
        let first = word(trimmed);
        if LAYERS.contains(&first.as_str()) {
            return used_modules(trimmed[first.len()..].trim_start_matches(':'));
        }
        vec![first]
    }

    #[test]
    fn a_group_spread_over_lines_names_each_module() {
        assert_eq!(
            used_modules("{\n    catalog::Catalog,\n    rules::engine::{A, B},\n    store,\n};"),
            ["catalog", "engine", "store"]
        );
        assert_eq!(used_modules("app::service::Recert"), ["service"]);
    }

    #[test]
    fn each_layer_uses_only_the_layers_before_it() {
        let modules = modules();
        let layer_of = |m: &str| modules.iter().find(|(n, _)| n == m).map(|&(_, l)| l);
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut wrong = Vec::new();
        for (name, layer) in &modules {
            let text = std::fs::read_to_string(src.join(LAYERS[*layer]).join(format!("{name}.rs")))
                .expect("module");
            // Types re-exported at the root name their module's layer.
            let text = text
                .replace("crate::Recert", "crate::service")
                .replace("crate::Catalogs", "crate::i18n")
                .replace("crate::Locale", "crate::locale")
                .replace("crate::Ctx", "crate::ctx")
                .replace("crate::Catalog", "crate::catalog");
            for (i, _) in text.match_indices("crate::") {
                for used in used_modules(&text[i + 7..]) {
                    if let Some(l) = layer_of(&used) {
                        if l > *layer {
                            wrong.push(format!(
                                "{}/{name} uses {}/{used}",
                                LAYERS[*layer], LAYERS[l]
                            ));
                        }
                    }
                }
            }
        }
        wrong.sort();
        wrong.dedup();
        assert!(wrong.is_empty(), "dependencies against the layers: {wrong:?}");
        assert!(modules.len() > 30, "{modules:?}");
    }
}
