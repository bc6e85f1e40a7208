//! Updates through Tauri's updater plugin: the manifest the release workflow publishes, a package
//! signed with the key whose public half is in tauri.conf.json, verified before anything is
//! installed. Nothing here runs unless the user turned updates on (Settings or the first-run guide);
//! "Check now" and "Install" are the user's clicks.

use super::problems::{ShellFailure, ShellProblem};
use recert_core::model::UpdateStatus;
use recert_core::ErrorKind;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;
use tauri::{AppHandle, Runtime, Url};
use tauri_plugin_updater::{Error, Update, Updater, UpdaterExt};

/// How long a check or a download may wait for the server before it is given up.
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// Tests point the app at a manifest on a loopback server with this variable. Any other host is
/// ignored, and the package it names must still carry a signature of the key in tauri.conf.json.
pub const TEST_ENDPOINT_VAR: &str = "RECERT_UPDATE_ENDPOINT";

/// The update the last check found, until the user installs it.
#[derive(Default)]
pub struct Pending(pub Mutex<Option<Update>>);

/// Where the updater looks, what it replaces and how long it waits; `None` takes the app's own.
#[derive(Clone)]
pub struct Target {
    pub endpoint: Option<Url>,
    /// The installed program (tests install into a file of their own).
    pub executable: Option<PathBuf>,
    pub timeout: Duration,
}

impl Target {
    /// The app's target: tauri.conf.json's endpoint, or a loopback test endpoint.
    pub fn from_env() -> Target {
        Target { endpoint: test_endpoint(), executable: None, timeout: TIMEOUT }
    }
}

fn test_endpoint() -> Option<Url> {
    std::env::var(TEST_ENDPOINT_VAR).ok().and_then(|v| super::learn::loopback_url(&v))
}

/// With a loopback test endpoint, lets a release build speak plain HTTP to it (the updater
/// refuses http:// endpoints in release builds otherwise). Nothing changes without one.
pub fn allow_loopback_test_server(config: &mut tauri::Config) {
    if test_endpoint().is_none() {
        return;
    }
    if let Some(serde_json::Value::Object(updater)) = config.plugins.0.get_mut("updater") {
        updater.insert("dangerousInsecureTransportProtocol".into(), serde_json::Value::Bool(true));
    }
}

pub fn updater<R: Runtime>(app: &AppHandle<R>, target: &Target) -> Result<Updater, ShellFailure> {
    let fail = |e: Error| failure(&e, target.timeout);
    let mut builder = app.updater_builder().timeout(target.timeout);
    if let Some(url) = &target.endpoint {
        builder = builder.endpoints(vec![url.clone()]).map_err(fail)?;
    }
    if let Some(exe) = &target.executable {
        builder = builder.executable_path(exe);
    }
    builder.build().map_err(fail)
}

/// Asks the server whether a newer Recert exists; keeps what it found for `install`.
pub async fn check<R: Runtime>(
    app: &AppHandle<R>,
    target: &Target,
    pending: &Pending,
) -> Result<UpdateStatus, ShellFailure> {
    let found = updater(app, target)?.check().await.map_err(|e| failure(&e, target.timeout))?;
    let status = UpdateStatus {
        current: app.package_info().version.to_string(),
        available: found.as_ref().map(|u| u.version.clone()),
        notes: found.as_ref().and_then(|u| u.body.clone()).map(|n| n.chars().take(2000).collect()),
    };
    *super::state::lock(&pending.0) = found;
    Ok(status)
}

/// A Recert package is tens of megabytes; a larger answer is refused while it downloads, before it
/// fills memory (the plugin keeps the whole package in memory to verify it).
pub const MAX_PACKAGE_BYTES: u64 = 256 * 1024 * 1024;

