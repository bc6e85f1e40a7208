//! Every correction of shared/catalog-facts.md in the bundled snapshot, pinned, and what each
//! changes in what Recert says about a holder.

use crate::catalog::Catalog;
use crate::engine::{evaluate, Holding, Status, DEFAULT_OFFSETS};
use crate::kind::CertKind;
use crate::message::Reason;
use chrono::NaiveDate;

fn d(s: &str) -> NaiveDate {
    crate::date::parse_date(s).expect("date")
}

/// A holding of catalog certification `uid`, earned and renewed on the days given, with what the
/// catalog says of it (kind, availability, retirement, replacement).
fn held(c: &Catalog, uid: &str, earned: &str, renewed: &[&str]) -> Holding {
    Holding {
        earned_on: Some(d(earned)),
        renewed_on: renewed.iter().map(|r| d(r)).collect(),
        ..c.holding_facts(uid).expect("in the catalog")
    }
}

fn bundled() -> Catalog {
    Catalog::import(super::SNAPSHOT_JSON.as_bytes()).expect("the bundled snapshot parses")
}

#[test]
fn the_snapshot_describes_the_newest_fact() {
    assert_eq!(bundled().described_on, Some(d("2026-12-06")));
}

#[test]
fn confirmed_retirements_are_marked() {
    let c = bundled();
    for (uid, on) in [
        ("certification.azure-iot-developer-specialty", "2023-07-31"),
        ("certification.azure-support-engineer", "2023-07-31"),
        ("certification.m365-security-administrator", "2023-06-30"),
        ("certification.m365-developer", "2023-12-31"),
        ("certification.m365-messaging-administrator", "2023-12-31"),
        ("certification.d365-manufacturing-functional-consultant", "2023-06-30"),
        ("certification.d365-functional-consultant-sales", "2024-11-30"),
        ("certification.d365-marketing-functional-consultant", "2024-11-30"),
        ("certification.azure-data-engineer", "2025-03-31"),
    ] {
        assert_eq!(c.certification(uid).and_then(|x| x.retired_on), Some(d(on)), "{uid}");
    }
    for (uid, on) in [
        ("exam.md-100", "2023-09-30"),
        ("exam.md-101", "2023-09-30"),
        ("exam.ms-100", "2023-09-30"),
        ("exam.ms-101", "2023-09-30"),
        ("exam.az-303", "2022-03-31"),
        ("exam.az-304", "2022-03-31"),
    ] {
        assert_eq!(c.exam(uid).and_then(|x| x.retired_on), Some(d(on)), "{uid}");
    }
    let teams = c.certification("certification.m365-developer").expect("record");
    assert_eq!(teams.title, "Microsoft 365 Certified: Teams Application Developer Associate");
    assert_eq!(teams.former_titles, ["Microsoft 365 Certified: Developer Associate"]);
}

#[test]
fn renamed_certifications_are_one_record_and_not_retired() {
    let c = bundled();
    let endpoint = c.certification("certification.modern-desktop").expect("Learn's uid");
    assert_eq!(endpoint.title, "Microsoft 365 Certified: Endpoint Administrator Associate");
    assert_eq!(endpoint.exams, ["exam.md-102"]);
    assert_eq!(endpoint.retired_on, None, "renamed, not retired");
    assert_eq!(
        endpoint.former_titles,
        ["Microsoft 365 Certified: Modern Desktop Administrator Associate"]
    );
    assert_eq!(
        c.certification("certification.endpoint-administrator").map(|x| &x.uid),
        Some(&endpoint.uid),
        "the old uid finds it"
    );

    let admin = c.certification("certification.m365-administrator-expert").expect("record");
    assert_eq!(admin.former_titles, ["Microsoft 365 Certified: Enterprise Administrator Expert"]);
    assert_eq!(
        c.certification("certification.m365-enterprise-administrator").map(|x| &x.uid),
        Some(&admin.uid)
    );
    assert_eq!(
        c.certifications
            .iter()
            .filter(|x| x.title.contains("Administrator Expert") && x.title.contains("365"))
            .count(),
        1,
        "not duplicated"
    );

    // A holder who kept renewing Modern Desktop is told it renews, not that it is retired.
    let record = held(
        &c,
        "certification.modern-desktop",
        "2022-05-01",
        &["2023-04-01", "2024-04-01", "2025-04-01", "2026-04-01"],
    );
    let ev = evaluate(
        &record,
        &DEFAULT_OFFSETS,
        d("2026-11-22"),
        crate::date::start_of_day_utc(d("2026-11-22")),
    )
    .expect("valid");
    assert_eq!((ev.status, ev.expires_on), (Status::RenewalOpen, Some(d("2027-05-01"))));
    assert!(!ev
        .reasons
        .iter()
        .any(|r| matches!(r, Reason::Retired { .. } | Reason::RetiresOn { .. })));
}

