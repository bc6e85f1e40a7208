//! The core's integration tests: one binary that links only `recert-core` (no Tauri, no WebKit),
//! a module per area. Fixtures are shared with the app's tests in `tests/integration/fixtures/`;
//! tests that run the binaries or need the shell are in `tests/integration/`.

#[path = "../../../../tests/support/big_catalog.rs"]
mod big_catalog;

mod catalog_import;
mod crash;
mod crash_record;
mod engine_props;
mod fuzz;
mod people;
mod schedule;
mod seeds;
mod service;
mod store_model;
