//! The `recert` package: the Tauri shell over `recert-core` and `recert-desktop`; the command line
//! is `recert-cli` (src-tauri/cli), which the app runs for its subcommands.

pub mod shell;
