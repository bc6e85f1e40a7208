//! Recert's desktop parts that need no Tauri and no web view, shared by the app (`src-tauri/shell`),
//! the command line (`src-tauri/cli`) and the Linux tray process (`src-tauri/resident`): the one
//! place the wall clock is read, the data directory, the OS language, native notifications,
//! Microsoft Learn over the network, the reminder loop's sleep, the heap's give-back and the
//! start-up probe, the Windows sign-in entry. The core (`recert-core`) below it has no clock and no I/O beyond its store.

pub mod autostart;
pub mod clock;
pub mod heap;
pub mod launch;
pub mod learn;
pub mod notify;
pub mod os_locale;
pub mod paths;
pub mod probe;
pub mod toast;
pub mod wake;
