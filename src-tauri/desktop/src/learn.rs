//! Microsoft Learn over the network, for the transcript import, "Keep in step" and the catalog
//! check: besides updates, the only place Recert talks to the internet. Only when the user asks
//! (or turned a schedule on), only to https://learn.microsoft.com (a redirect to any other host is
//! refused), bounded in time and size, with a User-Agent naming Recert. No Tauri here: the Linux
//! tray process reads the same way.

use recert_core::learn_transcript::{HOST, MAX_BYTES};
use recert_core::{ErrorKind, Failure, Problem};
use reqwest::Url;
use std::time::Duration;

pub const BASE: &str = "https://learn.microsoft.com";

/// Tests point Recert at a loopback server with this variable (never the UI); any other host in
/// it is ignored. The path stays Microsoft's.
pub const BASE_VAR: &str = "RECERT_LEARN_BASE_URL";

pub const TIMEOUT: Duration = Duration::from_secs(15);

/// The catalog answer is a few megabytes: more time than a transcript.
pub const CATALOG_TIMEOUT: Duration = Duration::from_secs(60);

/// The Learn Catalog API (`../shared/catalog-facts.md`, "Microsoft's catalog endpoints").
pub const CATALOG_PATH: &str = "/api/catalog/?locale=en-us&type=certifications,exams";

/// `text` as a URL if it names a loopback host, else `None`.
pub fn loopback_url(text: &str) -> Option<Url> {
    let url = Url::parse(text).ok()?;
    let host = url.host_str()?;
    let loopback = host == "localhost"
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback());
    (loopback && matches!(url.scheme(), "http" | "https")).then_some(url)
}

fn base() -> String {
    std::env::var(BASE_VAR)
        .ok()
        .and_then(|v| loopback_url(&v))
        .map_or_else(|| BASE.to_owned(), |u| u.as_str().trim_end_matches('/').to_owned())
}

fn short(e: &dyn std::fmt::Display) -> String {
    e.to_string().chars().take(200).collect()
}

/// Why a read from Learn failed, before each caller says it in its own terms.
enum Miss {
    /// 404 or 410.
    Gone,
    Timeout(u32),
    Unreachable(String),
    BadAnswer(String),
    TooLarge(usize),
}

/// GET `path` from Learn: at most `max` bytes within `timeout`.
async fn get(path: &str, max: usize, timeout: Duration) -> Result<Vec<u8>, Miss> {
    let base = base();
    let url = format!("{base}{path}");
    let allowed = Url::parse(&base).map_err(|e| Miss::BadAnswer(short(&e)))?;
    let (scheme, host, port) = (
        allowed.scheme().to_owned(),
        allowed.host_str().unwrap_or(HOST).to_owned(),
        allowed.port(),
    );
    // reqwest's rustls needs a crypto provider; the updater installs the same one.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let client = reqwest::Client::builder()
        .timeout(timeout)
        .user_agent(concat!(
            "Recert/",
            env!("CARGO_PKG_VERSION"),
            " (desktop app; Microsoft Learn transcript and catalog)"
        ))
        .redirect(reqwest::redirect::Policy::custom(move |attempt| {
            let to = attempt.url();
            if to.scheme() == scheme
                && to.host_str() == Some(host.as_str())
                && to.port() == port
                && attempt.previous().len() < 5
            {
                attempt.follow()
            } else {
                let refused = format!("redirected to {}", to.host_str().unwrap_or("another host"));
                attempt.error(refused)
            }
        }))
        .build()
        .map_err(|e| Miss::Unreachable(short(&e)))?;
    let failed = |e: reqwest::Error| {
        if e.is_timeout() {
            Miss::Timeout(timeout.as_secs() as u32)
        } else if e.is_redirect() {
            Miss::BadAnswer(std::error::Error::source(&e).map_or_else(|| short(&e), |s| short(&s)))
        } else {
            Miss::Unreachable(short(&e))
        }
    };
    let mut response = client.get(&url).send().await.map_err(failed)?;
    let status = response.status();
    if status == reqwest::StatusCode::NOT_FOUND || status == reqwest::StatusCode::GONE {
        return Err(Miss::Gone);
    }
    if !status.is_success() {
        return Err(Miss::BadAnswer(format!("HTTP {status}")));
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(failed)? {
        if body.len() + chunk.len() > max {
            return Err(Miss::TooLarge(max));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// The JSON of the shared transcript `share_id` (see `recert_core::learn_transcript::share_id`).
pub async fn fetch_transcript(share_id: &str) -> Result<Vec<u8>, Failure> {
    let network = |problem| Failure::new(ErrorKind::Network, problem);
    get(&format!("/api/profiles/transcript/share/{share_id}?locale=en-us"), MAX_BYTES, TIMEOUT)
        .await
        .map_err(|miss| match miss {
            Miss::Gone => network(Problem::TranscriptNotShared),
            Miss::Timeout(seconds) => network(Problem::LearnTimeout { seconds }),
            Miss::Unreachable(detail) => network(Problem::LearnUnreachable { detail }),
            Miss::BadAnswer(detail) => network(Problem::LearnBadAnswer { detail }),
            Miss::TooLarge(max) => {
                Failure::invalid("(transcript)", Problem::TooLong { max: max as i64 })
            }
        })
}

/// Microsoft's catalog of certifications and exams, as the Learn Catalog API answers it.
pub async fn fetch_catalog() -> Result<Vec<u8>, Failure> {
    let network = |problem| Failure::new(ErrorKind::Network, problem);
    get(CATALOG_PATH, recert_core::catalog::MAX_IMPORT_BYTES, CATALOG_TIMEOUT).await.map_err(
        |miss| match miss {
            Miss::Gone => network(Problem::CatalogEndpointGone),
            Miss::Timeout(seconds) => network(Problem::CatalogUnreachable {
                detail: format!("no answer within {seconds} s"),
            }),
            Miss::Unreachable(detail) | Miss::BadAnswer(detail) => {
                network(Problem::CatalogUnreachable { detail })
            }
            Miss::TooLarge(max) => {
                Failure::invalid("(Microsoft's answer)", Problem::TooLong { max: max as i64 })
            }
        },
    )
}

/// Runs a read to its end on this thread, for the command line and the tray process (the app
/// awaits them on Tauri's runtime): a small runtime made for the read and dropped after it.
pub fn block_on<T>(
    read: impl std::future::Future<Output = Result<T, Failure>>,
) -> Result<T, Failure> {
    match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime.block_on(read),
        Err(e) => {
            Err(Failure::new(ErrorKind::Network, Problem::LearnUnreachable { detail: short(&e) }))
        }
    }
}

/// A saved copy of a transcript's JSON, measured before it is read (no larger than the limit).
pub fn read_saved(path: &std::path::Path) -> Result<Vec<u8>, Failure> {
    recert_core::files::read_bounded(path, MAX_BYTES)
}

#[cfg(test)]
mod tests {
    use super::loopback_url;

    #[test]
    fn only_loopback_endpoints_are_taken_from_the_environment() {
        for ok in [
            "http://127.0.0.1:4000/latest.json",
            "http://localhost:1/x",
            "http://[::1]:8080/m",
            "https://127.0.0.2/m",
        ] {
            assert!(loopback_url(ok).is_some(), "{ok}");
        }
        for refused in [
            "https://example.com/latest.json",
            "http://10.0.0.1/m",
            "file:///etc/passwd",
            "ftp://127.0.0.1/m",
            "not a url",
            "http://localhost.evil.example/m",
        ] {
            assert!(loopback_url(refused).is_none(), "{refused}");
        }
    }
}
