//! The core's integration tests: one binary that links only `recert-core` (no Tauri, no WebKit),
//! a module per area. Fixtures are shared with the app's tests in `tests/integration/fixtures/`;
//! tests that run the binaries or need the shell are in `tests/integration/`.

use recert_test_support::{big_catalog, crash_record};

mod catalog_import;
mod crash;
mod engine_props;
mod fuzz;
mod people;
mod schedule;
mod seeds;
mod service;
mod store_model;
