//! The export file: all of a user's data as one versioned JSON document (backups, moving to
//! another machine). Format: `docs/data-format.md`, schema `docs/data-format.schema.json`.
//! An import is validated whole before anything is written, then applied in one atomic batch;
//! importing the same file twice changes nothing the second time.

use crate::catalog::Catalog;
use crate::engine::{evaluate, validate_offsets, Field};
use crate::error::{ErrorKind, Failure, Outcome};
use crate::message::Problem;
use crate::model::{HoldingRecord, PersonRecord, PlanRecord, Profiles, Settings};
use crate::store::Store;
use crate::validate::{email_field, mcid_field, text_field, validate_settings};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use ts_rs::TS;

pub const FORMAT: &str = "recert-data";
/// 2 added `plans` and `holdings[].certification_number`; 3 added `people` (others the user
/// follows). Version 1 and 2 files still import, everything in them the user's own.
pub const VERSION: i64 = 3;
/// Export files over this size are refused before parsing. Above what `limits::MAX_RECORDS`
/// records can make (a test below checks it), so every export imports back.
pub const MAX_FILE_BYTES: usize = 128 * 1024 * 1024;
pub const MAX_ID_CHARS: usize = 64;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportFile {
    pub format: String,
    pub version: i64,
    pub exported_at: DateTime<Utc>,
    pub holdings: Vec<HoldingRecord>,
    /// `None` in version 1 files (before plans): an import keeps the plans Recert has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plans: Option<Vec<PlanRecord>>,
    /// `None` in files before version 3: an import keeps the people Recert follows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub people: Option<Vec<PersonRecord>>,
    pub profiles: Profiles,
    pub settings: Settings,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ImportPreview {
    pub added: u32,
    pub updated: u32,
    pub removed: u32,
    pub unchanged: u32,
    pub profiles_changed: bool,
    pub settings_changed: bool,
    /// Certifications the user is working on (exam plans), counted like the holdings.
    pub plans_added: u32,
    pub plans_updated: u32,
    pub plans_removed: u32,
    /// Other people the user follows, counted as a whole (their certifications with them).
    pub people_added: u32,
    pub people_updated: u32,
    pub people_removed: u32,
    /// How many things the import changes in all; 0: importing changes nothing.
    pub changes: u32,
}

impl ImportPreview {
    fn count_changes(&self) -> u32 {
        self.added
            + self.updated
            + self.removed
            + self.plans_added
            + self.plans_updated
            + self.plans_removed
            + self.people_added
            + self.people_updated
            + self.people_removed
            + u32::from(self.profiles_changed)
            + u32::from(self.settings_changed)
    }
}

/// Ids Recert writes (`h1a`, `p2b`) and the only ones a file may bring: they end up in calendar
/// UIDs, file names of nothing, and the UI's data attributes, so nothing else gets through.
pub fn valid_id(id: &str) -> bool {
    (1..=MAX_ID_CHARS).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn id_field(path: &str, id: &str) -> Outcome<()> {
    if valid_id(id) {
        Ok(())
    } else {
        Err(invalid(
            format!("{path}.id"),
            Problem::BadId {
                value: id.chars().take(MAX_ID_CHARS).flat_map(char::escape_debug).collect(),
            },
        ))
    }
}

pub fn export(store: &Store, now: DateTime<Utc>) -> Outcome<String> {
    let file = ExportFile {
        format: FORMAT.into(),
        version: VERSION,
        exported_at: now,
        holdings: store.holdings()?,
        plans: Some(store.plans()?),
        people: Some(store.people()?),
        profiles: store.profiles()?,
        settings: store.settings()?,
    };
    serde_json::to_string_pretty(&file)
        .map_err(|e| Failure::new(ErrorKind::Io, Problem::Storage { detail: e.to_string() }))
}

fn invalid(path: impl Into<String>, problem: Problem) -> Failure {
    Failure::invalid(path, problem)
}

/// Parses and validates an export file against the catalog on `today`.
pub fn parse(bytes: &[u8], catalog: &Catalog, today: NaiveDate) -> Outcome<ExportFile> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(invalid(
            "(file)",
            Problem::FileTooLarge {
                file: "(file)".into(),
                max_mib: (MAX_FILE_BYTES / (1024 * 1024)) as i64,
            },
        ));
    }
    // Format and version first, so a newer file says so instead of failing on a new field.
    let head: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| invalid("(file)", Problem::NotJson { detail: e.to_string() }))?;
    if head.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(invalid("format", Problem::NotRecertExport));
    }
    match head.get("version").and_then(|v| v.as_i64()) {
        Some(v) if v > VERSION => {
            return Err(invalid("version", Problem::NewerFormat { found: v }))
        }
        Some(_) => {}
        None => return Err(invalid("version", Problem::Required)),
    }
    let file: ExportFile = serde_path_to_error::deserialize(&head).map_err(|e| {
        let path = e.path().to_string();
        invalid(path, Problem::WrongType { expected: "the documented type" })
    })?;
    validate(&file, catalog, today)?;
    Ok(file)
}

