//! Several people: people with their certifications beside the user's own, the team dashboard's
//! buckets and filters, reminders about someone else only when asked for, removal in one write,
//! and the export file's version 3 (version 1 and 2 files import with everything under "Me").

use chrono::{NaiveDate, NaiveDateTime, TimeZone, Utc};
use recert_core::alerts::Focus;
use recert_core::people::{TeamBucketId, TeamDashboard, TeamFilter, ME};
use recert_core::service::HoldingInput;
use recert_core::Ctx;
use recert_core::{ErrorKind, Locale, Problem, Recert};

fn day(s: &str) -> NaiveDate {
    recert_core::date::parse_date(s).expect("date")
}

fn today() -> NaiveDate {
    day("2026-11-24")
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).single().expect("instant")
}

fn ctx(locale: Locale) -> Ctx {
    Ctx::new(today(), now(), locale)
}

fn local(s: &str, h: u32) -> NaiveDateTime {
    day(s).and_hms_opt(h, 0, 0).expect("time")
}

fn cert(uid: &str, earned: &str) -> HoldingInput {
    HoldingInput {
        certification: Some(uid.into()),
        earned_on: earned.into(),
        ..HoldingInput::default()
    }
}

const AZ104: &str = "certification.azure-administrator";
const AZ305: &str = "certification.azure-solutions-architect";

/// (person, title) of every entry in a bucket.
fn bucket(team: &TeamDashboard, id: TeamBucketId) -> Vec<(String, String)> {
    team.buckets
        .iter()
        .find(|b| b.id == id)
        .expect("bucket")
        .entries
        .iter()
        .map(|e| (e.person.clone(), e.title.clone()))
        .collect()
}

/// Me: AZ-104 expiring 2027-01-10 (window open, 47 days left). Ana: AZ-104 expiring 2026-12-10
/// (16 days) and an expired AZ-305 (2026-10-01). Bo: AZ-104 expiring 2027-05-01 (window open, 158
/// days).
fn team(dir: &std::path::Path) -> (Recert, String, String) {
    let app = Recert::open(dir).expect("open");
    app.add_holding(&cert(AZ104, "2026-01-10"), &ctx(Locale::En)).expect("mine");
    let ana = app.add_person("Ana").expect("Ana").id;
    let bo = app.add_person(" Bo ").expect("Bo").id;
    app.add_person_holding(&ana, &cert(AZ104, "2025-12-10"), &ctx(Locale::En))
        .expect("Ana's AZ-104");
    app.add_person_holding(&ana, &cert(AZ305, "2025-10-01"), &ctx(Locale::En))
        .expect("Ana's AZ-305");
    app.add_person_holding(&bo, &cert(AZ104, "2026-05-01"), &ctx(Locale::En)).expect("Bo's");
    (app, ana, bo)
}

#[test]
fn the_team_dashboard_sorts_everyone_into_buckets() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (app, ana, _) = team(dir.path());
    let t = app.team_dashboard(&TeamFilter::default(), None, &ctx(Locale::En)).expect("team");
    assert_eq!(t.people.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Me", "Ana", "Bo"]);
    let az104 = "Microsoft Certified: Azure Administrator Associate";
    let az305 = "Microsoft Certified: Azure Solutions Architect Expert";
    assert_eq!(bucket(&t, TeamBucketId::Within30), [("Ana".to_owned(), az104.to_owned())]);
    assert_eq!(bucket(&t, TeamBucketId::Within60), [("Me".to_owned(), az104.to_owned())]);
    assert_eq!(bucket(&t, TeamBucketId::ExpiredRecently), [("Ana".to_owned(), az305.to_owned())]);
    // Soonest expiry first.
    assert_eq!(
        bucket(&t, TeamBucketId::RenewalOpen).iter().map(|(p, _)| p.as_str()).collect::<Vec<_>>(),
        ["Ana", "Me", "Bo"]
    );
    // Filters: a person, a text, a product.
    let only_ana = app
        .team_dashboard(
            &TeamFilter { person: Some(ana.clone()), ..TeamFilter::default() },
            None,
            &ctx(Locale::En),
        )
        .expect("Ana");
    assert_eq!(
        bucket(&only_ana, TeamBucketId::RenewalOpen),
        [("Ana".to_owned(), az104.to_owned())]
    );
    let only_me = app
        .team_dashboard(
            &TeamFilter { person: Some(ME.into()), ..TeamFilter::default() },
            None,
            &ctx(Locale::En),
        )
        .expect("me");
    assert_eq!(bucket(&only_me, TeamBucketId::RenewalOpen).len(), 1);
    let by_code = app
        .team_dashboard(
            &TeamFilter { query: "az-305".into(), ..TeamFilter::default() },
            None,
            &ctx(Locale::En),
        )
        .expect("code");
    assert!(bucket(&by_code, TeamBucketId::RenewalOpen).is_empty());
    assert_eq!(bucket(&by_code, TeamBucketId::ExpiredRecently).len(), 1);
    assert!(t.products.iter().any(|p| p.value == "azure" && p.label == "Azure" && p.count == 4));
    let none = app
        .team_dashboard(
            &TeamFilter { product: Some("power-bi".into()), ..TeamFilter::default() },
            None,
            &ctx(Locale::En),
        )
        .expect("product");
    assert!(none.buckets.iter().all(|b| b.entries.is_empty()));
    // A page per bucket: the first entry of each, with the total; the expanded one in full.
    let paged =
        app.team_dashboard(&TeamFilter::default(), Some(1), &ctx(Locale::En)).expect("paged");
    let open = paged.buckets.iter().find(|b| b.id == TeamBucketId::RenewalOpen).expect("open");
    assert_eq!((open.total, open.entries.len()), (3, 1));
    assert_eq!(open.entries[0].person, "Ana", "the most urgent first");
    let expanded =
        TeamFilter { expanded: Some(TeamBucketId::RenewalOpen), ..TeamFilter::default() };
    let full = app.team_dashboard(&expanded, Some(1), &ctx(Locale::En)).expect("expanded");
    assert_eq!(
        full.buckets
            .iter()
            .find(|b| b.id == TeamBucketId::RenewalOpen)
            .expect("open")
            .entries
            .len(),
        3
    );
    // In Japanese the user is 自分 and titles are Japanese.
    let ja = app.team_dashboard(&TeamFilter::default(), None, &ctx(Locale::Ja)).expect("ja");
    assert_eq!(ja.people[0].name, "自分");
}

