//! The transcript parser on the fixtures in tests/integration/fixtures/transcripts: complete,
//! fundamentals without expiration, historical only, lower-case exam numbers, unknown fields,
//! missing fields, no certifications; and share links.

use super::*;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../../tests/integration/fixtures/transcripts/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn d(s: &str) -> NaiveDate {
    parse_date(s).expect("date")
}

#[test]
fn a_complete_transcript() {
    let t = parse(&fixture("complete.json")).expect("parses");
    assert_eq!(t.mcid.as_deref(), Some("987654321"));
    assert_eq!(t.legal_name.as_deref(), Some("Ana Maria Lima"));
    assert_eq!(t.certifications.len(), 5);
    let admin = &t.certifications[0];
    assert_eq!(
        (admin.earned_on, admin.expires_on, admin.active),
        (d("2024-03-14"), Some(d("2026-03-14")), true)
    );
    assert_eq!(admin.number.as_deref(), Some("A1B2C3-D4E5F6"));
    // Fundamentals never expire: no expiration.
    assert_eq!(t.certifications[1].expires_on, None);
    assert!(!t.certifications[4].active, "historical");
    // Exam numbers come upper case, whatever the transcript says.
    assert_eq!(t.passed_exams[0].number, "AZ-104");
    assert_eq!(t.passed_exams[0].taken_on, Some(d("2024-03-14")));
}

#[test]
fn historical_only_with_a_numeric_mcid() {
    let t = parse(&fixture("historical-only.json")).expect("parses");
    assert_eq!(t.mcid.as_deref(), Some("123456"));
    assert_eq!(t.certifications.len(), 1);
    assert!(!t.certifications[0].active);
}

