//! `recert export FILE` and `recert import FILE`: the export format of docs/data-format.md,
//! for backups and scripts. Import validates the whole file, prints the changes, then applies
//! them in one atomic write (or only prints them with --dry-run).

use super::{common_options, fail, resolve_data_dir, usage};
use crate::shell::clock::Clock;
use recert_core::eval::InputError;
use recert_core::{Failure, Locale, Recert};
use std::ffi::OsString;
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

fn parse(args: &[OsString]) -> Result<Result<Parsed, Failure>, InputError> {
    let common = common_options(args)?;
    let mut dry_run = false;
    let mut file = None;
    for arg in &common.rest {
        match arg.to_str() {
            Some("--dry-run") => dry_run = true,
            Some(flag) if flag.starts_with("--") => return Err(usage(&format!("unknown option {flag}"))),
            _ if file.is_none() => file = Some(PathBuf::from(arg)),
            _ => return Err(usage("give one file")),
        }
    }
    let file = file.ok_or_else(|| usage("name the file"))?;
    let dir = resolve_data_dir(&common)?;
    Ok(Recert::open(&dir).map(|recert| Parsed { file, recert, clock: Clock::new(common.today), dry_run }))
}

/// The parsed arguments with the store open, or the exit code after saying what is wrong.
fn parsed(args: &[OsString]) -> Result<Parsed, i32> {
    match parse(args) {
        Ok(Ok(p)) => Ok(p),
        Ok(Err(f)) => Err(failure_line(None, &f)),
        Err(e) => Err(fail(&e)),
    }
}

/// The file named on the command line (no larger than `max`: measured before it is read), or the
/// exit code after saying why it cannot be read.
fn read_file(p: &Parsed, max: usize) -> Result<Vec<u8>, i32> {
    recert_core::files::read_bounded(&p.file, max).map_err(|f| failure_line(Some(&p.recert), &f))
}

/// Writes what `produce` makes from the open store to the named file.
fn write_out(args: &[OsString], produce: impl FnOnce(&Parsed) -> Result<String, Failure>) -> i32 {
    let p = match parsed(args) {
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
            recert_core::Problem::CannotWrite { file: p.file.display().to_string(), detail: e.to_string() },
        );
        return failure_line(Some(&p.recert), &f);
    }
    0
}

pub fn export(args: &[OsString]) -> i32 {
    write_out(args, |p| p.recert.export(p.clock.now()))
}

/// `recert calendar FILE`: the .ics of windows, deadlines and booked exams, in the user's language.
pub fn calendar(args: &[OsString]) -> i32 {
    write_out(args, |p| {
        p.recert.calendar(p.clock.today(), p.clock.now(), p.recert.locale(&super::os_locale()))
    })
}

pub fn import(args: &[OsString]) -> i32 {
    let p = match parsed(args) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let bytes = match read_file(&p, recert_core::backup::MAX_FILE_BYTES) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let today = p.clock.today();
    let result = if p.dry_run { p.recert.import_preview(&bytes, today) } else { p.recert.import_apply(&bytes, today) };
    match result {
        Ok(preview) => {
            let c = &p.recert.catalogs;
            let l = locale();
            let n = |v: u32| recert_core::message::Arg::Number(i64::from(v));
            println!(
                "{}",
                c.text(l, "import-preview", &[("added", n(preview.added)), ("updated", n(preview.updated)), ("removed", n(preview.removed)), ("unchanged", n(preview.unchanged))])
            );
            if preview.plans_added + preview.plans_updated + preview.plans_removed > 0 {
                let plans = [("added", n(preview.plans_added)), ("updated", n(preview.plans_updated)), ("removed", n(preview.plans_removed))];
                println!("{}", c.text(l, "import-plans", &plans));
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
pub fn import_catalog(args: &[OsString]) -> i32 {
    let mut p = match parsed(args) {
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
