// The `recert` binary: the desktop app, and headless subcommands (`recert eval`) that need no
// display. All of it lives in the library so tests can reach it.
fn main() {
    recert::shell::probe::start();
    std::process::exit(recert::cli::main(std::env::args_os().skip(1).collect()));
}