#[test]
fn applied_skills_credentials_are_read_and_never_expire() {
    let t = parse(&fixture("applied-skills.json")).expect("parses");
    let skills: Vec<_> = t.certifications.iter().filter(|c| c.applied_skill).collect();
    assert_eq!(skills.len(), 2);
    assert_eq!(skills[0].name, "Microsoft Applied Skills: Deploy and configure Azure Monitor");
    assert_eq!(
        (skills[0].number.as_deref(), skills[0].earned_on, skills[0].expires_on),
        (Some("AS-1234-5678"), d("2025-10-02"), None)
    );
    assert_eq!((skills[1].number.as_deref(), skills[1].earned_on), (None, d("2026-02-20")));
    let field = |bytes: &[u8]| parse(bytes).expect_err("refused").field;
    let base = r#""certificationData":{"activeCertifications":[]}"#;
    let skipped = parse(
        format!(
            r#"{{{base},"appliedSkillsData":{{"appliedSkillsCredentials":[{{"title":"x"}}]}}}}"#
        )
        .as_bytes(),
    )
    .expect("read")
    .skipped;
    assert_eq!(skipped[0].path, "appliedSkillsData.appliedSkillsCredentials[0].awardedOn");
    assert_eq!(
        field(
            format!(r#"{{{base},"appliedSkillsData":{{"appliedSkillsCredentials":3}}}}"#)
                .as_bytes()
        )
        .as_deref(),
        Some("appliedSkillsData.appliedSkillsCredentials")
    );
}

#[test]
fn no_certifications_is_an_empty_transcript_not_an_error() {
    let t = parse(&fixture("empty.json")).expect("parses");
    assert!(t.certifications.is_empty() && t.passed_exams.is_empty());
}

#[test]
fn missing_and_malformed_fields_are_named() {
    let field = |bytes: &[u8]| parse(bytes).expect_err("refused").field;
    // An item without what Recert needs is skipped with its path and problem; the rest is read.
    let skipped = |bytes: &[u8]| {
        parse(bytes)
            .expect("the rest is read")
            .skipped
            .into_iter()
            .map(|s| (s.path, s.problem))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        skipped(&fixture("missing-date.json")),
        [(
            "certificationData.activeCertifications[0].dateEarned".to_owned(),
            Problem::TranscriptField
        )]
    );
    assert_eq!(field(&fixture("no-certification-data.json")).as_deref(), Some("certificationData"));
    assert_eq!(
        field(br#"{"certificationData":{}}"#).as_deref(),
        Some("certificationData.activeCertifications")
    );
    assert_eq!(
        field(br#"{"certificationData":{"activeCertifications":{}}}"#).as_deref(),
        Some("certificationData.activeCertifications")
    );
    assert_eq!(
        skipped(br#"{"certificationData":{"activeCertifications":[{"dateEarned":"2024-01-01"}]}}"#),
        [("certificationData.activeCertifications[0].name".to_owned(), Problem::TranscriptField)]
    );
    // The index counts within its own array (historical items are not numbered after active ones).
    let t = parse(br#"{"certificationData":{"activeCertifications":[{"name":"a","dateEarned":"2024-01-01"}],"historicalCertifications":[{"name":"b","dateEarned":"2020-01-01"},{"name":"x","dateEarned":"14/03/2024"}]}}"#).expect("read");
    assert_eq!(t.certifications.len(), 2);
    assert_eq!(
        t.skipped,
        [SkippedItem {
            path: "certificationData.historicalCertifications[1].dateEarned".into(),
            name: Some("x".into()),
            problem: Problem::NotADate { value: "14/03/2024".into() }
        }]
    );
    assert!(matches!(parse(b"<html>").expect_err("refused").problem, Problem::NotJson { .. }));
    assert!(matches!(
        parse(&vec![b' '; MAX_BYTES + 1]).expect_err("refused").problem,
        Problem::TooLong { .. }
    ));
}

#[test]
fn share_links_give_their_last_segment() {
    for link in [
        "https://learn.microsoft.com/en-us/users/ana-lima/transcript/d8yjji2ozk7y3jp",
        "https://learn.microsoft.com/ja-jp/users/ana-lima/transcript/share/d8yjji2ozk7y3jp",
        "https://learn.microsoft.com/en-us/users/ana-lima/transcript/d8yjji2ozk7y3jp/?tab=credentials",
        "  https://LEARN.microsoft.com/en-us/users/ana-lima/transcript/d8yjji2ozk7y3jp#top ",
        // As some address bars copy it: no scheme; no locale; a query; spaces.
        "learn.microsoft.com/en-us/users/ana-lima/transcript/d8yjji2ozk7y3jp",
        " www.learn.microsoft.com/users/ana-lima/transcript/d8yjji2ozk7y3jp?tracking=true\n",
        "https://learn.microsoft.com/users/ana-lima/transcript/share/d8yjji2ozk7y3jp/",
    ] {
        assert!(looks_like_link(link), "{link}");
        assert_eq!(share_id(link).as_deref(), Ok("d8yjji2ozk7y3jp"), "{link}");
    }
    for link in [
        "http://learn.microsoft.com/en-us/users/ana/transcript/abc",
        "https://learn.microsoft.com.evil.example/en-us/users/ana/transcript/abc",
        "https://evil.example/learn.microsoft.com/users/ana/transcript/abc",
        "https://learn.microsoft.com/en-us/users/ana/",
        "https://learn.microsoft.com/en-us/users/ana/transcript/",
        "https://learn.microsoft.com/en-us/users/ana/transcript/share/",
        "https://learn.microsoft.com/en-us/users/ana/transcript/a%2Fb",
        "d8yjji2ozk7y3jp",
        "",
    ] {
        assert!(matches!(share_id(link), Err(Problem::NotATranscriptLink { .. })), "{link}");
    }
}

#[test]
fn kinds_are_guessed_from_names_the_catalog_does_not_know() {
    // Legacy credentials as Learn lists them (shared/catalog-facts.md).
    assert_eq!(
        guess_kind(
            "Microsoft® Certified Solutions Expert: Cloud Platform and Infrastructure",
            false
        ),
        CertKind::Mcse
    );
    assert_eq!(
        guess_kind("Microsoft® Certified Solutions Associate: Windows Server 2016", false),
        CertKind::Mcsa
    );
    assert_eq!(
        guess_kind("Microsoft® Certified Solutions Developer: App Builder", false),
        CertKind::Mcsd
    );
    assert_eq!(guess_kind("Microsoft Specialist: Programming in C#", false), CertKind::Legacy);
    assert_eq!(guess_kind("Microsoft Certified Professional", false), CertKind::Legacy);
    assert_eq!(
        guess_kind("Microsoft Certified Technology Specialist: SQL Server 2008", false),
        CertKind::Legacy
    );
    assert_eq!(
        guess_kind("Microsoft Certified Professional Developer: Web Developer", false),
        CertKind::Legacy
    );
    assert_eq!(guess_kind("GitHub Foundations", true), CertKind::Github);
    assert_eq!(
        guess_kind("Microsoft Certified: Contoso Quantum Widgets Specialty", true),
        CertKind::Specialty
    );
    assert_eq!(
        guess_kind("Microsoft Certified: Contoso Fundamentals", false),
        CertKind::Fundamentals
    );
    assert_eq!(
        guess_kind("Microsoft Certified: Contoso Engineer Associate", true),
        CertKind::RoleBased
    );
    assert_eq!(
        guess_kind("Microsoft Office Specialist: Excel Expert (Microsoft 365 Apps)", false),
        CertKind::Mos
    );
    assert_eq!(
        guess_kind("Microsoft Applied Skills: Deploy Azure containers", false),
        CertKind::AppliedSkills
    );
}

#[test]
fn titles_and_former_titles_match_the_catalog() {
    let catalog = Catalog::bundled();
    let by = |name: &str| match_catalog(&catalog, name).map(|c| c.uid.as_str());
    assert_eq!(
        by("Microsoft Certified: Azure Administrator Associate"),
        Some("certification.azure-administrator")
    );
    assert_eq!(
        by("  microsoft certified:   azure administrator ASSOCIATE "),
        Some("certification.azure-administrator")
    );
    assert_eq!(
        by("Microsoft 365 Certified: Modern Desktop Administrator Associate"),
        Some("certification.modern-desktop")
    );
    assert_eq!(by("certification.azure-fundamentals"), Some("certification.azure-fundamentals"));
    assert_eq!(by("Microsoft Certified: Contoso Quantum Widgets Specialty"), None);
}
