//! Recert's integration tests of the app and its binaries: one binary, a module per area,
//! fixtures beside them. Tests that need only the core are in `src-tauri/core/tests/` (no WebKit).

#[path = "../support/http_server.rs"]
mod http_server;
// The freedesktop notification server (zbus) and the tests on it: Linux's D-Bus.
#[cfg(target_os = "linux")]
#[path = "../support/notification_server.rs"]
mod notification_server;

mod catalog_check;
mod catalog_snapshot;
mod crate_layers;
mod data_cli;
mod data_loss;
mod earning;
mod eval_cli;
mod hardening;
mod idle_dependencies;
mod learn;
#[cfg(target_os = "linux")]
mod notifications;
mod sync;
// The install path under test is Linux's (an AppImage replaced in place); the release workflow's
// Windows and macOS jobs run the rest.
#[cfg(target_os = "linux")]
mod updates;