#[test]
fn learn_uids_and_urls_replace_made_up_ones_and_old_uids_still_resolve() {
    let c = bundled();
    for (uid, old) in [
        ("certification.azure-for-sap-workloads-specialty", "certification.azure-sap-workloads"),
        (
            "certification.m365-teams-administrator-associate",
            "certification.m365-teams-administrator",
        ),
        (
            "certification.d365-functional-consultant-sales",
            "certification.d365-sales-functional-consultant",
        ),
        (
            "certification.d365-functional-consultant-customer-service",
            "certification.d365-customer-service-functional-consultant",
        ),
        ("certification.mos-word-2019", "certification.mos-word-associate"),
    ] {
        let cert = c.certification(uid).expect(uid);
        let slug = uid.trim_start_matches("certification.");
        assert_eq!(
            cert.url.as_deref(),
            Some(
                format!("https://learn.microsoft.com/credentials/certifications/{slug}/").as_str()
            )
        );
        assert_eq!(c.certification(old).map(|x| x.uid.as_str()), Some(uid), "{old} still finds it");
    }
}

#[test]
fn missing_certifications_are_added_with_their_learn_urls_and_exams() {
    let c = bundled();
    // PL-500 and MB-335 retired on 2026-06-30 (the_2026_retirements_have_happened).
    for (slug, exam, title, retired) in [
        ("power-automate-rpa-developer-associate", "exam.pl-500", "Microsoft Certified: Power Automate RPA Developer Associate", Some(d("2026-06-30"))),
        ("m365-collaboration-communications-systems-engineer", "exam.ms-721", "Microsoft 365 Certified: Collaboration Communications Systems Engineer Associate", None),
        (
            "d365-supply-chain-management-functional-consultant-expert",
            "exam.mb-335",
            "Microsoft Certified: Dynamics 365 Supply Chain Management Functional Consultant Expert",
            Some(d("2026-06-30")),
        ),
        ("d365-customer-experience-analyst-associate", "exam.mb-280", "Microsoft Certified: Dynamics 365 Customer Experience Analyst Associate", None),
        ("d365-business-central-functional-consultant-associate", "exam.mb-800", "Microsoft Certified: Dynamics 365 Business Central Functional Consultant Associate", None),
        ("d365-business-central-developer-associate", "exam.mb-820", "Microsoft Certified: Dynamics 365 Business Central Developer Associate", None),
    ] {
        let uid = format!("certification.{slug}");
        let cert = c.certification(&uid).expect(slug);
        assert_eq!(cert.title, title);
        assert_eq!(cert.url.as_deref(), Some(format!("https://learn.microsoft.com/credentials/certifications/{slug}/").as_str()));
        assert_eq!((cert.kind, cert.renewal_frequency_in_days, cert.retired_on), (CertKind::RoleBased, Some(365), retired), "{slug}");
        assert_eq!(cert.exams, vec![exam.to_string()]);
        assert!(c.exam(exam).is_some(), "{exam} has an exam record");
    }
    // The expert needs the associate first (R18 prerequisites).
    let expert = c
        .certification("certification.d365-supply-chain-management-functional-consultant-expert")
        .expect("MB-335");
    assert_eq!(
        expert.prerequisites,
        vec!["certification.d365-supply-chain-management-functional-consultant".to_string()]
    );
}

