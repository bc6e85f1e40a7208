//! A small HTTP/1.1 server on 127.0.0.1 for tests that need a server (updates): fixed answers by
//! path, and one path that accepts and never answers (a server that times out). Serves until
//! dropped; every request is logged for assertions.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

#[derive(Clone)]
pub struct Answer {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    /// A `Location` header (redirects).
    pub location: Option<String>,
    /// A `Content-Length` larger than the body sent, the connection then held open: a package that
    /// says it is huge (the body is the start of it).
    pub claimed: Option<u64>,
}

impl Answer {
    pub fn json(body: &serde_json::Value) -> Answer {
        Answer {
            status: 200,
            content_type: "application/json",
            body: body.to_string().into_bytes(),
            location: None,
            claimed: None,
        }
    }
    // Used by the update tests, which are Linux's.
    #[cfg_attr(not(target_os = "linux"), allow(dead_code))]
    pub fn bytes(body: Vec<u8>) -> Answer {
        Answer {
            status: 200,
            content_type: "application/octet-stream",
            body,
            location: None,
            claimed: None,
        }
    }
    pub fn status(status: u16) -> Answer {
        Answer {
            status,
            content_type: "text/plain",
            body: Vec::new(),
            location: None,
            claimed: None,
        }
    }
    pub fn text(content_type: &'static str, body: &[u8]) -> Answer {
        Answer { status: 200, content_type, body: body.to_vec(), location: None, claimed: None }
    }
    pub fn redirect(to: &str) -> Answer {
        Answer {
            status: 302,
            content_type: "text/plain",
            body: Vec::new(),
            location: Some(to.to_owned()),
            claimed: None,
        }
    }
    /// A 200 whose `Content-Length` claims `claimed` bytes; `body` is sent, then nothing more.
    // Used by the update tests, which are Linux's.
    #[cfg_attr(not(target_os = "linux"), allow(dead_code))]
    pub fn oversized(body: Vec<u8>, claimed: u64) -> Answer {
        Answer {
            status: 200,
            content_type: "application/octet-stream",
            body,
            location: None,
            claimed: Some(claimed),
        }
    }
    /// Reads the request and never answers (a server that times out).
    pub fn silence() -> Answer {
        Answer {
            status: 0,
            content_type: "text/plain",
            body: Vec::new(),
            location: None,
            claimed: None,
        }
    }
}

pub struct TestServer {
    pub base: String,
    routes: Arc<Mutex<HashMap<String, Answer>>>,
    pub requests: Arc<Mutex<Vec<String>>>,
    /// The User-Agent of each request, in order.
    pub user_agents: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
}

/// Requests to this path are read and then left unanswered.
pub const SILENT: &str = "/silent";

impl TestServer {
    pub fn start() -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let routes: Arc<Mutex<HashMap<String, Answer>>> = Arc::default();
        let requests: Arc<Mutex<Vec<String>>> = Arc::default();
        let user_agents: Arc<Mutex<Vec<String>>> = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        let (r, q, s, u) = (routes.clone(), requests.clone(), stop.clone(), user_agents.clone());
        thread::spawn(move || {
            for stream in listener.incoming() {
                if s.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (r, q, u) = (r.clone(), q.clone(), u.clone());
                thread::spawn(move || serve(stream, &r, &q, &u));
            }
        });
        TestServer { base, routes, requests, user_agents, stop }
    }

    pub fn route(&self, path: &str, answer: Answer) {
        self.routes.lock().expect("routes").insert(path.to_owned(), answer);
    }

    // Used by the update tests, which are Linux's.
    #[cfg_attr(not(target_os = "linux"), allow(dead_code))]
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub fn requested(&self, path: &str) -> usize {
        self.requests.lock().expect("requests").iter().filter(|p| p.as_str() == path).count()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the stop.
        let _ = TcpStream::connect(self.base.trim_start_matches("http://"));
    }
}

fn serve(
    stream: TcpStream,
    routes: &Mutex<HashMap<String, Answer>>,
    requests: &Mutex<Vec<String>>,
    user_agents: &Mutex<Vec<String>>,
) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let path =
        line.split_whitespace().nth(1).unwrap_or("/").split('?').next().unwrap_or("/").to_owned();
    // Headers up to the blank line.
    loop {
        let mut header = String::new();
        match reader.read_line(&mut header) {
            Ok(0) | Err(_) => break,
            Ok(_) if header == "\r\n" || header == "\n" => break,
            Ok(_) => {
                if let Some((name, value)) = header.split_once(':') {
                    if name.eq_ignore_ascii_case("user-agent") {
                        user_agents.lock().expect("user agents").push(value.trim().to_owned());
                    }
                }
            }
        }
    }
    requests.lock().expect("requests").push(path.clone());
    let mut stream = reader.into_inner();
    if path == SILENT {
        thread::sleep(Duration::from_secs(30));
        return;
    }
    let answer = routes.lock().expect("routes").get(&path).cloned().unwrap_or(Answer::status(404));
    if answer.status == 0 {
        thread::sleep(Duration::from_secs(30));
        return;
    }
    let location =
        answer.location.as_deref().map(|l| format!("Location: {l}\r\n")).unwrap_or_default();
    let length = answer.claimed.unwrap_or(answer.body.len() as u64);
    let head = format!("HTTP/1.1 {} X\r\nContent-Type: {}\r\nContent-Length: {length}\r\n{location}Connection: close\r\n\r\n", answer.status, answer.content_type);
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&answer.body);
    if answer.claimed.is_some() {
        let _ = stream.flush();
        thread::sleep(Duration::from_secs(5));
    }
}
