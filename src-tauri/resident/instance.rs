//! The single-instance name on the session bus, shared with the app: Tauri's single-instance
//! plugin owns `app.recert.desktop.SingleInstance` in the app and calls `ExecuteCallback` on it
//! from a second launch. This process owns the same name while it runs, so a second `recert`
//! finds it (and is answered with the window), and a second `recert-tray` forwards and ends.

use recert_desktop::launch::Launch;
use zbus::{block_on, connection, interface, Connection};

const NAME: &str = "app.recert.desktop.SingleInstance";
const PATH: &str = "/app/recert/desktop/SingleInstance";
const INTERFACE: &str = "org.SingleInstance.DBus";

/// How long a process taking over from the app waits for the app to let the name go.
const TAKEOVER: std::time::Duration = std::time::Duration::from_secs(10);

pub struct Instance {
    connection: Connection,
}

impl Instance {
    /// Lets the name go (the app about to start takes it).
    pub fn release(self) {
        let _ = block_on(self.connection.release_name(NAME));
    }
}

pub enum Claim {
    Owned(Instance),
    Forwarded,
    NoBus(zbus::Error),
}

struct SingleInstance;

#[interface(name = "org.SingleInstance.DBus")]
impl SingleInstance {
    /// A second launch: `recert` (by hand, a desktop entry) wants the window; `--hidden` (a
    /// second sign-in start) wants nothing more than the tray that is already here.
    fn execute_callback(&mut self, argv: Vec<String>, _cwd: String) {
        // A second sign-in start (`--hidden`) changes nothing; any other launch opens the window.
        if Launch::parse_args(argv.iter().skip(1)).is_ok_and(|l| l.hidden) {
            return;
        }
        gtk::glib::MainContext::default().invoke(super::tray::open_from_second_launch);
    }
}

/// Owns the name, or hands this launch's arguments to the Recert that does. `takeover`: the app
/// is ending and still owns the name for a moment: wait for it instead of forwarding.
pub fn claim(takeover: bool) -> Claim {
    let started = std::time::Instant::now();
    loop {
        let built = block_on(
            connection::Builder::session()
                .name(NAME)
                .replace_existing_names(false)
                .allow_name_replacements(false)
                .serve_at(PATH, SingleInstance)
                .build(),
        );
        match built {
            Ok(connection) => return Claim::Owned(Instance { connection }),
            Err(zbus::Error::NameTaken) if takeover && started.elapsed() < TAKEOVER => {
                std::thread::sleep(std::time::Duration::from_millis(100))
            }
            Err(zbus::Error::NameTaken) => return forward(),
            Err(e) => return Claim::NoBus(e),
        }
    }
}

/// This program never asks for a window: it says `--hidden`, whatever it was started with.
fn forward() -> Claim {
    let launch = Launch::parse_args(std::env::args_os().skip(1)).unwrap_or_default();
    let program = std::env::args().next().unwrap_or_else(|| "recert-tray".into());
    let argv: Vec<String> = std::iter::once(program)
        .chain(
            Launch { hidden: true, ..launch }
                .to_args()
                .into_iter()
                .map(|a| a.to_string_lossy().into_owned()),
        )
        .collect();
    let cwd = std::env::current_dir().unwrap_or_default().to_string_lossy().into_owned();
    let called = block_on(async {
        Connection::session()
            .await?
            .call_method(Some(NAME), PATH, Some(INTERFACE), "ExecuteCallback", &(argv, cwd))
            .await
            .map(|_| ())
    });
    match called {
        Ok(()) => Claim::Forwarded,
        Err(e) => Claim::NoBus(e),
    }
}
