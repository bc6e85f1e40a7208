//! Updates on Linux, the whole path against a loopback server with a key pair made for each test:
//! check → download → minisign verification → install (the AppImage path: the file that is the app
//! is replaced). A package signed with another key is refused and nothing is installed; a server
//! that does not answer times out; every bad answer is a translated refusal. The app is a mock
//! Tauri app carrying Tauri's own updater plugin, as the real one does.

use crate::http_server::{Answer, TestServer, SILENT};
use recert::shell::problems::{ShellFailure, ShellProblem as Problem};
use recert::shell::updates::{self, Pending, Target};
use recert_core::ErrorKind;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tauri::async_runtime::block_on;
use tauri::test::{mock_builder, mock_context, noop_assets, MockRuntime};

struct Key {
    /// What tauri.conf.json holds: base64 of the minisign public key file.
    public: String,
    pair: minisign::KeyPair,
}

fn key() -> Key {
    let pair = minisign::KeyPair::generate_unencrypted_keypair().expect("key pair");
    let public = base64(pair.pk.to_box().expect("public key box").to_string().as_bytes());
    Key { public, pair }
}

/// What the release workflow publishes beside a package: base64 of the minisign signature file,
/// with the trusted comment Tauri's CLI writes.
fn sign(key: &Key, bytes: &[u8], file: &str) -> String {
    let comment = format!("timestamp:1795000000\tfile:{file}");
    let signature = minisign::sign(
        Some(&key.pair.pk),
        &key.pair.sk,
        bytes,
        Some(&comment),
        Some("signature from tauri secret key"),
    )
    .expect("signature");
    base64(signature.to_string().as_bytes())
}

fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() {
                ABC[(n >> (18 - 6 * i) & 63) as usize] as char
            } else {
                '='
            });
        }
    }
    out
}

/// An AppImage is an ELF executable; the updater checks the magic before it replaces anything.
fn appimage(text: &str) -> Vec<u8> {
    let mut bytes = b"\x7fELF".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    bytes.resize(4096, 0);
    bytes
}

fn app(pubkey: &str) -> tauri::App<MockRuntime> {
    let mut context = mock_context(noop_assets());
    context.config_mut().plugins.0.insert("updater".into(), json!({ "pubkey": pubkey }));
    mock_builder()
        .plugin(tauri_plugin_updater::Builder::new().build())
        .build(context)
        .expect("mock app")
}

fn manifest(server: &TestServer, version: &str, file: &str, signature: &str) -> serde_json::Value {
    json!({
        "version": version,
        "notes": format!("Recert {version}: catalog corrections."),
        "pub_date": "2026-11-20T09:00:00Z",
        "platforms": { "linux-x86_64": { "url": server.url(&format!("/{file}")), "signature": signature } }
    })
}

/// An installed Recert (the file the updater replaces) in a directory of its own.
fn installed() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let exe = dir.path().join("Recert.AppImage");
    std::fs::write(&exe, appimage("Recert 0.1.0")).expect("write installed app");
    (dir, exe)
}

fn target(server: &TestServer, path: &str, exe: &Path) -> Target {
    Target {
        endpoint: Some(server.url(path).parse().expect("url")),
        executable: Some(exe.to_owned()),
        timeout: Duration::from_secs(5),
    }
}

fn problem(result: Result<impl std::fmt::Debug, ShellFailure>) -> (ErrorKind, Problem) {
    let failure = result.expect_err("refused");
    (failure.kind, failure.problem)
}

#[test]
fn a_package_larger_than_any_recert_is_stopped_while_it_downloads() {
    let server = TestServer::start();
    let key = key();
    let package = appimage("Recert 0.2.0");
    let file = "Recert_0.2.0_amd64.AppImage";
    // It says it is 300 MiB: the download stops at its first bytes, nothing is installed.
    server.route(&format!("/{file}"), Answer::oversized(package.clone(), 300 * 1024 * 1024));
    server.route(
        "/latest.json",
        Answer::json(&manifest(&server, "0.2.0", file, &sign(&key, &package, file))),
    );
    let app = app(&key.public);
    let (_dir, exe) = installed();
    let before = std::fs::read(&exe).expect("read");
    let pending = Pending::default();
    block_on(updates::check(app.handle(), &target(&server, "/latest.json", &exe), &pending))
        .expect("check");
    let started = std::time::Instant::now();
    assert_eq!(
        problem(block_on(updates::install(&pending))),
        (ErrorKind::Network, Problem::UpdateTooLarge { max_mib: 256 })
    );
    assert!(
        started.elapsed() < std::time::Duration::from_secs(4),
        "stopped at once, not when the server gives up"
    );
    assert_eq!(std::fs::read(&exe).expect("read"), before, "nothing installed");
}

#[test]
fn a_signed_update_is_found_downloaded_verified_and_installed() {
    let server = TestServer::start();
    let key = key();
    let package = appimage("Recert 0.2.0");
    let file = "Recert_0.2.0_amd64.AppImage";
    server.route(&format!("/{file}"), Answer::bytes(package.clone()));
    server.route(
        "/latest.json",
        Answer::json(&manifest(&server, "0.2.0", file, &sign(&key, &package, file))),
    );
    let app = app(&key.public);
    let (_dir, exe) = installed();
    let pending = Pending::default();

    let status =
        block_on(updates::check(app.handle(), &target(&server, "/latest.json", &exe), &pending))
            .expect("check");
    assert_eq!(status.current, "0.1.0");
    assert_eq!(status.available.as_deref(), Some("0.2.0"));
    assert_eq!(status.notes.as_deref(), Some("Recert 0.2.0: catalog corrections."));
    assert_eq!(server.requested(&format!("/{file}")), 0, "a check downloads nothing");

    block_on(updates::install(&pending)).expect("installed");
    assert_eq!(
        std::fs::read(&exe).expect("read"),
        package,
        "the new version replaced the installed one"
    );
    assert_eq!(server.requested(&format!("/{file}")), 1);
    // What was installed is no longer pending.
    assert_eq!(
        problem(block_on(updates::install(&pending))),
        (ErrorKind::NotFound, Problem::NoUpdatePending)
    );
}

