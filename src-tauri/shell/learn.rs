//! Microsoft Learn over the network, for the transcript import: besides updates, the only place
//! Recert talks to the internet. Only when the user asks, only to https://learn.microsoft.com (a
//! redirect to any other host is refused), 15 s, at most 5 MiB, with a User-Agent naming Recert.

use recert_core::learn_transcript::{HOST, MAX_BYTES};
use recert_core::{ErrorKind, Failure, Problem};
use std::time::Duration;

pub const BASE: &str = "https://learn.microsoft.com";

/// Tests point Recert at a loopback server with this variable (never the UI); any other host in
/// it is ignored. The path stays Microsoft's.
pub const BASE_VAR: &str = "RECERT_LEARN_BASE_URL";

pub const TIMEOUT: Duration = Duration::from_secs(15);

fn base() -> String {
    std::env::var(BASE_VAR).ok().and_then(|v| super::updates::loopback_url(&v)).map_or_else(|| BASE.to_owned(), |u| u.as_str().trim_end_matches('/').to_owned())
}

fn network(problem: Problem) -> Failure {
    Failure::new(ErrorKind::Network, problem)
}

fn short(e: &dyn std::fmt::Display) -> String {
    e.to_string().chars().take(200).collect()
}

/// The JSON of the shared transcript `share_id` (see `recert_core::learn_transcript::share_id`).
pub async fn fetch_transcript(share_id: &str) -> Result<Vec<u8>, Failure> {
    let base = base();
    let url = format!("{base}/api/profiles/transcript/share/{share_id}?locale=en-us");
    let allowed = tauri::Url::parse(&base).map_err(|e| network(Problem::LearnBadAnswer { detail: short(&e) }))?;
    let (scheme, host, port) = (allowed.scheme().to_owned(), allowed.host_str().unwrap_or(HOST).to_owned(), allowed.port());
    // reqwest's rustls needs a crypto provider; the updater installs the same one.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::Client::builder()
        .timeout(TIMEOUT)
        .user_agent(concat!("Recert/", env!("CARGO_PKG_VERSION"), " (desktop app; Learn transcript import)"))
        .redirect(reqwest::redirect::Policy::custom(move |attempt| {
            let to = attempt.url();
            if to.scheme() == scheme && to.host_str() == Some(host.as_str()) && to.port() == port && attempt.previous().len() < 5 {
                attempt.follow()
            } else {
                let refused = format!("redirected to {}", to.host_str().unwrap_or("another host"));
                attempt.error(refused)
            }
        }))
        .build()
        .map_err(|e| network(Problem::LearnUnreachable { detail: short(&e) }))?;
    let failed = |e: reqwest::Error| {
        if e.is_timeout() {
            network(Problem::LearnTimeout { seconds: TIMEOUT.as_secs() as u32 })
        } else if e.is_redirect() {
            network(Problem::LearnBadAnswer { detail: std::error::Error::source(&e).map_or_else(|| short(&e), |s| short(&s)) })
        } else {
            network(Problem::LearnUnreachable { detail: short(&e) })
        }
    };
    let mut response = client.get(&url).send().await.map_err(failed)?;
    let status = response.status();
    if status == reqwest::StatusCode::NOT_FOUND || status == reqwest::StatusCode::GONE {
        return Err(network(Problem::TranscriptNotShared));
    }
    if !status.is_success() {
        return Err(network(Problem::LearnBadAnswer { detail: format!("HTTP {status}") }));
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(failed)? {
        if body.len() + chunk.len() > MAX_BYTES {
            return Err(Failure::invalid("(transcript)", Problem::TooLong { max: MAX_BYTES as i64 }));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// A saved copy of a transcript's JSON, measured before it is read (no larger than the limit).
pub fn read_saved(path: &std::path::Path) -> Result<Vec<u8>, Failure> {
    recert_core::files::read_bounded(path, MAX_BYTES)
}
