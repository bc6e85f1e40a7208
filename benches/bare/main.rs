//! The baseline of docs/BENCHMARKS.md: a bare Tauri window with a static page, built with the
//! same Tauri, features and release profile as Recert (`scripts/bench.sh` builds both). Its page
//! reports its first paint through a command of the same name as Recert's, so the start-up
//! benchmark times both the same way; it is also the IPC floor of the round-trip benchmark.
//! With `RECERT_STARTUP_PROBE` set it prints the same start-up marks as Recert (stderr).

use std::sync::OnceLock;
use std::time::Instant;

static START: OnceLock<Instant> = OnceLock::new();

fn mark(what: &str) {
    if std::env::var_os("RECERT_STARTUP_PROBE").is_some() {
        let ms = START.get().map_or(0.0, |s| s.elapsed().as_secs_f64() * 1000.0);
        eprintln!("probe {ms:7.1} ms {what}");
    }
}

/// A moment the page saw, in milliseconds after its navigation start (as Recert's `PageMark`).
#[derive(serde::Deserialize)]
struct PageMark {
    what: String,
    at_ms: f64,
}

#[tauri::command]
fn report_painted(marks: Option<Vec<PageMark>>) {
    // None from the round-trip benchmark, which calls this as a no-op.
    for m in marks.iter().flatten() {
        mark(&format!("page: {} at {:.0} ms after navigation start", m.what, m.at_ms));
    }
    mark("painted");
    if std::env::var_os("RECERT_STARTUP_PROBE").is_some() {
        println!("painted");
    }
}

fn main() {
    START.get_or_init(Instant::now);
    mark("builder");
    let built = tauri::Builder::default()
        .setup(|_| {
            mark("setup");
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![report_painted])
        // bare.conf.json, placed here by build.rs (tauri-action must find only the app's config).
        .run(tauri::generate_context!("benches/bare/gen/tauri.conf.json"));
    if let Err(e) = built {
        eprintln!("bare window: {e}");
        std::process::exit(1);
    }
}
