// The `recert` binary: the desktop app, and headless subcommands (`recert eval`) that need no
// display. All of it lives in the library so tests can reach it.
//
// Release builds for Windows are GUI-subsystem programs: started from the Start menu, a shortcut
// or at sign-in, no console window opens (and closing one cannot kill Recert). The subcommands for
// cmd and PowerShell are in `recert-cli.exe` (src-tauri/cli_main.rs), the same code as a console
// program.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

fn main() {
    recert::shell::probe::start();
    std::process::exit(recert::cli::main(std::env::args_os().skip(1).collect()));
}
