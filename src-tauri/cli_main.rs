// `recert-cli`: the command line as a console program on every platform, so `recert-cli eval`,
// `export`, `import`, `calendar`… print in cmd and PowerShell. Built from recert-cli alone: it links
// neither Tauri nor a web view (tests/integration/crate_layers.rs), so it is a few MB, not the
// app again. With no subcommand it starts the app beside it (`recert`), as `recert` would start.

fn main() {
    recert_desktop::probe::start();
    std::process::exit(recert_cli::main(
        std::env::args_os().skip(1).collect(),
        recert_cli::start_beside,
    ));
}
