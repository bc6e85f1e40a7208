//! Recert's integration tests: one binary, a module per area, fixtures beside them.

#[path = "../support/big_catalog.rs"]
mod big_catalog;
#[path = "../support/http_server.rs"]
mod http_server;
#[path = "../support/notification_server.rs"]
mod notification_server;

mod catalog_import;
mod catalog_snapshot;
mod crash;
mod data_cli;
mod engine_props;
mod earning;
mod eval_cli;
mod fuzz;
mod hardening;
mod learn;
mod notifications;
mod schedule;
mod seeds;
mod service;
// The install path under test is Linux's (an AppImage replaced in place); the release workflow's
// Windows and macOS jobs run the rest.
#[cfg(target_os = "linux")]
mod updates;
