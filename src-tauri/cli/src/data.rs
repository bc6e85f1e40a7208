//! `recert export FILE` and `recert import FILE`: the export format of docs/data-format.md,
//! for backups and scripts. Import validates the whole file, prints the changes, then applies
//! them in one atomic write (or only prints them with --dry-run).

use super::{fail, resolve_data_dir, Global};
use recert_core::message::Arg;
use recert_core::validate::printable;
use recert_core::{Failure, Locale, Recert};
use recert_desktop::clock::Clock;
use std::path::PathBuf;

fn locale() -> Locale {
    Locale::from_os_tag(&super::os_locale())
}

/// One translated line on standard error for a refused command; the exit status.
pub(super) fn failure_line(r: Option<&Recert>, f: &Failure) -> i32 {
    let catalogs = recert_core::Catalogs::new();
    let catalogs = r.map_or(&catalogs, |r| &r.catalogs);
    eprintln!("{}", f.translate(catalogs, locale()).message);
    super::EXIT_INVALID
}

struct Parsed {
    file: PathBuf,
    recert: Recert,
    clock: Clock,
    dry_run: bool,
}

/// The store open for `file`'s command, or the exit code after saying why it is not.
fn parsed(global: &Global, file: PathBuf, dry_run: bool) -> Result<Parsed, i32> {
    open_store(global).map(|recert| Parsed {
        file,
        recert,
        clock: Clock::new(global.today),
        dry_run,
    })
}

/// The store of the data directory the options name, or the exit code after saying why not.
pub(super) fn open_store(global: &Global) -> Result<Recert, i32> {
    let dir = resolve_data_dir(global).map_err(|e| fail(&e))?;
    Recert::open(&dir).map_err(|f| failure_line(None, &f))
}

/// The file named on the command line (no larger than `max`: measured before it is read), or the
/// exit code after saying why it cannot be read.
fn read_file(p: &Parsed, max: usize) -> Result<Vec<u8>, i32> {
    recert_core::files::read_bounded(&p.file, max).map_err(|f| failure_line(Some(&p.recert), &f))
}

/// Writes what `produce` makes from the open store to the named file.
fn write_out(
    global: &Global,
    file: PathBuf,
    produce: impl FnOnce(&Parsed) -> Result<String, Failure>,
) -> i32 {
    let p = match parsed(global, file, false) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let text = match produce(&p) {
        Ok(t) => t,
        Err(f) => return failure_line(Some(&p.recert), &f),
    };
    if let Err(e) = recert_core::files::write_private(&p.file, text.as_bytes()) {
        let f = Failure::new(
            recert_core::ErrorKind::Io,
            recert_core::Problem::CannotWrite {
                file: p.file.display().to_string(),
                detail: e.to_string(),
            },
        );
        return failure_line(Some(&p.recert), &f);
    }
    0
}

pub fn export(global: &Global, file: PathBuf) -> i32 {
    write_out(global, file, |p| p.recert.export(p.clock.now()))
}

/// `recert calendar FILE`: the .ics of windows, deadlines and booked exams, in the user's language.
/// The user's calendar, one person's (`--person NAME`) or the whole team's (`--team`).
pub fn calendar(global: &Global, file: PathBuf, person: Option<&str>, team: bool) -> i32 {
    use recert_core::calendar::CalendarScope;
    let scope = match (person, team) {
        (Some(name), _) => CalendarScope::Person(name),
        (None, true) => CalendarScope::Team,
        (None, false) => CalendarScope::Mine,
    };
    write_out(global, file, |p| {
        p.recert.calendar_for(scope, &p.clock.ctx(p.recert.locale(&super::os_locale())))
    })
}

