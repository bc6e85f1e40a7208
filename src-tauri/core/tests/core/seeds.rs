//! The bundled catalog covers every certification the renewal guides (seeds 000 and 001) name.

use recert_core::{Catalog, CertKind};

#[test]
fn snapshot_covers_every_certification_named_in_the_renewal_guides() {
    let catalog = Catalog::bundled();
    let names = include_str!("../../../../tests/integration/fixtures/seed_certifications.txt");
    let mut count = 0;
    for name in names.lines().map(str::trim).filter(|l| !l.is_empty()) {
        count += 1;
        let cert = catalog
            .certifications
            .iter()
            .find(|c| c.title == name || c.former_titles.iter().any(|t| t == name))
            .unwrap_or_else(|| panic!("{name} is not in the bundled catalog"));
        assert!(cert.kind.expires(), "{name} should be role-based or specialty");
        assert!(!catalog.exam_codes(cert).is_empty(), "{name} lists no exam");
        assert!(
            cert.renewal_available_from.is_some(),
            "{name} has no first renewal date from the seeds"
        );
    }
    assert_eq!(count, 27);
}

#[test]
fn snapshot_has_fundamentals_mos_and_expert_prerequisites() {
    let catalog = Catalog::bundled();
    let count = |k: CertKind| catalog.certifications.iter().filter(|c| c.kind == k).count();
    assert!(count(CertKind::Fundamentals) >= 8);
    assert!(count(CertKind::Mos) >= 5);
    let architect =
        catalog.certification("certification.azure-solutions-architect").expect("expert");
    assert_eq!(architect.prerequisites, vec!["certification.azure-administrator"]);
    let exam = catalog.exam("exam.az-104").expect("AZ-104");
    assert_eq!(
        exam.titles.get("ja").map(String::as_str),
        Some("試験 AZ-104: Microsoft Azure Administrator")
    );
    assert!(exam.titles.contains_key("zh-TW"));
}
