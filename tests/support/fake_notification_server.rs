//! `cargo run --example fake_notification_server`: the fake notification daemon as a process
//! for the real-app tests. Prints each Notify call as a JSON line, and `{"closed":ID}` for each
//! CloseNotification; reads `invoke ID ACTION`
//! lines on standard input and emits ActionInvoked for them. Run inside the app's D-Bus session.

#[cfg(target_os = "linux")]
use recert_test_support::notification_server;

#[cfg(target_os = "linux")]
use std::io::{BufRead, Write};
#[cfg(target_os = "linux")]
use std::sync::mpsc;

/// Notifications on D-Bus are Linux's; elsewhere there is nothing to fake.
#[cfg(not(target_os = "linux"))]
fn main() {
    eprintln!("fake_notification_server: a freedesktop notification daemon, for Linux only");
    std::process::exit(2);
}

#[cfg(target_os = "linux")]
fn main() {
    let (tx, rx) = mpsc::channel();
    let (closes, closed) = mpsc::channel();
    let server = match notification_server::FakeNotifications::start(Some(tx), Some(closes)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("fake_notification_server: {e}");
            std::process::exit(1);
        }
    };
    std::thread::spawn(move || {
        for call in rx {
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{}", serde_json::to_string(&call).unwrap_or_default());
            let _ = out.flush();
        }
    });
    std::thread::spawn(move || {
        for id in closed {
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{{\"closed\":{id}}}");
            let _ = out.flush();
        }
    });
    println!("{{\"ready\":true}}");
    let _ = std::io::stdout().flush();
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let parts: Vec<&str> = line.split_whitespace().collect();
        if let ["invoke", id, action] = parts.as_slice() {
            let result = id
                .parse()
                .map_err(|e| format!("{e}"))
                .and_then(|id| server.invoke(id, action).map_err(|e| e.to_string()));
            if let Err(e) = result {
                eprintln!("fake_notification_server: invoke: {e}");
            }
        }
    }
}
