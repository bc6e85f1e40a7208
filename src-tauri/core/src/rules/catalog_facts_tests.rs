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
    Holding { earned_on: Some(d(earned)), renewed_on: renewed.iter().map(|r| d(r)).collect(), ..c.holding_facts(uid).expect("in the catalog") }
}

fn bundled() -> Catalog {
    Catalog::import(super::SNAPSHOT_JSON.as_bytes()).expect("the bundled snapshot parses")
}

#[test]
fn the_snapshot_describes_the_newest_fact() {
    assert_eq!(bundled().described_on, Some(d("2026-09-30")));
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
    assert_eq!(endpoint.former_titles, ["Microsoft 365 Certified: Modern Desktop Administrator Associate"]);
    assert_eq!(c.certification("certification.endpoint-administrator").map(|x| &x.uid), Some(&endpoint.uid), "the old uid finds it");

    let admin = c.certification("certification.m365-administrator-expert").expect("record");
    assert_eq!(admin.former_titles, ["Microsoft 365 Certified: Enterprise Administrator Expert"]);
    assert_eq!(c.certification("certification.m365-enterprise-administrator").map(|x| &x.uid), Some(&admin.uid));
    assert_eq!(c.certifications.iter().filter(|x| x.title.contains("Administrator Expert") && x.title.contains("365")).count(), 1, "not duplicated");

    // A holder who kept renewing Modern Desktop is told it renews, not that it is retired.
    let record = held(&c, "certification.modern-desktop", "2022-05-01", &["2023-04-01", "2024-04-01", "2025-04-01", "2026-04-01"]);
    let ev = evaluate(&record, &DEFAULT_OFFSETS, d("2026-11-22"), crate::date::start_of_day_utc(d("2026-11-22"))).expect("valid");
    assert_eq!((ev.status, ev.expires_on), (Status::RenewalOpen, Some(d("2027-05-01"))));
    assert!(!ev.reasons.iter().any(|r| matches!(r, Reason::Retired { .. } | Reason::RetiresOn { .. })));
}

#[test]
fn learn_uids_and_urls_replace_made_up_ones_and_old_uids_still_resolve() {
    let c = bundled();
    for (uid, old) in [
        ("certification.azure-for-sap-workloads-specialty", "certification.azure-sap-workloads"),
        ("certification.m365-teams-administrator-associate", "certification.m365-teams-administrator"),
        ("certification.d365-functional-consultant-sales", "certification.d365-sales-functional-consultant"),
        ("certification.d365-functional-consultant-customer-service", "certification.d365-customer-service-functional-consultant"),
        ("certification.mos-word-2019", "certification.mos-word-associate"),
    ] {
        let cert = c.certification(uid).expect(uid);
        let slug = uid.trim_start_matches("certification.");
        assert_eq!(cert.url.as_deref(), Some(format!("https://learn.microsoft.com/credentials/certifications/{slug}/").as_str()));
        assert_eq!(c.certification(old).map(|x| x.uid.as_str()), Some(uid), "{old} still finds it");
    }
}

#[test]
fn missing_certifications_are_added_with_their_learn_urls_and_exams() {
    let c = bundled();
    for (slug, exam, title) in [
        ("power-automate-rpa-developer-associate", "exam.pl-500", "Microsoft Certified: Power Automate RPA Developer Associate"),
        ("m365-collaboration-communications-systems-engineer", "exam.ms-721", "Microsoft 365 Certified: Collaboration Communications Systems Engineer Associate"),
        ("d365-supply-chain-management-functional-consultant-expert", "exam.mb-335", "Microsoft Certified: Dynamics 365 Supply Chain Management Functional Consultant Expert"),
        ("d365-customer-experience-analyst-associate", "exam.mb-280", "Microsoft Certified: Dynamics 365 Customer Experience Analyst Associate"),
        ("d365-business-central-functional-consultant-associate", "exam.mb-800", "Microsoft Certified: Dynamics 365 Business Central Functional Consultant Associate"),
        ("d365-business-central-developer-associate", "exam.mb-820", "Microsoft Certified: Dynamics 365 Business Central Developer Associate"),
    ] {
        let uid = format!("certification.{slug}");
        let cert = c.certification(&uid).expect(slug);
        assert_eq!(cert.title, title);
        assert_eq!(cert.url.as_deref(), Some(format!("https://learn.microsoft.com/credentials/certifications/{slug}/").as_str()));
        assert_eq!((cert.kind, cert.renewal_frequency_in_days, cert.retired_on), (CertKind::RoleBased, Some(365), None), "{slug}");
        assert_eq!(cert.exams, vec![exam.to_string()]);
        assert!(c.exam(exam).is_some(), "{exam} has an exam record");
    }
    // The expert needs the associate first (R18 prerequisites).
    let expert = c.certification("certification.d365-supply-chain-management-functional-consultant-expert").expect("MB-335");
    assert_eq!(expert.prerequisites, vec!["certification.d365-supply-chain-management-functional-consultant".to_string()]);
}

#[test]
fn reported_retirements_are_said_and_change_nothing_else() {
    let c = bundled();
    for (uid, on) in [
        ("certification.microsoft-365-fundamentals", "2026-03-31"),
        ("certification.azure-data-scientist", "2026-06-01"),
        ("certification.azure-ai-engineer", "2026-06-30"),
        ("certification.azure-ai-fundamentals", "2026-06-30"),
        ("certification.d365-field-service-functional-consultant", "2026-06-30"),
        ("certification.d365-finance-and-operations-apps-solution-architect", "2026-06-30"),
        ("certification.power-platform-solution-architect-expert", "2026-06-30"),
        ("certification.azure-developer", "2026-07-31"),
        ("certification.azure-security-engineer", "2026-08-31"),
        ("certification.power-platform-functional-consultant-associate", "2026-08-31"),
        ("certification.windows-server-hybrid-administrator", "2026-09-30"),
        ("certification.power-automate-rpa-developer-associate", "2026-06-30"),
        ("certification.d365-supply-chain-management-functional-consultant-expert", "2026-06-30"),
    ] {
        let cert = c.certification(uid).expect(uid);
        assert_eq!((cert.retirement_reported, cert.retired_on), (Some(d(on)), None), "{uid}");
    }
    let today = d("2026-11-22");
    let ev = evaluate(&held(&c, "certification.azure-developer", "2026-03-14", &[]), &DEFAULT_OFFSETS, today, crate::date::start_of_day_utc(today)).expect("valid");
    assert_eq!(ev.status, Status::RenewalOpen);
    assert!(ev.can_renew_now);
    assert!(ev.reasons.contains(&Reason::RetirementReported { on: d("2026-07-31") }));
}

#[test]
fn a_retired_certification_inside_its_last_180_days_is_active_with_its_replacement() {
    let c = bundled();
    let record = held(&c, "certification.azure-data-engineer", "2024-09-10", &[]);
    let today = d("2025-05-01");
    let ev = evaluate(&record, &DEFAULT_OFFSETS, today, crate::date::start_of_day_utc(today)).expect("valid");
    assert_eq!(ev.status, Status::Active);
    assert!(!ev.can_renew_now);
    assert!(ev.reminders.is_empty());
    assert!(ev.reasons.contains(&Reason::Retired { on: d("2025-03-31") }));
    assert!(ev.reasons.contains(&Reason::ReplacedBy { title: "Microsoft Certified: Fabric Data Engineer Associate".into() }));
}
