//! The records the crash test's writer makes, shared by the writer (src-tauri/core/examples/crash_writer.rs) and
//! the test that checks them (src-tauri/core/tests/core/crash.rs).

use recert_core::model::HoldingRecord;
use recert_core::CertKind;

pub const WRITES: u32 = 10_000;

pub fn record(i: u32) -> HoldingRecord {
    HoldingRecord {
        id: format!("w{i:05}"),
        certification: Some("certification.azure-administrator".into()),
        custom_title: None,
        kind: CertKind::RoleBased,
        earned_on: chrono::NaiveDate::from_ymd_opt(2026, 1, 1 + i % 28),
        renewed_on: Vec::new(),
        failed_attempts: Vec::new(),
        muted: i.is_multiple_of(2),
        certification_number: None,
        microsoft_expires_on: None,
        learn_status: None,
    }
}
