//! Mutation fuzzing of every parser that reads outside input: the eval request, the Learn
//! Catalog API importer, the data-file (backup) importer, and the date/time formats. Seeds come
//! from `fixtures/corpus/`; each case applies random byte edits. A panic anywhere fails.
//! Normal runs try a few hundred inputs per parser; the long run is
//! `RECERT_FUZZ_CASES=100000 cargo test --release --test integration fuzz` (docs/RELIABILITY.md).

use proptest::prelude::*;
use recert_core::{backup, catalog::Catalog, date, eval, reminders, Catalogs};

const CORPUS: &[&str] = &[
    include_str!("../../../../tests/integration/fixtures/corpus/eval-request.json"),
    include_str!("../../../../tests/integration/fixtures/corpus/eval-edge.json"),
    include_str!("../../../../tests/integration/fixtures/corpus/catalog-small.json"),
    include_str!("../../../../tests/integration/fixtures/corpus/backup-three.json"),
];

fn cases() -> u32 {
    std::env::var("RECERT_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(300)
}

/// Applies edits to a seed: overwrite, insert, delete a byte, or cut the rest off.
fn mutate(seed: &str, edits: &[(u16, u8, u8)]) -> Vec<u8> {
    let mut bytes = seed.as_bytes().to_vec();
    for &(at, value, op) in edits {
        if bytes.is_empty() {
            bytes.push(value);
            continue;
        }
        let i = usize::from(at) % bytes.len();
        match op % 4 {
            0 => bytes[i] = value,
            1 => bytes.insert(i, value),
            2 => {
                bytes.remove(i);
            }
            _ => bytes.truncate(i),
        }
    }
    bytes
}

fn edits() -> impl Strategy<Value = Vec<(u16, u8, u8)>> {
    proptest::collection::vec((any::<u16>(), any::<u8>(), any::<u8>()), 0..6)
}

fn config() -> ProptestConfig {
    ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn fuzz_eval_request(seed in 0..CORPUS.len(), e in edits()) {
        let input = mutate(CORPUS[seed], &e);
        let _ = eval::run(&input, &Catalog::bundled(), &Catalogs::new());
    }

    #[test]
    fn fuzz_catalog_import(seed in 0..CORPUS.len(), e in edits()) {
        let input = mutate(CORPUS[seed], &e);
        if let Ok(c) = Catalog::import(&input) {
            for cert in &c.certifications {
                let _ = c.exam_codes(cert);
            }
        }
    }

    #[test]
    fn fuzz_backup_import(seed in 0..CORPUS.len(), e in edits()) {
        let input = mutate(CORPUS[seed], &e);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let _ = backup::parse(&input, &Catalog::bundled(), today);
    }

    #[test]
    fn fuzz_dates(text in "\\PC{0,30}", digits in "[0-9:+TZ-]{0,30}") {
        for t in [text.as_str(), digits.as_str()] {
            let _ = date::parse_date(t);
            let _ = date::parse_instant(t);
            let _ = reminders::parse_time_of_day(t);
        }
    }
}
