//! Command-line entry: `recert eval` and friends. Each subcommand is a thin adapter: read the
//! input, call the core, print the answer or one translated error line.

mod eval;

use std::ffi::OsString;

/// Exit status for a refused input or a usage error.
pub const EXIT_INVALID: i32 = 2;

pub const USAGE: &str = "\
Recert keeps Microsoft certifications alive.

Usage:
  recert eval [--catalog FILE] [FILE]   Evaluate holdings (JSON from FILE or stdin); see README
  recert --help | --version
";

pub fn main(args: Vec<OsString>) -> i32 {
    let first = args.first().and_then(|a| a.to_str()).unwrap_or("");
    match first {
        "eval" => eval::run(&args[1..]),
        "--version" | "-V" => {
            println!("recert {}", env!("CARGO_PKG_VERSION"));
            0
        }
        "--help" | "-h" | "" => {
            print!("{USAGE}");
            0
        }
        other => {
            eprintln!("recert: unknown command {other:?}\n\n{USAGE}");
            EXIT_INVALID
        }
    }
}