#[test]
fn a_package_signed_with_another_key_is_refused_and_nothing_is_installed() {
    let server = TestServer::start();
    let (ours, theirs) = (key(), key());
    let package = appimage("Recert 0.2.0, not from us");
    let file = "Recert_0.2.0_amd64.AppImage";
    server.route(&format!("/{file}"), Answer::bytes(package.clone()));
    server.route(
        "/latest.json",
        Answer::json(&manifest(&server, "0.2.0", file, &sign(&theirs, &package, file))),
    );
    // A signature of ours over other bytes is refused just the same.
    let tampered = appimage("Recert 0.2.0, tampered");
    server.route("/tampered.AppImage", Answer::bytes(tampered));
    server.route(
        "/tampered.json",
        Answer::json(&manifest(
            &server,
            "0.2.0",
            "tampered.AppImage",
            &sign(&ours, &package, file),
        )),
    );
    let app = app(&ours.public);
    let (_dir, exe) = installed();

    for manifest in ["/latest.json", "/tampered.json"] {
        let pending = Pending::default();
        let status =
            block_on(updates::check(app.handle(), &target(&server, manifest, &exe), &pending))
                .expect("check");
        assert_eq!(status.available.as_deref(), Some("0.2.0"), "the manifest alone proves nothing");
        assert_eq!(
            problem(block_on(updates::install(&pending))),
            (ErrorKind::Invalid, Problem::UpdateSignature),
            "{manifest}"
        );
        assert_eq!(
            std::fs::read(&exe).expect("read"),
            appimage("Recert 0.1.0"),
            "nothing installed ({manifest})"
        );
    }
}

#[test]
fn no_newer_version_means_up_to_date() {
    let server = TestServer::start();
    let key = key();
    server.route("/same.json", Answer::json(&manifest(&server, "0.1.0", "x.AppImage", "sig")));
    server.route("/older.json", Answer::json(&manifest(&server, "0.0.9", "x.AppImage", "sig")));
    server.route("/none", Answer::status(204));
    let app = app(&key.public);
    let (_dir, exe) = installed();
    for path in ["/same.json", "/older.json", "/none"] {
        let pending = Pending::default();
        let status = block_on(updates::check(app.handle(), &target(&server, path, &exe), &pending))
            .expect("check");
        assert_eq!(status.available, None, "{path}");
        assert_eq!(
            problem(block_on(updates::install(&pending))),
            (ErrorKind::NotFound, Problem::NoUpdatePending)
        );
    }
}

#[test]
fn bad_answers_and_silent_servers_are_refused_with_a_reason() {
    let server = TestServer::start();
    let key = key();
    server.route("/not-json", Answer::text("text/html", b"<html>captive portal</html>"));
    server.route("/no-platform.json", Answer::json(&json!({ "version": "0.2.0", "platforms": { "windows-x86_64": { "url": "https://example.invalid/x", "signature": "s" } } })));
    server.route("/bad-version.json", Answer::json(&json!({ "version": "next", "platforms": {} })));
    let app = app(&key.public);
    let (_dir, exe) = installed();
    let check = |t: Target| block_on(updates::check(app.handle(), &t, &Pending::default()));

    for path in ["/not-json", "/no-platform.json", "/bad-version.json", "/missing.json"] {
        let (kind, problem) = problem(check(target(&server, path, &exe)));
        assert_eq!(kind, ErrorKind::Network, "{path}");
        assert!(matches!(problem, Problem::UpdateBadAnswer { .. }), "{path}: {problem:?}");
    }

    let started = Instant::now();
    let silent = Target { timeout: Duration::from_secs(1), ..target(&server, SILENT, &exe) };
    assert_eq!(problem(check(silent)), (ErrorKind::Network, Problem::UpdateTimeout { seconds: 1 }));
    assert!(started.elapsed() < Duration::from_secs(10), "gave up after its timeout");

    // Nothing listens on the port of a server that has gone.
    let gone = TestServer::start();
    let url = gone.url("/latest.json");
    drop(gone);
    std::thread::sleep(Duration::from_millis(100));
    let unreachable =
        Target { endpoint: Some(url.parse().expect("url")), ..target(&server, "/", &exe) };
    let (kind, problem) = problem(check(unreachable));
    assert_eq!(kind, ErrorKind::Network);
    assert!(matches!(problem, Problem::UpdateUnreachable { .. }), "{problem:?}");
    assert_eq!(std::fs::read(&exe).expect("read"), appimage("Recert 0.1.0"), "nothing installed");
}

#[test]
fn the_failures_read_well_in_three_languages() {
    let catalogs = recert_core::Catalogs::new();
    for (locale, expected) in [
        (recert_core::Locale::En, "the update is not signed with Recert's key, so it was not installed; nothing was changed"),
        (recert_core::Locale::Ja, "アップデートに Recert の鍵による署名がないため、インストールしませんでした。何も変更されていません"),
        (recert_core::Locale::ZhTw, "此更新沒有 Recert 金鑰的簽章，因此沒有安裝；沒有任何變更"),
    ] {
        assert_eq!(catalogs.message(locale, &Problem::UpdateSignature), expected);
    }
    assert_eq!(
        catalogs.message(recert_core::Locale::En, &Problem::UpdateTimeout { seconds: 20 }),
        "the update server did not answer within 20 seconds; try again later"
    );
}
