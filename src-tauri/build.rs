// Generates Tauri's context and one permission per app command, so the capability file can grant
// exactly the commands the UI uses.
fn main() {
    println!("cargo:rerun-if-changed=src-tauri/commands.txt");
    // The bare window of the benchmarks embeds its own config and page at compile time.
    println!("cargo:rerun-if-changed=benches/bare/bare.conf.json");
    println!("cargo:rerun-if-changed=benches/bare/dist");
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(recert_commands())),
    )
    .unwrap_or_else(|e| panic!("tauri-build failed: {e}"));
}

/// The commands listed in `src-tauri/commands.txt`, one per line (a test checks that list
/// against the handler and the capability file).
fn recert_commands() -> &'static [&'static str] {
    let list: Vec<&'static str> =
        include_str!("commands.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    Box::leak(list.into_boxed_slice())
}
