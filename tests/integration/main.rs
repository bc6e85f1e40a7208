//! Recert's integration tests of the app and its binaries: one binary, a module per area,
//! fixtures beside them. Tests that need only the core are in `src-tauri/core/tests/` (no WebKit).

use recert_test_support::http_server;
// The freedesktop notification server (zbus) and the tests on it: Linux's D-Bus.
#[cfg(target_os = "linux")]
use recert_test_support::notification_server;

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

/// `recert-cli` speaking `lang` whatever the machine's own locale (`LC_ALL` and `LC_MESSAGES`
/// would win over `LANG`): what every CLI test starts from.
fn recert_cli(lang: &str) -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_recert-cli"));
    command.env("LANG", lang).env_remove("LC_ALL").env_remove("LC_MESSAGES");
    command
}