pub fn import(global: &Global, file: PathBuf, dry_run: bool) -> i32 {
    let p = match parsed(global, file, dry_run) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let bytes = match read_file(&p, recert_core::backup::MAX_FILE_BYTES) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let today = p.clock.today();
    let result = if p.dry_run {
        p.recert.import_preview(&bytes, today)
    } else {
        p.recert.import_apply(&bytes, today)
    };
    match result {
        Ok(preview) => {
            let c = &p.recert.catalogs;
            let l = locale();
            let n = |v: u32| recert_core::message::Arg::Number(i64::from(v));
            println!(
                "{}",
                c.text(
                    l,
                    "import-preview",
                    &[
                        ("added", n(preview.added)),
                        ("updated", n(preview.updated)),
                        ("removed", n(preview.removed)),
                        ("unchanged", n(preview.unchanged))
                    ]
                )
            );
            if preview.plans_added + preview.plans_updated + preview.plans_removed > 0 {
                let plans = [
                    ("added", n(preview.plans_added)),
                    ("updated", n(preview.plans_updated)),
                    ("removed", n(preview.plans_removed)),
                ];
                println!("{}", c.text(l, "import-plans", &plans));
            }
            if preview.people_added + preview.people_updated + preview.people_removed > 0 {
                let people = [
                    ("added", n(preview.people_added)),
                    ("updated", n(preview.people_updated)),
                    ("removed", n(preview.people_removed)),
                ];
                println!("{}", c.text(l, "import-people", &people));
            }
            if preview.profiles_changed {
                println!("{}", c.text(l, "import-profiles-changed", &[]));
            }
            if preview.settings_changed {
                println!("{}", c.text(l, "import-settings-changed", &[]));
            }
            if preview.changes == 0 {
                println!("{}", c.text(l, "import-nothing", &[]));
            } else if !p.dry_run {
                println!("{}", c.text(l, "import-done", &[]));
            }
            0
        }
        Err(f) => failure_line(Some(&p.recert), &f),
    }
}

/// `recert import-catalog FILE`: replaces the catalog with a saved Learn Catalog API response.
pub fn import_catalog(global: &Global, file: PathBuf) -> i32 {
    let mut p = match parsed(global, file, false) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let bytes = match read_file(&p, recert_core::catalog::MAX_IMPORT_BYTES) {
        Ok(b) => b,
        Err(code) => return code,
    };
    match p.recert.import_catalog(&bytes) {
        Ok(info) => {
            println!("{}", p.recert.catalogs.text(locale(), "settings-catalog-imported", &[]));
            println!("{} / {}", info.certifications, info.exams);
            0
        }
        Err(f) => failure_line(Some(&p.recert), &f),
    }
}

/// `recert check-catalog [--dry-run]`: Microsoft's catalog, read before the store is opened, what
/// it changes, then (without `--dry-run`) applied.
pub fn check_catalog(global: &Global, dry_run: bool) -> i32 {
    let fetched = recert_desktop::learn::block_on(recert_desktop::learn::fetch_catalog());
    let mut recert = match open_store(global) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let today = recert_desktop::clock::Clock::new(global.today).today();
    let changes = match recert.catalog_check(fetched.clone(), today) {
        Ok(c) => c,
        Err(f) => return failure_line(Some(&recert), &f),
    };
    let (c, l) = (&recert.catalogs, locale());
    let count = |n: usize| [("count", Arg::Number(n as i64))];
    if changes.is_empty() {
        println!("{}", c.text(l, "catalog-check-nothing", &[]));
    } else {
        println!(
            "{}",
            c.text(l, "catalog-check-lead", &[("listed", Arg::Number(i64::from(changes.listed)))])
        );
        let renamed: Vec<String> = changes
            .renamed
            .iter()
            .map(|r| {
                c.text(
                    l,
                    "catalog-check-renamed-line",
                    &[("from", Arg::text(printable(&r.from))), ("to", Arg::text(printable(&r.to)))],
                )
            })
            .collect();
        for (title, items) in [
            ("catalog-check-new", &changes.new),
            ("catalog-check-renamed", &renamed),
            ("catalog-check-unlisted", &changes.unlisted),
        ] {
            if !items.is_empty() {
                println!("{}", c.text(l, title, &count(items.len())));
                for item in items {
                    println!("  {}", printable(item));
                }
            }
        }
        if changes.new_exams > 0 {
            println!(
                "{}",
                c.text(l, "catalog-check-new-exams", &count(changes.new_exams as usize))
            );
        }
    }
    if dry_run {
        return 0;
    }
    match recert.catalog_apply(fetched, &changes, today) {
        Ok(_) => {
            println!("{}", recert.catalogs.text(l, "catalog-check-applied", &[]));
            0
        }
        Err(f) => failure_line(Some(&recert), &f),
    }
}