#[test]
fn the_users_own_dashboard_and_reminders_stay_their_own() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (app, ana, _) = team(dir.path());
    let d = app.dashboard(&ctx(Locale::En)).expect("dashboard");
    assert_eq!(d.total, 1, "others' certifications are not on the user's dashboard");
    // Not asked for: the tray and the reminders know only the user's own.
    let tray = app.tray_model(&ctx(Locale::En)).expect("tray");
    assert!(tray.items.iter().all(|i| matches!(i.focus, Focus::Holding(_))));
    // Asked for: Ana's renewals are reminded of, saying whose, after the user's own in the tray.
    app.set_person_reminders(&ana, true).expect("remind");
    let tray = app.tray_model(&ctx(Locale::En)).expect("tray");
    let labels: Vec<&str> = tray.items.iter().map(|i| i.label.as_str()).collect();
    assert!(
        labels[0].starts_with("Microsoft Certified: Azure Administrator Associate"),
        "{labels:?}"
    );
    assert!(
        labels[1].starts_with("Ana: Microsoft Certified: Azure Administrator Associate"),
        "{labels:?}"
    );
    assert_eq!(tray.items[1].focus, Focus::Person(ana.clone()));
    // Ana's AZ-104 reminder 30 days before 2026-12-10 is due (2026-11-10): one coalesced notice
    // with the user's own due reminders, Ana's line naming her.
    let plan = app
        .reminder_plan(&Ctx { now_local: local("2026-11-24", 9), ..ctx(Locale::En) })
        .expect("plan");
    let notice = plan.notice.expect("a notice");
    assert!(
        notice.body.contains("Ana: Microsoft Certified: Azure Administrator Associate")
            || notice.summary.contains("Ana:"),
        "{notice:?}"
    );
    // Once recorded, nothing repeats.
    app.record_deliveries(&plan.covered_keys, now()).expect("record");
    assert!(app
        .reminder_plan(&Ctx { now_local: local("2026-11-24", 10), ..ctx(Locale::En) })
        .expect("again")
        .notice
        .is_none());
}

#[test]
fn a_reminder_about_only_someone_else_opens_their_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = Recert::open(dir.path()).expect("open");
    let ana = app.add_person("Ana").expect("Ana").id;
    app.add_person_holding(&ana, &cert(AZ104, "2025-12-10"), &ctx(Locale::En)).expect("Ana's");
    app.set_person_reminders(&ana, true).expect("remind");
    // 2026-06-13 (180 days before 2026-12-10): the window opens.
    let plan = app
        .reminder_plan(&Ctx {
            now_local: local("2026-06-13", 9),
            ..Ctx::new(day("2026-06-13"), now(), Locale::En)
        })
        .expect("plan");
    let notice = plan.notice.expect("notice");
    assert_eq!(notice.focus, Some(Focus::Person(ana)));
    assert!(notice.summary.contains("Ana: ") || notice.body.contains("Ana: "), "{notice:?}");
}

