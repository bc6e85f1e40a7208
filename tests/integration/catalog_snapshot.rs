//! scripts/catalog_snapshot.py, which the scheduled catalog workflow runs with a fresh response:
//! it reproduces the bundled snapshot from itself (corrections.json and snapshot.json agree), keeps
//! Recert's own data and the corrections when given a Learn response, keeps certifications the
//! response no longer lists, and refuses a file that is not a catalog.

use recert_core::catalog::Catalog;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    Command::new(crate::earning::python())
        .arg(root().join("scripts/catalog_snapshot.py"))
        .args(args)
        .output()
        .expect("run python")
}

fn make(response: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![response.to_str().expect("path"), "--out", out.to_str().expect("path")];
    args.extend_from_slice(extra);
    let output = run(&args);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    output
}

#[test]
fn the_bundled_snapshot_is_what_the_script_makes_of_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let snapshot = root().join("src-tauri/core/catalog/snapshot.json");
    let out = dir.path().join("snapshot.json");
    let described_on = Catalog::bundled().described_on.expect("dated").to_string();
    make(&snapshot, &out, &["--date", &described_on]);
    assert_eq!(
        std::fs::read_to_string(&out).expect("out"),
        std::fs::read_to_string(&snapshot).expect("snapshot"),
        "snapshot.json and corrections.json disagree: run the script"
    );
}

#[test]
fn a_learn_response_becomes_a_corrected_snapshot() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("snapshot.json");
    let output = make(
        &root().join("tests/integration/fixtures/learn_catalog_response.json"),
        &out,
        &["--date", "2026-11-20"],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("certification.azure-iot-developer-specialty"),
        "names what the response no longer lists: {stderr}"
    );

    let catalog = Catalog::import(&std::fs::read(&out).expect("read"))
        .expect("the result is a catalog Recert reads");
    assert_eq!(catalog.described_on.map(|d| d.to_string()).as_deref(), Some("2026-11-20"));
    // New in the response.
    assert!(catalog.certification("certification.github-foundations").is_some());
    assert_eq!(catalog.exam("exam.gh-900").and_then(|e| e.display_name.as_deref()), Some("GH-900"));
    // Listed by both: the retirement of corrections.json applies.
    let rpa = catalog
        .certification("certification.power-automate-rpa-developer-associate")
        .expect("PL-500's");
    assert_eq!(rpa.retired_on.map(|d| d.to_string()).as_deref(), Some("2026-06-30"));
    // Launched since the snapshot (corrections' `added`), not in this response: there all the same.
    assert!(catalog.certification("certification.azure-ai-cloud-developer-associate").is_some());
    // Recert's own data carried over: renewal availability, localized exam titles.
    let admin = catalog.certification("certification.azure-administrator").expect("AZ-104's");
    assert_eq!(admin.renewal_available_from.map(|d| d.to_string()).as_deref(), Some("2021-02-01"));
    assert!(catalog.exam("exam.az-104").expect("exam").titles.contains_key("ja"));
    // Corrections: renamed, not retired; old uids still resolve; retirements kept for holders.
    let endpoint = catalog
        .certification("certification.endpoint-administrator")
        .expect("the old uid resolves");
    assert_eq!(
        (endpoint.uid.as_str(), endpoint.retired_on),
        ("certification.modern-desktop", None)
    );
    assert_eq!(
        endpoint.former_titles,
        ["Microsoft 365 Certified: Modern Desktop Administrator Associate"]
    );
    assert_eq!(
        catalog.certification("certification.azure-sap-workloads").map(|c| c.uid.as_str()),
        Some("certification.azure-for-sap-workloads-specialty")
    );
    let iot = catalog
        .certification("certification.azure-iot-developer-specialty")
        .expect("kept though not listed");
    assert_eq!(iot.retired_on.map(|d| d.to_string()).as_deref(), Some("2023-07-31"));
    // Fields Recert does not read are not carried into the snapshot.
    let text = std::fs::read_to_string(&out).expect("read");
    assert!(
        !text.contains("popularity")
            && !text.contains("some_future_field")
            && !text.contains("\"modules\"")
    );
}

#[test]
fn a_file_that_is_not_a_catalog_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.json");
    for (content, message) in [
        ("{\"certifications\": []}", "needs `certifications` and `exams` arrays"),
        ("not json", "Expecting value"),
        (
            "{\"certifications\": [{\"title\": \"x\"}], \"exams\": []}",
            "certifications[0] has no uid or title",
        ),
    ] {
        std::fs::write(&bad, content).expect("write");
        let out = dir.path().join("out.json");
        let output = run(&[bad.to_str().expect("path"), "--out", out.to_str().expect("path")]);
        assert_eq!(output.status.code(), Some(2), "{content}");
        assert!(
            String::from_utf8_lossy(&output.stderr).contains(message),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(!out.exists(), "nothing written for {content}");
    }
}
