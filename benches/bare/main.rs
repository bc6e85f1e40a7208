//! The baseline of docs/BENCHMARKS.md: a bare Tauri window with a static page, built with the
//! same Tauri, features and release profile as Recert (`scripts/bench.sh` builds both). Its page
//! reports its first paint through a command of the same name as Recert's, so the start-up
//! benchmark times both the same way; it is also the IPC floor of the round-trip benchmark.

#[tauri::command]
fn report_painted() {
    if std::env::var_os("RECERT_STARTUP_PROBE").is_some() {
        println!("painted");
    }
}

fn main() {
    let built = tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![report_painted])
        .run(tauri::generate_context!("benches/bare/tauri.conf.json"));
    if let Err(e) = built {
        eprintln!("bare window: {e}");
        std::process::exit(1);
    }
}