#[test]
fn the_2026_retirements_have_happened() {
    let c = bundled();
    for (uid, on, successor) in [
        (
            "certification.microsoft-365-fundamentals",
            "2026-03-31",
            Some("Microsoft 365 Certified: Copilot and Agent Administration Fundamentals"),
        ),
        (
            "certification.azure-data-scientist",
            "2026-06-01",
            Some("Microsoft Certified: Machine Learning Operations (MLOps) Engineer Associate"),
        ),
        (
            "certification.azure-ai-engineer",
            "2026-06-30",
            Some("Microsoft Certified: Azure AI Apps and Agents Developer Associate"),
        ),
        ("certification.d365-field-service-functional-consultant", "2026-06-30", None),
        ("certification.d365-finance-and-operations-apps-solution-architect", "2026-06-30", None),
        ("certification.power-platform-solution-architect-expert", "2026-06-30", None),
        ("certification.power-automate-rpa-developer-associate", "2026-06-30", None),
        (
            "certification.d365-supply-chain-management-functional-consultant-expert",
            "2026-06-30",
            None,
        ),
        (
            "certification.azure-developer",
            "2026-07-31",
            Some("Microsoft Certified: Azure AI Cloud Developer Associate"),
        ),
        (
            "certification.power-platform-functional-consultant-associate",
            "2026-08-31",
            Some("Microsoft Certified: Intelligent Applications Builder Associate"),
        ),
        (
            "certification.azure-security-engineer",
            "2026-08-31",
            Some("Microsoft Certified: Cloud and AI Security Engineer Associate"),
        ),
    ] {
        let cert = c.certification(uid).expect(uid);
        assert_eq!((cert.retired_on, cert.retirement_reported), (Some(d(on)), None), "{uid}");
        let named =
            cert.replaced_by.as_deref().and_then(|r| c.certification(r)).map(|r| r.title.as_str());
        assert_eq!(named, successor, "{uid}: the successor is in the catalog");
    }
    // AZ-204 earned in January 2026, seen in December: active until it expires, no renewal, no
    // reminder, and never "nothing changes".
    let today = d("2026-12-06");
    let ev = evaluate(
        &held(&c, "certification.azure-developer", "2026-01-15", &[]),
        &DEFAULT_OFFSETS,
        today,
        crate::date::start_of_day_utc(today),
    )
    .expect("valid");
    assert_eq!((ev.status, ev.can_renew_now, ev.reminders.len()), (Status::Active, false, 0));
    assert!(ev.reasons.contains(&Reason::Retired { on: d("2026-07-31") }));
    assert!(!ev.reasons.iter().any(|r| matches!(r, Reason::RetirementReported { .. })));
    // Passed on the retirement day (the exam retires at its end): a valid holding.
    assert!(evaluate(
        &held(&c, "certification.azure-data-engineer", "2025-03-31", &[]),
        &DEFAULT_OFFSETS,
        today,
        crate::date::start_of_day_utc(today)
    )
    .is_ok());
}

#[test]
fn ai_900_and_az_800_are_new_exams_for_the_same_certification() {
    let c = bundled();
    for (uid, exams) in [
        ("certification.azure-ai-fundamentals", vec!["exam.ai-901"]),
        ("certification.windows-server-hybrid-administrator", vec!["exam.az-802"]),
    ] {
        let cert = c.certification(uid).expect(uid);
        assert_eq!(
            (cert.retired_on, cert.retirement_reported),
            (None, None),
            "{uid} is not retired"
        );
        assert_eq!(cert.exams, exams);
        for exam in &exams {
            assert!(c.exam(exam).is_some_and(|e| e.retired_on.is_none()), "{exam}");
        }
    }
    for old in ["exam.ai-900", "exam.az-800", "exam.az-801"] {
        assert!(c.exam(old).is_some_and(|e| e.retired_on.is_some()), "{old} retired");
    }
}

#[test]
fn the_certifications_launched_since_are_there() {
    let c = bundled();
    for (title, kind) in [
        ("Microsoft Certified: Azure AI Apps and Agents Developer Associate", CertKind::RoleBased),
        ("Microsoft Certified: Azure AI Cloud Developer Associate", CertKind::RoleBased),
        ("Microsoft Certified: Agentic AI Business Solutions Architect", CertKind::RoleBased),
        (
            "Microsoft 365 Certified: Copilot and Agent Administration Fundamentals",
            CertKind::Fundamentals,
        ),
        ("GitHub Copilot", CertKind::Github),
    ] {
        let found =
            crate::learn_transcript::match_catalog(&c, title).unwrap_or_else(|| panic!("{title}"));
        assert_eq!(found.kind, kind, "{title}");
    }
    // R11c: a GitHub certification is valid two years, with no renewal assessment.
    let today = d("2026-12-06");
    let ev = evaluate(
        &held(&c, "recert.gh-300", "2025-09-01", &[]),
        &DEFAULT_OFFSETS,
        today,
        crate::date::start_of_day_utc(today),
    )
    .expect("valid");
    assert_eq!(
        (ev.status, ev.expires_on, ev.reminders.len()),
        (Status::Active, Some(d("2027-09-01")), 0)
    );
}

#[test]
fn a_retired_certification_inside_its_last_180_days_is_active_with_its_replacement() {
    let c = bundled();
    let record = held(&c, "certification.azure-data-engineer", "2024-09-10", &[]);
    let today = d("2025-05-01");
    let ev = evaluate(&record, &DEFAULT_OFFSETS, today, crate::date::start_of_day_utc(today))
        .expect("valid");
    assert_eq!(ev.status, Status::Active);
    assert!(!ev.can_renew_now);
    assert!(ev.reminders.is_empty());
    assert!(ev.reasons.contains(&Reason::Retired { on: d("2025-03-31") }));
    assert!(ev.reasons.contains(&Reason::ReplacedBy {
        title: "Microsoft Certified: Fabric Data Engineer Associate".into()
    }));
}
