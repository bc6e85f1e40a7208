//! The `recert` package: the command line (and, later, the Tauri shell) over `recert-core`.

pub mod cli;
