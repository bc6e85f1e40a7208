//! Start-up marks for the start-up benchmark (scripts/bench.sh, docs/BENCHMARKS.md): with
//! `RECERT_STARTUP_PROBE` set, each mark prints its time since the process started to stderr, and
//! the first painted screen prints `painted` to stdout, and the end of start-up (tray, store and
//! reminder loop ready, window or not) `tray-ready`. Silent otherwise.

use std::sync::OnceLock;
use std::time::Instant;

static START: OnceLock<Instant> = OnceLock::new();
static ENABLED: OnceLock<bool> = OnceLock::new();

fn enabled() -> bool {
    *ENABLED.get_or_init(|| std::env::var_os("RECERT_STARTUP_PROBE").is_some())
}

/// The process start, as near as main can tell.
pub fn start() {
    START.get_or_init(Instant::now);
}

pub fn mark(what: &str) {
    if enabled() {
        let ms = START.get().map_or(0.0, |s| s.elapsed().as_secs_f64() * 1000.0);
        eprintln!("probe {ms:7.1} ms {what}");
    }
}

/// The UI's first screen is on the glass.
pub fn painted() {
    mark("painted");
    if enabled() {
        println!("painted");
    }
}

/// Start-up is done: the store is open, the tray built and the reminder loop running (the window,
/// when there is one, still paints after this). What a start at sign-in (`--hidden`) waits for.
pub fn tray_ready() {
    mark("tray ready");
    if enabled() {
        println!("tray-ready");
    }
}
