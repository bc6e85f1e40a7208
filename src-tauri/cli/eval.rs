//! `recert eval`: the renewal engine as a headless command. The contract is in the README.

use super::{usage, EXIT_INVALID};
use recert_core::eval::{self, InputError};
use recert_core::{Catalog, Catalogs, Locale, Problem};
use std::ffi::OsString;
use std::io::{Read, Write};
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

fn read(path: Option<&PathBuf>) -> Result<Vec<u8>, InputError> {
    let mut bytes = Vec::new();
    let (name, result) = match path {
        Some(p) => (p.display().to_string(), std::fs::File::open(p).and_then(|mut f| f.read_to_end(&mut bytes))),
        None => ("standard input".to_owned(), std::io::stdin().read_to_end(&mut bytes)),
    };
    result.map_err(|e| InputError { path: "(input)".into(), problem: Problem::CannotRead { file: name, detail: e.to_string() } })?;
    Ok(bytes)
}

fn catalog(path: Option<&PathBuf>) -> Result<Catalog, InputError> {
    let Some(p) = path else { return Ok(Catalog::bundled()) };
    let bytes = read(Some(p))?;
    Catalog::import(&bytes).map_err(|e| InputError { path: format!("--catalog {}", e.path), problem: e.problem })
}

fn answer(args: &[OsString]) -> Result<String, InputError> {
    let opts = parse_options(args)?;
    let catalog = catalog(opts.catalog.as_ref())?;
    let bytes = read(opts.input.as_ref())?;
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