fn validate(file: &ExportFile, catalog: &Catalog, today: NaiveDate) -> Outcome<()> {
    let numbers: Vec<i64> = file.settings.reminder_offsets.iter().map(|&o| i64::from(o)).collect();
    validate_offsets(&numbers)
        .map_err(|(i, p)| invalid(format!("settings.reminder_offsets[{i}]"), p))?;
    // The same rules as the Settings form, so a file cannot store what the form would refuse (a
    // reminder time no pass can use would stop every reminder).
    let latest_pause_end = crate::date::start_of_day_utc(today)
        + chrono::Duration::days(1)
        + chrono::Duration::hours(crate::model::PAUSE_HOURS);
    validate_settings(&file.settings, latest_pause_end)
        .map_err(|f| Failure { field: f.field.map(|field| format!("settings.{field}")), ..f })?;
    let people = file.people.as_deref().unwrap_or_default();
    let records = file.holdings.len()
        + file.plans.as_deref().unwrap_or_default().len()
        + people.iter().map(|p| 1 + p.holdings.len() + p.plans.len()).sum::<usize>();
    if records > crate::limits::MAX_RECORDS {
        return Err(invalid(
            "holdings",
            Problem::StoreFull { max: crate::limits::MAX_RECORDS as i64 },
        ));
    }
    validate_holdings("holdings", &file.holdings, &file.settings.reminder_offsets, catalog, today)?;
    validate_plans("plans", file.plans.as_deref().unwrap_or_default(), catalog)?;
    let (mut seen, mut names) = (HashMap::new(), HashMap::new());
    for (i, person) in file.people.as_deref().unwrap_or_default().iter().enumerate() {
        let path = format!("people[{i}]");
        id_field(&path, &person.id)?;
        // "me" is the user, whose certifications are `holdings`: a person with it would be
        // merged with the user in the dashboard's filter and the reminder keys.
        if person.id.eq_ignore_ascii_case(crate::model::ME) {
            return Err(invalid(format!("{path}.id"), Problem::BadId { value: person.id.clone() }));
        }
        if seen.insert(person.id.clone(), i).is_some() {
            return Err(invalid(
                format!("{path}.id"),
                Problem::DuplicateId { value: person.id.clone() },
            ));
        }
        let name = text_field(&format!("{path}.name"), &person.name)?;
        // Names tell people apart in the team views, calendars and reminders.
        if names.insert(name.to_lowercase(), i).is_some() {
            return Err(invalid(format!("{path}.name"), Problem::NameTaken { value: name }));
        }
        if let Some(link) = &person.transcript_link {
            crate::learn_transcript::share_id(link)
                .map_err(|p| invalid(format!("{path}.transcript_link"), p))?;
        }
        validate_holdings(
            &format!("{path}.holdings"),
            &person.holdings,
            &file.settings.reminder_offsets,
            catalog,
            today,
        )?;
        validate_plans(&format!("{path}.plans"), &person.plans, catalog)?;
    }
    if let Some(c) = &file.profiles.certification {
        mcid_field("profiles.certification.mcid", &c.mcid)?;
        text_field("profiles.certification.legal_name", &c.legal_name)?;
        email_field("profiles.certification.contact_email", &c.contact_email)?;
        email_field("profiles.certification.account_email", &c.account_email)?;
    }
    if let Some(l) = &file.profiles.learn {
        email_field("profiles.learn.sign_in_email", &l.sign_in_email)?;
    }
    if let Some(on) = file.profiles.connected_on {
        if file.profiles.certification.is_none() || file.profiles.learn.is_none() {
            return Err(invalid("profiles.connected_on", Problem::ProfilesIncomplete));
        }
        if on > today {
            return Err(invalid("profiles.connected_on", Problem::AfterToday { value: on, today }));
        }
    }
    Ok(())
}

