// `recert-cli`: the same program as `recert`, built as a console program on every platform, so
// `recert-cli eval`, `export`, `import`, `import-catalog` and `calendar` print in cmd and
// PowerShell. With no subcommand it starts the app, as `recert` does.

fn main() {
    recert::shell::probe::start();
    std::process::exit(recert::cli::main(std::env::args_os().skip(1).collect()));
}
