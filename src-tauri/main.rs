// The `recert` binary: the desktop app, and the command line's subcommands (`recert eval`,
// `recert export`…, src-tauri/cli) that need no display.
//
// Release builds for Windows are GUI-subsystem programs: started from the Start menu, a shortcut
// or at sign-in, no console window opens (and closing one cannot kill Recert). The subcommands for
// cmd and PowerShell are in `recert-cli.exe` (src-tauri/cli_main.rs), a console program.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

fn main() {
    recert_desktop::probe::start();
    std::process::exit(recert_cli::main(
        std::env::args_os().skip(1).collect(),
        recert::shell::start,
    ));
}
