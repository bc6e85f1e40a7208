//! Recert's integration tests: one binary, a module per area, fixtures beside them.

#[path = "../support/big_catalog.rs"]
mod big_catalog;

mod catalog_import;
mod data_cli;
mod engine_props;
mod eval_cli;
mod seeds;
mod service;