/// The certifications at `at` (`holdings`, `people[2].holdings`): ids, titles and dates as the
/// add form would check them.
fn validate_holdings(
    at: &str,
    holdings: &[HoldingRecord],
    offsets: &[u32],
    catalog: &Catalog,
    today: NaiveDate,
) -> Outcome<()> {
    let mut seen = HashMap::new();
    for (i, h) in holdings.iter().enumerate() {
        let path = format!("{at}[{i}]");
        id_field(&path, &h.id)?;
        if seen.insert(h.id.clone(), i).is_some() {
            return Err(invalid(
                format!("{path}.id"),
                Problem::DuplicateId { value: h.id.clone() },
            ));
        }
        match (&h.certification, &h.custom_title) {
            (Some(uid), _) if catalog.certification(uid).is_none() && h.custom_title.is_none() => {
                return Err(invalid(
                    format!("{path}.certification"),
                    Problem::UnknownCertification { value: uid.clone() },
                ));
            }
            (None, None) => {
                return Err(invalid(
                    format!("{path}.custom_title"),
                    Problem::NeedTitleOrCertification,
                ))
            }
            (_, Some(title)) => {
                text_field(&format!("{path}.custom_title"), title)?;
            }
            _ => {}
        }
        let now = crate::date::start_of_day_utc(today) + chrono::Duration::days(1);
        if let Some(number) = &h.certification_number {
            text_field(&format!("{path}.certification_number"), number)?;
        }
        // Checked as the form checks it, but without what the catalog says of retirement and
        // renewal availability: those change with the catalog (the 2026 retirements made records
        // of earlier versions refused), and a backup must restore whatever catalog is in use. The
        // dashboard flags such a record with its problem.
        let holding = crate::engine::Holding {
            retired_on: None,
            renewal_available_from: None,
            ..h.to_holding(catalog)
        };
        evaluate(&holding, offsets, today, now).map_err(|fp| {
            let field = match fp.field {
                Field::Kind => "kind".to_owned(),
                Field::EarnedOn => "earned_on".to_owned(),
                Field::RenewedOn(j) => format!("renewed_on[{j}]"),
                Field::FailedAttempt(j) => format!("failed_attempts[{j}]"),
            };
            invalid(format!("{path}.{field}"), fp.problem)
        })?;
    }
    Ok(())
}

fn validate_plans(at: &str, plans: &[PlanRecord], catalog: &Catalog) -> Outcome<()> {
    let mut seen = HashMap::new();
    for (i, p) in plans.iter().enumerate() {
        let path = format!("{at}[{i}]");
        id_field(&path, &p.id)?;
        if seen.insert(p.id.clone(), i).is_some() {
            return Err(invalid(
                format!("{path}.id"),
                Problem::DuplicateId { value: p.id.clone() },
            ));
        }
        let cert = catalog.certification(&p.certification).ok_or_else(|| {
            invalid(
                format!("{path}.certification"),
                Problem::UnknownCertification { value: p.certification.clone() },
            )
        })?;
        for (j, e) in p.exams.iter().enumerate() {
            // An exam of the certification, or one it had (AZ-800 before AZ-802): exams change
            // with the catalog, and a plan made before must still restore.
            if !cert.exams.contains(&e.exam) && catalog.exam(&e.exam).is_none() {
                return Err(invalid(
                    format!("{path}.exams[{j}].exam"),
                    Problem::ExamNotInPlan { value: e.exam.clone() },
                ));
            }
        }
    }
    Ok(())
}

/// The file's settings as an import stores them: start-at-login belongs to this machine (its OS
/// entry is made by the switch, never by a file), so it stays as it is here.
pub fn settings_for_import(file: &ExportFile, current: &Settings) -> Settings {
    // Consent to start at sign-in and to read Learn by itself is this machine's, not a file's.
    Settings { autostart: current.autostart, sync: current.sync, ..file.settings.clone() }
}

