//! The `recert` package: the Tauri shell and the command line over `recert-core`.

pub mod cli;
pub mod shell;
