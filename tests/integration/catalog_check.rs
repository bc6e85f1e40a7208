//! "Check Microsoft Learn for catalog changes" through the real CLI (`recert check-catalog`)
//! against a loopback Microsoft Learn answering in the Learn Catalog API's form: what changes is
//! shown first and applied only without `--dry-run`; an empty or shrunken answer, a web page where
//! the API was, and a 404 (the API retired) change nothing and say so. No test touches the
//! internet.

use crate::http_server::{Answer, TestServer};
use recert_core::store::CatalogSource;
use recert_core::Ctx;
use recert_core::{Catalog, Recert};
use serde_json::{json, Value};
use std::path::Path;
use std::process::Output;

const PATH: &str = "/api/catalog/";
const TODAY: &str = "2026-12-07";

/// Microsoft's answer: the certifications Learn lists today (the bundled snapshot's current ones,
/// in Learn's own form, without Recert's `recert` object), with `edit` applied.
fn answer(edit: impl FnOnce(&mut Vec<Value>)) -> Answer {
    let snapshot: Value =
        serde_json::from_str(recert_core::catalog::SNAPSHOT_JSON).expect("snapshot");
    let today = recert_core::date::parse_date(TODAY).expect("day");
    let bundled = Catalog::bundled();
    let listed = |uid: &str| {
        !uid.starts_with("recert.")
            && bundled.certification(uid).is_some_and(|c| c.retired_on.is_none_or(|d| d > today))
    };
    let mut certs: Vec<Value> = snapshot["certifications"]
        .as_array()
        .expect("certifications")
        .iter()
        .filter(|c| listed(c["uid"].as_str().unwrap_or("")))
        .cloned()
        .collect();
    for c in &mut certs {
        c.as_object_mut().expect("object").remove("recert");
    }
    edit(&mut certs);
    Answer::json(&json!({ "certifications": certs, "exams": snapshot["exams"] }))
}

fn check(dir: &Path, base: &str, args: &[&str]) -> Output {
    crate::recert_cli("C")
        .arg("check-catalog")
        .args(args)
        .arg("--data-dir")
        .arg(dir)
        .args(["--today", TODAY])
        .env("RECERT_LEARN_BASE_URL", base)
        .output()
        .expect("run recert-cli")
}

fn text(out: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

fn source(dir: &Path) -> (CatalogSource, Option<chrono::NaiveDate>) {
    let info = Recert::open(dir).expect("store").catalog_info();
    (info.source, info.described_on)
}

#[test]
fn changes_are_shown_then_applied_and_nothing_recorded_changes() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("dir");
    let held = {
        let r = Recert::open(dir.path()).expect("store");
        let input = recert_core::service::HoldingInput {
            certification: Some("certification.azure-administrator".into()),
            earned_on: "2026-02-01".into(),
            ..Default::default()
        };
        let today = recert_core::date::parse_date(TODAY).expect("day");
        r.add_holding(
            &input,
            &Ctx::new(today, recert_core::date::start_of_day_utc(today), recert_core::Locale::En),
        )
        .expect("added");
        r.store().holdings().expect("holdings")
    };
    server.route(
        PATH,
        answer(|certs| {
            certs.retain(|c| c["uid"] != "certification.azure-database-administrator-associate");
            for c in certs.iter_mut().filter(|c| c["uid"] == "certification.azure-network-engineer-associate") {
                c["title"] = "Microsoft Certified: Azure Networking Engineer Associate".into();
            }
            certs.push(json!({ "uid": "certification.brand-new", "title": "Microsoft Certified: Brand New Associate", "certification_type": "role-based", "exams": [] }));
        }),
    );
    let out = check(dir.path(), &server.base, &["--dry-run"]);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(0), "{said}");
    for line in [
        "New (1)",
        "  Microsoft Certified: Brand New Associate",
        "Renamed (1)",
        "  Microsoft Certified: Azure Network Engineer Associate → Microsoft Certified: Azure Networking Engineer Associate",
        "No longer listed by Microsoft, most likely retired (1)",
        "  Microsoft Certified: Azure Database Administrator Associate",
    ] {
        assert!(said.lines().any(|l| l == line), "{line:?} in {said}");
    }
    assert_eq!(source(dir.path()).0, CatalogSource::Bundled, "--dry-run changes nothing");

    let out = check(dir.path(), &server.base, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(
        text(&out).contains("The catalog is up to date with Microsoft Learn."),
        "{}",
        text(&out)
    );
    assert_eq!(source(dir.path()), (CatalogSource::Learn, recert_core::date::parse_date(TODAY)));
    let r = Recert::open(dir.path()).expect("store");
    assert_eq!(r.search_catalog("Brand New", recert_core::Locale::En).len(), 1);
    assert_eq!(
        r.search_catalog("Azure Database Administrator", recert_core::Locale::En).len(),
        1,
        "no longer listed, still there"
    );
    assert_eq!(r.store().holdings().expect("holdings"), held, "nothing recorded changes");
    drop(r);

    // Checked again the same day: nothing more to change.
    let out = check(dir.path(), &server.base, &[]);
    assert!(text(&out).contains("Recert's catalog already matches Microsoft's."), "{}", text(&out));
}

#[test]
fn a_broken_shrunken_or_retired_endpoint_changes_nothing_and_says_why() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("dir");
    drop(Recert::open(dir.path()).expect("store"));
    let cases: Vec<(Answer, &str)> = vec![
        (Answer::status(404), "Microsoft's catalog address no longer answers"),
        (
            Answer::text("text/html", b"<!DOCTYPE html><html><body>Learn</body></html>"),
            "Microsoft's catalog address no longer answers",
        ),
        (
            answer(|certs| certs.truncate(10)),
            "Microsoft's answer lists 10 certifications where Recert knows",
        ),
        (
            Answer::json(&json!({ "certifications": [], "exams": [] })),
            "holds no certifications or exams",
        ),
        (
            Answer::status(503),
            "Microsoft's catalog could not be read (HTTP 503 Service Unavailable)",
        ),
    ];
    for (reply, says) in cases {
        server.route(PATH, reply);
        let out = check(dir.path(), &server.base, &[]);
        assert_eq!(out.status.code(), Some(2), "{}", text(&out));
        assert!(text(&out).contains(says), "{says:?} in {}", text(&out));
        assert_eq!(source(dir.path()).0, CatalogSource::Bundled);
    }
}