#[test]
fn people_are_edited_checked_and_removed_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (app, ana, bo) = team(dir.path());
    assert_eq!(app.add_person("   ").expect_err("blank").kind, ErrorKind::Invalid);
    assert_eq!(app.add_person(&"x".repeat(301)).expect_err("long").kind, ErrorKind::Invalid);
    assert_eq!(app.add_person("Ana\u{1b}[2J").expect_err("control").kind, ErrorKind::Invalid);
    let e = app
        .add_person_holding(&bo, &cert(AZ104, "2027-01-01"), &ctx(Locale::En))
        .expect_err("future");
    assert_eq!(e.kind, ErrorKind::Invalid);
    assert_eq!(
        app.person_page(&bo, &ctx(Locale::En)).expect("Bo").holdings.len(),
        1,
        "a refused form changes nothing"
    );
    assert_eq!(app.rename_person(&bo, "Bo Chen").expect("rename").name, "Bo Chen");
    let page = app.person_page(&ana, &ctx(Locale::En)).expect("Ana");
    assert_eq!(page.person.holdings, 2);
    // Most urgent first: the open window before the expired one.
    assert_eq!(page.holdings[0].expires_on, Some(day("2026-12-10")));
    let expired = page.holdings[1].id.clone();
    app.update_person_holding(&ana, &expired, &cert(AZ305, "2026-02-01"), &ctx(Locale::En))
        .expect("update");
    assert_eq!(
        app.person_page(&ana, &ctx(Locale::En))
            .expect("Ana")
            .holdings
            .iter()
            .filter(|h| h.id == expired)
            .count(),
        1
    );
    app.remove_person_holding(&ana, &expired).expect("remove one");
    assert_eq!(
        app.remove_person_holding(&ana, &expired).expect_err("gone").kind,
        ErrorKind::NotFound
    );
    app.remove_person(&ana).expect("remove Ana");
    assert_eq!(app.remove_person(&ana).expect_err("gone").kind, ErrorKind::NotFound);
    assert_eq!(
        app.person_page(&ana, &ctx(Locale::En)).expect_err("gone").kind,
        ErrorKind::NotFound
    );
    let t = app.team_dashboard(&TeamFilter::default(), None, &ctx(Locale::En)).expect("team");
    assert!(t.buckets.iter().flat_map(|b| &b.entries).all(|e| e.person != "Ana"));
    drop(app);
    // Everything was flushed: a reopened store has Bo Chen and not Ana.
    let app = Recert::open(dir.path()).expect("reopen");
    assert_eq!(
        app.people().expect("people").iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        ["Bo Chen"]
    );
}

#[test]
fn export_version_3_carries_people_and_older_files_import_under_me() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (app, _, _) = team(dir.path());
    let exported = app.export(now()).expect("export");
    let json: serde_json::Value = serde_json::from_str(&exported).expect("json");
    assert_eq!(json["version"], 3);
    assert_eq!(json["people"].as_array().expect("people").len(), 2);
    // Into an empty store: the same people.
    let other = tempfile::tempdir().expect("temp dir");
    let fresh = Recert::open(other.path()).expect("open");
    let preview = fresh.import_preview(exported.as_bytes(), today()).expect("preview");
    assert_eq!((preview.people_added, preview.added), (2, 1));
    fresh.import_apply(exported.as_bytes(), today()).expect("apply");
    assert_eq!(fresh.people().expect("people").len(), 2);
    assert_eq!(fresh.import_preview(exported.as_bytes(), today()).expect("again").changes, 0);
    // A version 2 file (no people): its certifications are the user's, and the people stay.
    let v2 = r#"{"format":"recert-data","version":2,"exported_at":"2026-11-01T00:00:00Z","holdings":[{"id":"h9","certification":"certification.azure-administrator","custom_title":null,"kind":"role-based","earned_on":"2026-02-01"}],"profiles":{"certification":null,"learn":null,"connected_on":null},"settings":{"reminder_offsets":[180,90,30,7]}}"#;
    fresh.import_apply(v2.as_bytes(), today()).expect("v2");
    assert_eq!(fresh.dashboard(&ctx(Locale::En)).expect("dashboard").holdings[0].id, "h9");
    assert_eq!(fresh.people().expect("people").len(), 2);
    // A person with a bad certification date: named by its path, nothing imported.
    let bad = exported.replacen("\"2025-12-10\"", "\"2025-12-40\"", 1);
    let e = fresh.import_preview(bad.as_bytes(), today()).expect_err("bad");
    assert!(e.field.as_deref().is_some_and(|f| f.starts_with("people[")), "{e:?}");
    let unnamed = exported.replacen("\"name\": \"Ana\"", "\"name\": \" \"", 1);
    assert_eq!(
        fresh.import_preview(unnamed.as_bytes(), today()).expect_err("unnamed").field.as_deref(),
        Some("people[0].name")
    );
    // "me" names the user: a person of that id is refused, not merged with the user.
    let mut json: serde_json::Value = serde_json::from_str(&exported).expect("json");
    json["people"][1]["id"] = "me".into();
    let e = fresh.import_preview(json.to_string().as_bytes(), today()).expect_err("me");
    assert_eq!(
        (e.field.as_deref(), &e.problem),
        (Some("people[1].id"), &Problem::BadId { value: "me".into() })
    );
    assert_eq!(fresh.people().expect("people").len(), 2, "nothing changed");
}

