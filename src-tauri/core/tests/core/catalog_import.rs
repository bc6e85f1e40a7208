//! Importing saved Learn Catalog API responses: the full 13 MB size, every form, bad files.

use crate::big_catalog::big_catalog;
use recert_core::catalog::MAX_IMPORT_BYTES;
use recert_core::{Catalog, CertKind, Problem};

#[test]
fn a_13_mb_full_response_imports() {
    let text = big_catalog(13 * 1024 * 1024);
    assert!(text.len() >= 13 * 1024 * 1024);
    let catalog = Catalog::import(text.as_bytes()).expect("imports");
    assert!(catalog.certifications.len() > 1_000, "{}", catalog.certifications.len());
    assert!(catalog.exams.len() > 1_000);
    let c = catalog.certification("certification.generated-1").expect("record");
    assert_eq!(c.kind, CertKind::Specialty);
    assert_eq!(catalog.exam_codes(c), vec!["GEN-1"]);
}

#[test]
fn a_damaged_large_file_is_refused_whole() {
    let text = big_catalog(2 * 1024 * 1024);
    let cut = &text.as_bytes()[..text.len() - 10];
    let e = Catalog::import(cut).expect_err("truncated");
    assert!(matches!(e.problem, Problem::NotJson { .. }), "{e:?}");
    // A wrong type deep inside names its place.
    let bad = text.replacen(r#""display_name":"GEN-7","#, r#""display_name":7,"#, 1);
    let e = Catalog::import(bad.as_bytes()).expect_err("bad type");
    assert_eq!(e.path, "exams[7].display_name");
    assert_eq!(e.problem, Problem::WrongType { expected: "a string" });
}

#[test]
fn oversized_files_are_refused_with_the_limit() {
    let big = vec![b' '; MAX_IMPORT_BYTES + 1];
    let e = Catalog::import(&big).expect_err("too large");
    assert_eq!(e.problem, Problem::TooLong { max: MAX_IMPORT_BYTES as i64 });
}

#[test]
fn stored_catalog_round_trips() {
    let original = Catalog::bundled();
    let stored = serde_json::to_string(&original).expect("serialize");
    let mut back: Catalog = serde_json::from_str(&stored).expect("deserialize");
    back.reindex();
    assert_eq!(back.certifications, original.certifications);
    assert!(back.certification("certification.azure-administrator").is_some());
}
