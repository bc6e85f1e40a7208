//! "Keep in step with Microsoft Learn" through the real CLI (`recert sync`) against a loopback
//! Microsoft Learn: a renewal done on Learn ends the reminders, a changed answer is applied, two
//! people are read into their own records, a link no longer shared is said, a server error is
//! quiet and tried again later. No test touches the internet.

use crate::http_server::{Answer, TestServer};
use recert_core::Ctx;
use recert_core::{Locale, Recert};
use serde_json::json;
use std::path::Path;

fn path(id: &str) -> String {
    format!("/api/profiles/transcript/share/{id}")
}

fn link(user: &str, id: &str) -> String {
    format!("https://learn.microsoft.com/en-us/users/{user}/transcript/{id}")
}

fn answer(expiration: &str) -> Answer {
    let body = json!({ "certificationData": { "activeCertifications": [
        { "name": "Microsoft Certified: Azure Administrator Associate", "status": "Active", "dateEarned": "2026-01-10T10:00:00+00:00", "expiration": expiration }
    ] } });
    Answer::json(&body)
}

fn sync(dir: &Path, base: &str) -> String {
    let out = crate::recert_cli("C")
        .arg("sync")
        .arg("--data-dir")
        .arg(dir)
        .args(["--today", "2026-12-06"])
        .env("RECERT_LEARN_BASE_URL", base)
        .output()
        .expect("run recert-cli");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn reminders(dir: &Path) -> Vec<chrono::NaiveDate> {
    let r = Recert::open(dir).expect("store");
    let today = recert_core::date::parse_date("2026-12-06").expect("day");
    r.dashboard(&Ctx::new(today, recert_core::date::start_of_day_utc(today), Locale::En))
        .expect("dashboard")
        .holdings[0]
        .reminders
        .clone()
}

#[test]
fn a_renewal_on_learn_ends_the_reminders_and_each_link_is_read() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("dir");
    let (ana, bo) = {
        let r = Recert::open(dir.path()).expect("store");
        r.set_own_link(&link("me", "mine0001")).expect("own link");
        r.set_sync(true).expect("on");
        let ana = r.add_person("Ana").expect("Ana").id;
        let bo = r.add_person("Bo").expect("Bo").id;
        r.set_person_link(&ana, &link("ana", "ana00001")).expect("link");
        r.set_person_link(&bo, &link("bo", "bo000001")).expect("link");
        (ana, bo)
    };
    server.route(&path("mine0001"), answer("2027-01-10T23:59:59+00:00"));
    server.route(&path("ana00001"), answer("2027-01-10T23:59:59+00:00"));
    server.route(&path("bo000001"), Answer::status(500));
    let out = sync(dir.path(), &server.base);
    assert!(out.contains("Me: read; 1 added, 0 updated"), "{out}");
    assert!(out.contains("Ana: read; 1 added, 0 updated"), "{out}");
    assert!(out.contains("Bo: not read this time (Microsoft Learn's answer is not a transcript: HTTP 500 Internal Server Error); Recert tries again later"), "{out}");
    assert!(!reminders(dir.path()).is_empty(), "renewal open: reminders");

    // Renewed on Learn: the next read moves the expiry a year and ends this cycle's reminders.
    server.route(&path("mine0001"), answer("2028-01-10T23:59:59+00:00"));
    let out = sync(dir.path(), &server.base);
    assert!(out.contains("Me: read; 0 added, 1 updated"), "{out}");
    let left = reminders(dir.path());
    assert!(left.iter().all(|d| d.to_string().as_str() >= "2027-07-14"), "{left:?}");

    // Ana stopped sharing: said; Bo's server is back: read.
    server.route(&path("ana00001"), Answer::status(404));
    server.route(&path("bo000001"), answer("2027-01-10T23:59:59+00:00"));
    let out = sync(dir.path(), &server.base);
    assert!(out.contains("Microsoft Learn no longer shares Ana's transcript"), "{out}");
    assert!(out.contains("Bo: read; 1 added, 0 updated"), "{out}");
    let r = Recert::open(dir.path()).expect("store");
    assert_eq!(
        r.store().person(&ana).expect("read").expect("Ana").holdings.len(),
        1,
        "Ana's certifications are kept"
    );
    assert_eq!(r.store().person(&bo).expect("read").expect("Bo").holdings.len(), 1);
    let view =
        r.sync_view(recert_core::date::parse_date("2026-12-06").expect("day")).expect("view");
    assert_eq!(view.links.len(), 3);
    assert!(view.links.iter().any(|l| l.who == ana && l.not_shared));
}

#[test]
fn a_link_that_times_out_is_quiet_keeps_what_was_read_and_is_tried_again_later() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("dir");
    {
        let r = Recert::open(dir.path()).expect("store");
        r.set_own_link(&link("me", "slow0001")).expect("own link");
        r.set_sync(true).expect("on");
    }
    server.route(&path("slow0001"), answer("2027-01-10T23:59:59+00:00"));
    assert!(sync(dir.path(), &server.base).contains("Me: read; 1 added"));
    // Learn stops answering: the read waits its 15 s, says so in a line, and changes nothing.
    server.route(&path("slow0001"), Answer::silence());
    let out = sync(dir.path(), &server.base);
    assert!(
        out.contains("Me: not read this time (Microsoft Learn did not answer within 15 seconds"),
        "{out}"
    );
    let r = Recert::open(dir.path()).expect("store");
    assert_eq!(r.store().holdings().expect("holdings").len(), 1, "what was read before is kept");
    let today = recert_core::date::parse_date("2026-12-06").expect("day");
    assert!(
        !r.sync_view(today).expect("view").links[0].not_shared,
        "a timeout is not a link no longer shared"
    );
    // Tried again an hour on (the back-off), not at once and not a day later.
    let state =
        r.store().link_syncs().expect("states").remove(recert_core::model::ME).expect("mine");
    assert_eq!(state.failures, 1);
    let tried = state.last_try.expect("tried");
    assert_eq!(r.sync_next_due(tried).expect("next"), Some(tried + chrono::Duration::hours(1)));
}
