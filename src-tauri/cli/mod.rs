//! Command-line entry: the app itself, `recert eval`, `recert export`, `recert import` and
//! `recert calendar`. Each
//! subcommand is a thin adapter: read the input, call the core, print the answer or one
//! translated error line.

mod data;
mod eval;
mod forget;
mod transcript;

use recert_core::eval::InputError;
use recert_core::{Catalogs, Locale, Problem};
use std::ffi::OsString;
use std::path::PathBuf;

/// Exit status for a refused input or a usage error.
pub const EXIT_INVALID: i32 = 2;

pub const USAGE: &str = "\
Recert keeps Microsoft certifications alive.

Usage:
  recert [--data-dir DIR] [--today YYYY-MM-DD]   Start the desktop app
  recert eval [--catalog FILE] [FILE]            Evaluate holdings (JSON from FILE or stdin)
  recert export FILE [--data-dir DIR]            Write all data to FILE (see docs/data-format.md)
  recert import FILE [--data-dir DIR] [--dry-run]  Validate FILE, show the changes, apply them
  recert import-catalog FILE [--data-dir DIR]    Use a saved Learn Catalog API response as the catalog
  recert import-transcript LINK|FILE [--data-dir DIR] [--today DATE] [--dry-run] [--profile]
                                                 Import a shared Microsoft Learn transcript (link or saved JSON)
  recert calendar FILE [--data-dir DIR]          Write an .ics calendar of renewal windows, deadlines and exams
  recert forget [--yes] [--data-dir DIR]         Delete all data: certifications, profiles, settings, backups
  recert --help | --version

Environment: RECERT_DATA_DIR (data directory), RECERT_TODAY (fixes today's date, for demos and tests).
import-transcript reaches https://learn.microsoft.com only for a link; --profile fills the MCID and legal name.
";

pub(crate) fn usage(detail: &str) -> InputError {
    InputError { path: "(arguments)".into(), problem: Problem::Usage { detail: detail.to_owned() } }
}

pub(crate) fn fail(e: &InputError) -> i32 {
    eprintln!("{}", e.line(&Catalogs::new(), Locale::from_os_tag(&os_locale())));
    EXIT_INVALID
}

/// The user's language tag: the POSIX variables where a shell sets them (every Unix terminal, and
/// Git Bash or WSL on Windows), else the OS setting itself (the display language on Windows,
/// which sets no `LANG`; the preferred languages on macOS), as the window's web view reports it.
pub fn os_locale() -> String {
    pick_locale(|k| std::env::var(k).ok(), sys_locale::get_locale)
}

fn pick_locale(var: impl Fn(&str) -> Option<String>, os: impl FnOnce() -> Option<String>) -> String {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|k| var(k).filter(|v| !v.is_empty()))
        .or_else(os)
        .unwrap_or_default()
}

/// `--data-dir DIR` and `--today DATE`, shared by the app and the data subcommands.
#[derive(Default)]
pub(crate) struct Common {
    pub data_dir: Option<PathBuf>,
    pub today: Option<chrono::NaiveDate>,
    pub rest: Vec<OsString>,
}

pub(crate) fn common_options(args: &[OsString]) -> Result<Common, InputError> {
    let mut c = Common::default();
    if let Ok(text) = std::env::var("RECERT_TODAY") {
        if !text.is_empty() {
            c.today = Some(recert_core::date::parse_date(&text).ok_or_else(|| InputError {
                path: "RECERT_TODAY".into(),
                problem: Problem::NotADate { value: text.clone() },
            })?);
        }
    }
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.to_str() {
            Some("--data-dir") => c.data_dir = Some(PathBuf::from(it.next().ok_or_else(|| usage("--data-dir needs a directory"))?)),
            Some("--today") => {
                let text = it.next().and_then(|a| a.to_str()).ok_or_else(|| usage("--today needs a date"))?;
                c.today = Some(recert_core::date::parse_date(text).ok_or_else(|| InputError {
                    path: "--today".into(),
                    problem: Problem::NotADate { value: text.to_owned() },
                })?);
            }
            _ => c.rest.push(arg.clone()),
        }
    }
    Ok(c)
}

pub(crate) fn resolve_data_dir(c: &Common) -> Result<PathBuf, InputError> {
    crate::shell::paths::data_dir(c.data_dir.clone()).ok_or_else(|| usage("no data directory: set --data-dir or RECERT_DATA_DIR"))
}

pub fn main(args: Vec<OsString>) -> i32 {
    let first = args.first().and_then(|a| a.to_str()).unwrap_or("");
    match first {
        "eval" => eval::run(&args[1..]),
        "export" => data::export(&args[1..]),
        "import" => data::import(&args[1..]),
        "import-catalog" => data::import_catalog(&args[1..]),
        "import-transcript" => transcript::run(&args[1..]),
        "calendar" => data::calendar(&args[1..]),
        "forget" => forget::run(&args[1..]),
        "--version" | "-V" => {
            println!("recert {}", env!("CARGO_PKG_VERSION"));
            0
        }
        "--help" | "-h" => {
            print!("{USAGE}");
            0
        }
        _ => start_app(&args),
    }
}

fn start_app(args: &[OsString]) -> i32 {
    let common = match common_options(args) {
        Ok(c) => c,
        Err(e) => return fail(&e),
    };
    if let Some(extra) = common.rest.first() {
        return fail(&usage(&format!("unknown command {}", extra.to_string_lossy())));
    }
    let data_dir = match resolve_data_dir(&common) {
        Ok(d) => d,
        Err(e) => return fail(&e),
    };
    crate::shell::run(crate::shell::AppOptions { data_dir, clock: crate::shell::clock::Clock::new(common.today) })
}

#[cfg(test)]
mod tests {
    use super::pick_locale;

    #[test]
    fn a_shell_variable_wins_and_the_os_setting_answers_when_none_is_set() {
        let none = |_: &str| None;
        // Windows: no LANG, so the OS display language decides.
        assert_eq!(pick_locale(none, || Some("ja-JP".into())), "ja-JP");
        assert_eq!(pick_locale(|k| (k == "LANG").then(|| "zh_TW.UTF-8".into()), || Some("en-US".into())), "zh_TW.UTF-8");
        assert_eq!(pick_locale(|k| (k == "LC_ALL").then(|| "ja_JP".into()), || None), "ja_JP");
        assert_eq!(pick_locale(|k| (k == "LANG").then(String::new), || Some("ja".into())), "ja");
        assert_eq!(pick_locale(none, || None), "");
    }
}