#[test]
fn the_team_csv_and_calendar_name_whose_each_line_is() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (app, ana, _) = team(dir.path());
    app.rename_person(&ana, "=Ana").expect("a name a spreadsheet would run");
    let csv = app.team_csv(&ctx(Locale::En)).expect("csv");
    assert!(
        csv.starts_with("\u{feff}Person,Certification,Exams,Status,Earned,Expires,Days left\r\n"),
        "{csv}"
    );
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 5, "{csv}");
    assert_eq!(lines[1], "Me,Microsoft Certified: Azure Administrator Associate,AZ-104,Renewal open,2026-01-10,2027-01-10,47");
    assert!(lines[2].starts_with("'=Ana,"), "defused: {}", lines[2]);
    assert!(lines.iter().any(|l| l.contains("Expired,2025-10-01,2026-10-01,-54")), "{csv}");
    let ja = app.team_csv(&ctx(Locale::Ja)).expect("ja");
    assert!(ja.lines().nth(1).expect("row").starts_with("自分,"), "{ja}");

    // Long lines are folded (RFC 5545): unfold them to read.
    let team = app
        .calendar_for(recert_core::calendar::CalendarScope::Team, &ctx(Locale::En))
        .expect("team calendar")
        .replace("\r\n ", "");
    assert!(
        team.contains(
            "SUMMARY:Me: last day to renew Microsoft Certified: Azure Administrator Associate"
        ),
        "{team}"
    );
    assert!(team.contains("SUMMARY:Bo: last day to renew"), "{team}");
    // Only last days to renew, and nothing of the expired one.
    assert_eq!(team.matches("BEGIN:VEVENT").count(), 3, "{team}");
    let bo = app
        .calendar_for(recert_core::calendar::CalendarScope::Person("bo"), &ctx(Locale::En))
        .expect("Bo's");
    assert_eq!(bo.matches("BEGIN:VEVENT").count(), 1);
    assert!(bo.contains("DTSTART;VALUE=DATE:20270501"), "{bo}");
    assert_eq!(
        app.calendar_for(recert_core::calendar::CalendarScope::Person("Zed"), &ctx(Locale::En))
            .expect_err("nobody")
            .kind,
        ErrorKind::NotFound
    );
    // The user's own calendar is as it was: windows and deadlines, no names.
    let mine = app.calendar(&ctx(Locale::En)).expect("mine");
    assert_eq!(mine.matches("BEGIN:VEVENT").count(), 2);
    assert!(!mine.contains("Bo"));
}

#[test]
fn people_are_told_apart_by_name_and_never_taken_for_the_user() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (app, ana, bo) = team(dir.path());
    for name in ["ana", " ANA ", "Me", "me", "自分", "我"] {
        let e = app.add_person(name).expect_err(name);
        assert!(matches!(e.problem, Problem::NameTaken { .. }), "{name}: {e:?}");
    }
    assert!(matches!(
        app.rename_person(&bo, "Ana").expect_err("taken").problem,
        Problem::NameTaken { .. }
    ));
    app.rename_person(&ana, "ANA").expect("a person may change the case of their own name");
    // A store from before the check may hold two of one name: the calendar asks which.
    let mut twin = app.store().person(&bo).expect("read").expect("Bo");
    twin.name = "Ana".into();
    app.store().put_person(&twin).expect("written as an older Recert could");
    let e = app
        .calendar_for(recert_core::calendar::CalendarScope::Person("ana"), &ctx(Locale::En))
        .expect_err("ambiguous");
    assert_eq!(e.kind, ErrorKind::Conflict);
    assert!(
        e.translate(&app.catalogs, Locale::En).message.contains(&bo),
        "names the ids to choose from"
    );
    assert!(
        app.calendar_for(recert_core::calendar::CalendarScope::Person(&bo), &ctx(Locale::En))
            .is_ok(),
        "by id it is clear"
    );
}