pub fn preview(store: &Store, file: &ExportFile) -> Outcome<ImportPreview> {
    let current: HashMap<String, HoldingRecord> =
        store.holdings()?.into_iter().map(|h| (h.id.clone(), h)).collect();
    let mut p = ImportPreview::default();
    for h in &file.holdings {
        match current.get(&h.id) {
            None => p.added += 1,
            Some(old) if old == h => p.unchanged += 1,
            Some(_) => p.updated += 1,
        }
    }
    p.removed =
        current.keys().filter(|id| !file.holdings.iter().any(|h| &h.id == *id)).count() as u32;
    p.profiles_changed = store.profiles()? != file.profiles;
    let settings = store.settings()?;
    p.settings_changed = settings != settings_for_import(file, &settings);
    if let Some(plans) = &file.plans {
        let current: HashMap<String, PlanRecord> =
            store.plans()?.into_iter().map(|p| (p.id.clone(), p)).collect();
        for plan in plans {
            match current.get(&plan.id) {
                None => p.plans_added += 1,
                Some(old) if old == plan => {}
                Some(_) => p.plans_updated += 1,
            }
        }
        p.plans_removed =
            current.keys().filter(|id| !plans.iter().any(|x| &x.id == *id)).count() as u32;
    }
    if let Some(people) = &file.people {
        let current: HashMap<String, PersonRecord> =
            store.people()?.into_iter().map(|p| (p.id.clone(), p)).collect();
        for person in people {
            match current.get(&person.id) {
                None => p.people_added += 1,
                Some(old) if old == person => {}
                Some(_) => p.people_updated += 1,
            }
        }
        p.people_removed =
            current.keys().filter(|id| !people.iter().any(|x| &x.id == *id)).count() as u32;
    }
    p.changes = p.count_changes();
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::{CertKind, LearnStatus};

    /// `limits::MAX_RECORDS` records with every text at its limit (three-byte characters) and a
    /// long history export to less than `MAX_FILE_BYTES`: whatever Recert stores imports back.
    #[test]
    fn the_largest_store_exports_to_a_file_an_import_reads() {
        let day = |s: &str| crate::date::parse_date(s).expect("date");
        let long = "語".repeat(crate::limits::MAX_TEXT);
        let record = HoldingRecord {
            id: format!("h{:x}", u64::MAX),
            certification: Some("certification.azure-for-sap-workloads-specialty".into()),
            custom_title: Some(long.clone()),
            kind: CertKind::RoleBased,
            earned_on: Some(day("2000-01-01")),
            renewed_on: (2001..2031).map(|y| day(&format!("{y}-12-01"))).collect(),
            failed_attempts: (0..60)
                .map(|n| {
                    chrono::DateTime::from_timestamp(1_800_000_000 + n * 90_000, 0)
                        .expect("instant")
                })
                .collect(),
            muted: true,
            certification_number: Some(long),
            microsoft_expires_on: Some(day("2031-01-01")),
            learn_status: Some(LearnStatus::Retired),
        };
        let file = |n: usize| ExportFile {
            format: FORMAT.into(),
            version: VERSION,
            exported_at: chrono::DateTime::from_timestamp(1_800_000_000, 0).expect("instant"),
            holdings: vec![record.clone(); n],
            plans: Some(vec![]),
            people: Some(vec![]),
            profiles: Profiles::default(),
            settings: Settings::default(),
        };
        let size = |n: usize| serde_json::to_string_pretty(&file(n)).expect("json").len();
        let per_record = size(2) - size(1);
        let largest = size(1) + per_record * (crate::limits::MAX_RECORDS - 1);
        assert!(
            largest < MAX_FILE_BYTES,
            "{largest} bytes for {} records of {per_record}",
            crate::limits::MAX_RECORDS
        );
    }

    /// A backup made before a catalog change (the 2026 retirements, new exams for a certification)
    /// restores under the new catalog: an AZ-204 typed as earned after its retirement, a plan for
    /// AZ-800, both from an earlier Recert.
    #[test]
    fn a_backup_restores_whatever_the_catalog_has_learned_since() {
        let day = |s: &str| crate::date::parse_date(s).expect("date");
        let file = serde_json::json!({
            "format": FORMAT, "version": 3, "exported_at": "2026-09-01T09:00:00Z",
            "holdings": [{ "id": "h1", "certification": "certification.azure-developer", "custom_title": null, "kind": "role-based", "earned_on": "2026-08-01" }],
            "plans": [{ "id": "p1", "certification": "certification.windows-server-hybrid-administrator", "started_on": "2026-05-01",
                        "exams": [{ "exam": "exam.az-800", "booking": null, "attempts": [], "revision": 0 }] }],
            "people": [],
            "profiles": { "certification": null, "learn": null, "connected_on": null },
            "settings": { "reminder_offsets": [180, 90, 30, 7] }
        });
        let parsed = parse(file.to_string().as_bytes(), &Catalog::bundled(), day("2026-12-06"))
            .expect("restores");
        assert_eq!(parsed.holdings.len(), 1);
    }
}
