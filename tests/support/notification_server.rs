//! A fake `org.freedesktop.Notifications` server on the session bus: it records every Notify
//! call and can invoke an action (the ActionInvoked signal), as a desktop's notification daemon
//! would when the user clicks. Used in-process by the D-Bus test and, through the
//! `fake_notification_server` example, by the real-app tests.

use std::collections::HashMap;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use zbus::object_server::SignalEmitter;

pub const PATH: &str = "/org/freedesktop/Notifications";
pub const NAME: &str = "org.freedesktop.Notifications";

#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Call {
    pub id: u32,
    pub app_name: String,
    pub summary: String,
    pub body: String,
    pub actions: Vec<String>,
}

struct Daemon {
    calls: Arc<Mutex<Vec<Call>>>,
    on_call: Option<mpsc::Sender<Call>>,
    /// Hears each CloseNotification (an app taking its notification back).
    on_close: Option<mpsc::Sender<u32>>,
    capabilities: Arc<Mutex<Vec<String>>>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Daemon {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &mut self,
        app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        _hints: HashMap<String, zbus::OwnedVariant>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut calls = self.calls.lock().unwrap_or_else(|p| p.into_inner());
        let call = Call { id: calls.len() as u32 + 1, app_name, summary, body, actions };
        calls.push(call.clone());
        if let Some(tx) = &self.on_call {
            let _ = tx.send(call.clone());
        }
        call.id
    }

    fn get_capabilities(&self) -> Vec<String> {
        self.capabilities.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        ("recert-fake".into(), "recert".into(), "1.0".into(), "1.2".into())
    }

    fn close_notification(&self, id: u32) {
        if let Some(tx) = &self.on_close {
            let _ = tx.send(id);
        }
    }

    #[zbus(signal)]
    async fn action_invoked(
        emitter: &SignalEmitter<'_>,
        id: u32,
        action_key: &str,
    ) -> zbus::Result<()>;

    #[zbus(signal)]
    async fn notification_closed(
        emitter: &SignalEmitter<'_>,
        id: u32,
        reason: u32,
    ) -> zbus::Result<()>;
}

pub struct FakeNotifications {
    conn: zbus::Connection,
    // The D-Bus test reads the log; the example binary streams calls instead.
    #[allow(dead_code)]
    calls: Arc<Mutex<Vec<Call>>>,
    capabilities: Arc<Mutex<Vec<String>>>,
}

impl FakeNotifications {
    /// Owns the notification service name on the session bus; `on_call` hears each Notify,
    /// `on_close` each CloseNotification.
    pub fn start(
        on_call: Option<mpsc::Sender<Call>>,
        on_close: Option<mpsc::Sender<u32>>,
    ) -> zbus::Result<FakeNotifications> {
        let calls = Arc::new(Mutex::new(Vec::new()));
        let capabilities = Arc::new(Mutex::new(vec!["actions".to_owned(), "body".to_owned()]));
        let daemon =
            Daemon { calls: calls.clone(), on_call, on_close, capabilities: capabilities.clone() };
        let (tx, rx) = mpsc::channel();
        // The connection is built and then kept alive inside a block_on of its own thread, so it
        // answers calls while the test thread blocks on other things.
        std::thread::spawn(move || {
            zbus::block_on(async move {
                let built = zbus::connection::Builder::session()
                    .name(NAME)
                    .serve_at(PATH, daemon)
                    .build()
                    .await;
                let ok = built.is_ok();
                let _ = tx.send(built);
                if ok {
                    std::future::pending::<()>().await;
                }
            })
        });
        let conn = rx.recv().map_err(|_| zbus::Error::Failure("server thread ended".into()))??;
        Ok(FakeNotifications { conn, calls, capabilities })
    }

    #[allow(dead_code)]
    pub fn calls(&self) -> Vec<Call> {
        self.calls.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// What GetCapabilities answers from now on (KDE's daemon adds `body-markup`).
    #[allow(dead_code)]
    pub fn set_capabilities(&self, capabilities: &[&str]) {
        *self.capabilities.lock().unwrap_or_else(|p| p.into_inner()) =
            capabilities.iter().map(|c| (*c).to_owned()).collect();
    }

    /// What the desktop does when the user clicks notification `id` (action `key`).
    pub fn invoke(&self, id: u32, key: &str) -> zbus::Result<()> {
        let conn = self.conn.clone();
        let key = key.to_owned();
        zbus::block_on(async move {
            let iface = conn.object_server().interface::<_, Daemon>(PATH).await?;
            Daemon::action_invoked(iface.signal_emitter(), id, &key).await
        })
    }
}