/// Downloads the update the last check found, verifies its signature, and installs it. On
/// Windows the installer takes over and ends Recert; elsewhere the caller restarts it.
pub async fn install(pending: &Pending) -> Result<(), ShellFailure> {
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
    let update = super::state::lock(&pending.0)
        .take()
        .ok_or_else(|| ShellFailure::new(ErrorKind::NotFound, ShellProblem::NoUpdatePending))?;
    let timeout = update.timeout.unwrap_or(TIMEOUT);
    let over = std::sync::Arc::new(AtomicBool::new(false));
    let (seen, flag) = (AtomicU64::new(0), over.clone());
    // The plugin's progress callback cannot stop the download: it raises a flag, and `until`
    // drops the download (closing the connection) at its next step.
    let download = update.download(
        move |chunk, total| {
            let so_far = seen.fetch_add(chunk as u64, Ordering::SeqCst) + chunk as u64;
            if so_far > MAX_PACKAGE_BYTES || total.is_some_and(|t| t > MAX_PACKAGE_BYTES) {
                flag.store(true, Ordering::SeqCst);
            }
        },
        || {},
    );
    let too_large = || {
        ShellFailure::new(
            ErrorKind::Network,
            ShellProblem::UpdateTooLarge { max_mib: (MAX_PACKAGE_BYTES / (1024 * 1024)) as i64 },
        )
    };
    let bytes =
        until(&over, download).await.ok_or_else(too_large)?.map_err(|e| failure(&e, timeout))?;
    update.install(bytes).map_err(|e| failure(&e, timeout))
}

/// `future`'s output, or `None` as soon as `stop` is set (looked at before and after each step):
/// the future is then dropped, which cancels what it was doing.
pub async fn until<F: std::future::Future>(
    stop: &std::sync::atomic::AtomicBool,
    future: F,
) -> Option<F::Output> {
    use std::sync::atomic::Ordering;
    use std::task::Poll;
    let mut future = std::pin::pin!(future);
    std::future::poll_fn(|cx| {
        if stop.load(Ordering::SeqCst) {
            return Poll::Ready(None);
        }
        // Looked at again after the step: the flag may have been raised during it, and a pending
        // download may not be woken again for a long while.
        match future.as_mut().poll(cx) {
            _ if stop.load(Ordering::SeqCst) => Poll::Ready(None),
            Poll::Ready(out) => Poll::Ready(Some(out)),
            Poll::Pending => Poll::Pending,
        }
    })
    .await
}

/// The updater's error as the user reads it. A signature that does not verify is never an
/// install: the plugin checks it before it writes anything.
pub fn failure(e: &Error, timeout: Duration) -> ShellFailure {
    let detail = || e.to_string().chars().take(300).collect::<String>();
    match e {
        Error::Minisign(_)
        | Error::Base64(_)
        | Error::SignatureUtf8(_)
        | Error::SignedVersionMismatch { .. }
        | Error::MissingSignedVersion => {
            ShellFailure::new(ErrorKind::Invalid, ShellProblem::UpdateSignature)
        }
        Error::Reqwest(r) if r.is_timeout() => ShellFailure::new(
            ErrorKind::Network,
            ShellProblem::UpdateTimeout { seconds: timeout.as_secs().max(1) as u32 },
        ),
        Error::Reqwest(r) if r.is_decode() => ShellFailure::new(
            ErrorKind::Network,
            ShellProblem::UpdateBadAnswer { detail: detail() },
        ),
        Error::Reqwest(_) | Error::Network(_) => ShellFailure::new(
            ErrorKind::Network,
            ShellProblem::UpdateUnreachable { detail: detail() },
        ),
        Error::ReleaseNotFound
        | Error::Serialization(_)
        | Error::Semver(_)
        | Error::TargetNotFound(_)
        | Error::TargetsNotFound(_)
        | Error::InsecureTransportProtocol => ShellFailure::new(
            ErrorKind::Network,
            ShellProblem::UpdateBadAnswer { detail: detail() },
        ),
        Error::EmptyEndpoints => {
            ShellFailure::new(ErrorKind::Conflict, ShellProblem::UpdatesNotConfigured)
        }
        _ => ShellFailure::new(ErrorKind::Io, ShellProblem::UpdateInstall { detail: detail() }),
    }
}

#[cfg(test)]
mod tests {
    use super::until;
    use std::sync::atomic::{AtomicBool, Ordering};

    #[test]
    fn a_download_stops_as_soon_as_it_is_over_the_limit() {
        let stop = AtomicBool::new(false);
        assert_eq!(tauri::async_runtime::block_on(until(&stop, async { 7 })), Some(7));
        // Raised during the last step: the result is refused all the same.
        assert_eq!(
            tauri::async_runtime::block_on(until(&stop, async {
                stop.store(true, Ordering::SeqCst)
            })),
            None
        );
        // Raised before: the download is not even started.
        let started = AtomicBool::new(false);
        assert_eq!(
            tauri::async_runtime::block_on(until(&stop, async {
                started.store(true, Ordering::SeqCst)
            })),
            None
        );
        assert!(!started.load(Ordering::SeqCst));
    }
}
