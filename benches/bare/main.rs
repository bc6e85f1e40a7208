//! The baseline of docs/BENCHMARKS.md: a bare Tauri window with a static page, built with the
//! same Tauri, features and release profile as Recert (`scripts/bench-idle.sh` builds both).

fn main() {
    if let Err(e) = tauri::Builder::default().run(tauri::generate_context!("benches/bare/tauri.conf.json")) {
        eprintln!("bare window: {e}");
        std::process::exit(1);
    }
}
