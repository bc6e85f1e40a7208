//! Linux: the WebKit processes a closed window leaves behind.
//!
//! WebKitGTK keeps its network process for as long as the web context lives, even with no web
//! view, and Tauri keeps the context for the app's whole life on Linux (tauri#14626: WebKitGTK has
//! no call that ends the process). Left alone, a Recert waiting in the tray keeps a ~27 MB
//! process it does not use. Once the window is gone and its web process has ended, Recert ends
//! the network process itself; WebKit starts a new one for the next window (as it does after a
//! network process crash). The web process ends on its own with its web view.

use std::time::Duration;
use tauri::AppHandle;

const NETWORK: &str = "WebKitNetworkPr"; // /proc's comm: the first 15 bytes of the name.
const WEB: &str = "WebKitWebProces";

/// After the main window was destroyed: wait (off the main thread) for its web process to end,
/// then, on the main thread so no window can be built in between, end the network process if no
/// window came back meanwhile.
pub fn end_network_process_later(app: &AppHandle) {
    let app = app.clone();
    let spawned = std::thread::Builder::new().name("recert-webkit-end".into()).spawn(move || {
        // The web process ends within a second or two of its web view; a busy machine may take longer.
        for _ in 0..300 {
            if children_named(WEB).is_empty() {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let handle = app.clone();
        let _ = app.run_on_main_thread(move || {
            if super::window::is_open(&handle) || !children_named(WEB).is_empty() {
                return;
            }
            for pid in children_named(NETWORK) {
                // SAFETY: kill(2) with a pid read from /proc just now, our own child; a pid that
                // ended meanwhile gets ESRCH, which changes nothing.
                unsafe {
                    libc::kill(pid, libc::SIGTERM);
                }
            }
        });
    });
    if let Err(e) = spawned {
        eprintln!("recert: webkit: {e}");
    }
}

/// This process's children whose command starts with `name`.
fn children_named(name: &str) -> Vec<i32> {
    let me = std::process::id() as i32;
    let Ok(entries) = std::fs::read_dir("/proc") else { return Vec::new() };
    entries
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<i32>().ok())
        .filter(|pid| {
            let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
                return false;
            };
            // "pid (comm) state ppid ...": comm may hold spaces and parentheses; the last ')' ends it.
            let (Some(open), Some(close)) = (stat.find('('), stat.rfind(')')) else { return false };
            let ppid =
                stat[close + 1..].split_whitespace().nth(1).and_then(|p| p.parse::<i32>().ok());
            ppid == Some(me) && stat[open + 1..close].starts_with(name)
        })
        .collect()
}
