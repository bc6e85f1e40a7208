//! The crash test's writer (src-tauri/core/tests/core/crash.rs): opens the store in
//! `RECERT_CRASH_DIR`, writes records from `RECERT_CRASH_START` on and prints `ack N` after each
//! write returned (after sled's flush), until it is killed.

use recert_test_support::crash_record;

use std::io::Write;

fn main() {
    let Ok(dir) = std::env::var("RECERT_CRASH_DIR") else {
        eprintln!("crash_writer: set RECERT_CRASH_DIR");
        std::process::exit(2);
    };
    let start: u32 =
        std::env::var("RECERT_CRASH_START").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
    let store = match recert_core::store::Store::open(std::path::Path::new(&dir)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("crash_writer: {e}");
            std::process::exit(1);
        }
    };
    let mut out = std::io::stdout().lock();
    for i in start..crash_record::WRITES {
        if let Err(e) = store.put_holding(&crash_record::record(i)) {
            eprintln!("crash_writer: {e}");
            std::process::exit(1);
        }
        // Acknowledged only now, after the flush inside put_holding returned.
        if writeln!(out, "ack {i}").and_then(|()| out.flush()).is_err() {
            std::process::exit(1);
        }
    }
}
