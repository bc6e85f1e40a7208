//! What Recert's tests, examples and benchmarks share, as a crate of its own (a dev-dependency
//! only) rather than files included by path into each of them.

pub mod big_catalog;
pub mod crash_record;
pub mod http_server;
// The freedesktop notification server (zbus): Linux's D-Bus.
#[cfg(target_os = "linux")]
pub mod notification_server;
