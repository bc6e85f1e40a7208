//! `recert eval`: the renewal engine as a headless command. The contract is in the README.

use super::{usage, EXIT_INVALID};
use recert_core::eval::{self, InputError};
use recert_core::{files, Catalog, Catalogs, Locale, Problem};
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

struct Options {
    catalog: Option<PathBuf>,
    input: Option<PathBuf>,
}


fn parse_options(args: &[OsString]) -> Result<Options, InputError> {
    let mut opts = Options { catalog: None, input: None };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.to_str() {
            Some("--catalog") => {
                let file = it.next().ok_or_else(|| usage("--catalog needs a file"))?;
                opts.catalog = Some(PathBuf::from(file));
            }
            Some("-") if opts.input.is_none() => {}
            Some(flag) if flag.starts_with("--") => return Err(usage(&format!("unknown option {flag}"))),
            _ if opts.input.is_none() => opts.input = Some(PathBuf::from(arg)),
            _ => return Err(usage("give at most one input file")),
        }
    }
    Ok(opts)
}

/// The input, read no further than `max` (a device or a huge file is refused, not read).
fn read(path: Option<&PathBuf>, max: usize) -> Result<Vec<u8>, InputError> {
    let refused = |field: &str, problem: Problem| InputError { path: field.to_owned(), problem };
    match path {
        Some(p) => files::read_bounded(p, max).map_err(|f| refused("(input)", f.problem)),
        None => match files::read_limited(std::io::stdin().lock(), max) {
            Ok(Some(bytes)) => Ok(bytes),
            Ok(None) => Err(refused("(input)", Problem::FileTooLarge { file: "standard input".into(), max_mib: (max / (1024 * 1024)) as i64 })),
            Err(e) => Err(refused("(input)", Problem::CannotRead { file: "standard input".into(), detail: e.to_string() })),
        },
    }
}

fn catalog(path: Option<&PathBuf>) -> Result<Catalog, InputError> {
    let Some(p) = path else { return Ok(Catalog::bundled()) };
    let bytes = read(Some(p), recert_core::catalog::MAX_IMPORT_BYTES)?;
    Catalog::import(&bytes).map_err(|e| InputError { path: format!("--catalog {}", e.path), problem: e.problem })
}

fn answer(args: &[OsString]) -> Result<String, InputError> {
    let opts = parse_options(args)?;
    let catalog = catalog(opts.catalog.as_ref())?;
    let bytes = read(opts.input.as_ref(), eval::MAX_REQUEST_BYTES)?;
    eval::run(&bytes, &catalog, &Catalogs::new())
}

pub fn run(args: &[OsString]) -> i32 {
    match answer(args) {
        Ok(json) => {
            let mut out = std::io::stdout().lock();
            match writeln!(out, "{json}").and_then(|()| out.flush()) {
                Ok(()) => 0,
                // A closed pipe is the reader's choice, not an input error.
                Err(_) => 1,
            }
        }
        Err(e) => {
            eprintln!("{}", e.line(&Catalogs::new(), Locale::En));
            EXIT_INVALID
        }
    }
}
