//! `recert eval`: the renewal engine as a headless command. The contract is in the README.

use super::EXIT_INVALID;
use recert_core::eval::{self, InputError};
use recert_core::{files, Catalog, Catalogs, Locale, Problem};
use std::io::Write;
use std::path::Path;

/// The input, read no further than `max` (a device or a huge file is refused, not read).
fn read(path: Option<&Path>, max: usize) -> Result<Vec<u8>, InputError> {
    let refused = |field: &str, problem: Problem| InputError { path: field.to_owned(), problem };
    match path {
        Some(p) => files::read_bounded(p, max).map_err(|f| refused("(input)", f.problem)),
        None => match files::read_limited(std::io::stdin().lock(), max) {
            Ok(Some(bytes)) => Ok(bytes),
            Ok(None) => Err(refused(
                "(input)",
                Problem::FileTooLarge {
                    file: "standard input".into(),
                    max_mib: (max / (1024 * 1024)) as i64,
                },
            )),
            Err(e) => Err(refused(
                "(input)",
                Problem::CannotRead { file: "standard input".into(), detail: e.to_string() },
            )),
        },
    }
}

fn catalog(path: Option<&Path>) -> Result<Catalog, InputError> {
    let Some(p) = path else { return Ok(Catalog::bundled()) };
    let bytes = read(Some(p), recert_core::catalog::MAX_IMPORT_BYTES)?;
    Catalog::import(&bytes)
        .map_err(|e| InputError { path: format!("--catalog {}", e.path), problem: e.problem })
}

fn answer(catalog_file: Option<&Path>, input: Option<&Path>) -> Result<String, InputError> {
    let catalog = catalog(catalog_file)?;
    // `-` is standard input, as no file is.
    let input = input.filter(|p| p.as_os_str() != "-");
    let bytes = read(input, eval::MAX_REQUEST_BYTES)?;
    eval::run(&bytes, &catalog, &Catalogs::new())
}

pub fn run(catalog_file: Option<&Path>, input: Option<&Path>) -> i32 {
    match answer(catalog_file, input) {
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
