//! A shared Microsoft Learn transcript: the share link's id, and the transcript's JSON read
//! defensively. Microsoft does not document this JSON (shared/catalog-facts.md lists the fields
//! public parsers use), so every field Recert needs is checked and a missing or malformed one is
//! named with its path; fields Recert does not use are ignored. No network here: the shell fetches.

use crate::catalog::Catalog;
use crate::date::parse_date;
use crate::error::Failure;
use crate::kind::{CertKind, LearnStatus};
use crate::message::Problem;
use chrono::NaiveDate;
use serde_json::Value;

/// A transcript answer larger than this is refused (a full one is a few kilobytes).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// The only host a transcript link may name.
pub const HOST: &str = "learn.microsoft.com";

/// Whether what the user gave looks like a share link rather than a saved file: with or without
/// `https://` (some address bars copy it without), spaces around it.
pub fn looks_like_link(source: &str) -> bool {
    let s = source.trim().to_ascii_lowercase();
    s.starts_with("https://")
        || s.starts_with("http://")
        || s.starts_with(HOST)
        || s.starts_with(&format!("www.{HOST}"))
}

/// A link as Recert keeps it: trimmed, with `https://` when it was pasted without.
pub fn normalize_link(link: &str) -> String {
    let link = link.trim();
    if link.to_ascii_lowercase().starts_with("https://") {
        link.to_owned()
    } else {
        format!("https://{link}")
    }
}

/// The share id of a transcript link: `https://learn.microsoft.com/<locale>/users/<user>/transcript/<id>`,
/// with or without a `/share/` segment before the id, the locale, a trailing slash, a query or a
/// fragment, `https://` or spaces around it; the last path segment is the id.
pub fn share_id(link: &str) -> Result<String, Problem> {
    let refuse = || Problem::NotATranscriptLink {
        value: crate::limits::clean_text(link).chars().take(200).collect(),
    };
    let trimmed = link.trim();
    let lower = trimmed.to_ascii_lowercase();
    // Without a scheme, https is meant; a plain-http link is refused (Recert only asks over HTTPS,
    // and such a link was not copied from Learn).
    if lower.starts_with("http://") {
        return Err(refuse());
    }
    let rest = if lower.starts_with("https://") { &trimmed["https://".len()..] } else { trimmed };
    let (host, path) = rest.split_once('/').ok_or_else(refuse)?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    if !host.eq_ignore_ascii_case(HOST) {
        return Err(refuse());
    }
    let path = path.split(['?', '#']).next().unwrap_or("");
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let id = *segments.last().ok_or_else(refuse)?;
    let transcript_at =
        segments.iter().position(|s| s.eq_ignore_ascii_case("transcript")).ok_or_else(refuse)?;
    let valid =
        id.len() <= 100 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if transcript_at + 1 >= segments.len() || !valid || id.eq_ignore_ascii_case("share") {
        return Err(refuse());
    }
    Ok(id.to_owned())
}

#[derive(Clone, Debug, PartialEq)]
pub struct LearnTranscript {
    pub mcid: Option<String>,
    pub legal_name: Option<String>,
    pub certifications: Vec<TranscriptCertification>,
    pub passed_exams: Vec<PassedExam>,
    /// Items that could not be read, each with where it is and why: shown in the preview, never
    /// imported; the rest of the transcript still is.
    pub skipped: Vec<SkippedItem>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TranscriptCertification {
    /// Cleaned (`validate::clean_text`): no control or text-direction characters, at most
    /// `validate::MAX_TEXT` characters.
    pub name: String,
    pub number: Option<String>,
    /// The day it was earned, in UTC (as Microsoft counts).
    pub earned_on: NaiveDate,
    /// Microsoft's expiry: the last valid day, in UTC (R3); absent for kinds that never expire.
    pub expires_on: Option<NaiveDate>,
    /// Listed among the active (not the historical) certifications.
    pub active: bool,
    /// An Applied Skills credential (`appliedSkillsData`): never expires, kept by name.
    pub applied_skill: bool,
    /// Learn's `status`, the truth for what Learn lists.
    pub status: Option<LearnStatus>,
    /// Where it is in the answer (`certificationData.historicalCertifications[2]`).
    pub path: String,
}

/// An item of the transcript that is not imported, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct SkippedItem {
    pub path: String,
    pub name: Option<String>,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PassedExam {
    /// Upper case (`AZ-104`): transcripts have been seen with lower-case numbers.
    pub number: String,
    pub title: Option<String>,
    pub taken_on: Option<NaiveDate>,
}

fn shape(path: &str) -> Failure {
    Failure::invalid(path.to_owned(), Problem::TranscriptField)
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A name from the transcript, cleaned; `None` when nothing printable is left.
fn name(v: &Value) -> Option<String> {
    text(v).map(|t| crate::limits::clean_text(&t)).filter(|t| !t.is_empty())
}

/// The UTC day of `2021-01-11T14:56:44+00:00` or `2027-05-10T16:59:59-07:00` (as Microsoft
/// counts the day), or a bare `2023-04-11`.
fn date(v: &Value, path: &str) -> Result<NaiveDate, Failure> {
    let s = v.as_str().ok_or_else(|| shape(path))?.trim();
    let not_a_date = || {
        Failure::invalid(
            path.to_owned(),
            Problem::NotADate { value: crate::limits::clean_text(s).chars().take(40).collect() },
        )
    };
    if s.len() > 10 {
        if let Ok(at) = chrono::DateTime::parse_from_rfc3339(s) {
            return Ok(at.with_timezone(&chrono::Utc).date_naive());
        }
    }
    parse_date(s.get(..10).unwrap_or(s)).ok_or_else(not_a_date)
}

fn optional_date(item: &Value, key: &str, path: &str) -> Result<Option<NaiveDate>, Failure> {
    match item.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(v) => date(v, &format!("{path}.{key}")).map(Some),
    }
}

/// One certification item, or why it cannot be read.
fn certification(
    item: &Value,
    at: &str,
    active: bool,
    applied: bool,
) -> Result<TranscriptCertification, Failure> {
    let (name_key, earned_key, number_key) = if applied {
        ("title", "awardedOn", "credentialId")
    } else {
        ("name", "dateEarned", "certificationNumber")
    };
    let title =
        item.get(name_key).and_then(name).ok_or_else(|| shape(&format!("{at}.{name_key}")))?;
    let earned = item.get(earned_key).ok_or_else(|| shape(&format!("{at}.{earned_key}")))?;
    Ok(TranscriptCertification {
        name: title,
        number: item.get(number_key).and_then(name).map(|n| n.chars().take(64).collect()),
        earned_on: date(earned, &format!("{at}.{earned_key}"))?,
        expires_on: if applied { None } else { optional_date(item, "expiration", at)? },
        active,
        applied_skill: applied,
        status: item.get("status").and_then(Value::as_str).and_then(LearnStatus::parse),
        path: at.to_owned(),
    })
}

/// The items of the array at `path` (absent or null: none) into `out`, or into `skipped` with
/// their problem.
fn items(
    list: Option<&Value>,
    path: &str,
    active: bool,
    applied: bool,
    out: &mut Vec<TranscriptCertification>,
    skipped: &mut Vec<SkippedItem>,
) -> Result<(), Failure> {
    let list = match list {
        None | Some(Value::Null) => return Ok(()),
        Some(Value::Array(list)) => list,
        Some(_) => return Err(shape(path)),
    };
    for (i, item) in list.iter().enumerate() {
        let at = format!("{path}[{i}]");
        match certification(item, &at, active, applied) {
            Ok(c) => out.push(c),
            Err(f) => skipped.push(SkippedItem {
                path: f.field.unwrap_or(at),
                name: item.get(if applied { "title" } else { "name" }).and_then(name),
                problem: f.problem,
            }),
        }
    }
    Ok(())
}

/// Reads a transcript's JSON. The certifications (active and historical) need a name and an
/// earned date; an item without them is skipped with its problem, the rest is read. Everything
/// else is optional.
pub fn parse(bytes: &[u8]) -> Result<LearnTranscript, Failure> {
    if bytes.len() > MAX_BYTES {
        return Err(Failure::invalid("(transcript)", Problem::TooLong { max: MAX_BYTES as i64 }));
    }
    let root: Value = serde_json::from_slice(bytes).map_err(|e| {
        Failure::invalid("(transcript)", Problem::NotJson { detail: e.to_string() })
    })?;
    let data = root
        .get("certificationData")
        .filter(|d| d.is_object())
        .ok_or_else(|| shape("certificationData"))?;
    if data.get("activeCertifications").is_none() && data.get("historicalCertifications").is_none()
    {
        return Err(shape("certificationData.activeCertifications"));
    }
    let (mut certs, mut skipped) = (Vec::new(), Vec::new());
    items(
        data.get("activeCertifications"),
        "certificationData.activeCertifications",
        true,
        false,
        &mut certs,
        &mut skipped,
    )?;
    items(
        data.get("historicalCertifications"),
        "certificationData.historicalCertifications",
        false,
        false,
        &mut certs,
        &mut skipped,
    )?;
    if let Some(applied) = root.get("appliedSkillsData").filter(|v| !v.is_null()) {
        items(
            applied.get("appliedSkillsCredentials"),
            "appliedSkillsData.appliedSkillsCredentials",
            true,
            true,
            &mut certs,
            &mut skipped,
        )?;
    }
    // One limit for every way data enters (validate.rs): a transcript over it is refused whole.
    if certs.len() + skipped.len() > crate::limits::MAX_TRANSCRIPT_CERTIFICATIONS {
        return Err(Failure::invalid(
            "certificationData",
            Problem::TooMany { max: crate::limits::MAX_TRANSCRIPT_CERTIFICATIONS as i64 },
        ));
    }
    let mut passed_exams = Vec::new();
    if let Some(list) = data.get("passedExams").filter(|v| !v.is_null()) {
        let list = list.as_array().ok_or_else(|| shape("certificationData.passedExams"))?;
        for (i, item) in list.iter().take(MAX_PASSED_EXAMS).enumerate() {
            let at = format!("certificationData.passedExams[{i}]");
            // An exam without a number or with a bad date only fills no plan: left out.
            let Some(number) = item.get("examNumber").and_then(name) else { continue };
            let Ok(taken_on) = optional_date(item, "examDateTaken", &at) else { continue };
            passed_exams.push(PassedExam {
                number: number.to_ascii_uppercase().chars().take(20).collect(),
                title: item.get("examTitle").and_then(name),
                taken_on,
            });
        }
    }
    Ok(LearnTranscript {
        mcid: data.get("mcid").and_then(text),
        legal_name: data.get("legalName").and_then(name),
        certifications: certs,
        passed_exams,
        skipped,
    })
}

/// The passed exams read (a long-time holder has a few dozen).
pub const MAX_PASSED_EXAMS: usize = 2_000;

/// `Microsoft Certified: Azure Administrator Associate` compared case- and space-insensitively.
fn same_title(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    norm(a) == norm(b)
}

/// The catalog certification a transcript names: by uid (a transcript that carries one), then by
/// title, then by a former title.
pub fn match_catalog<'a>(
    catalog: &'a Catalog,
    name: &str,
) -> Option<&'a crate::catalog::Certification> {
    catalog
        .certification(name)
        .or_else(|| catalog.certifications.iter().find(|c| same_title(&c.title, name)))
        .or_else(|| {
            catalog
                .certifications
                .iter()
                .find(|c| c.former_titles.iter().any(|t| same_title(t, name)))
        })
}

/// The kind of a certification the catalog does not know, from its name as Learn lists it
/// (shared/catalog-facts.md, "Legacy credentials": "Microsoft® Certified Solutions Expert: …").
pub fn guess_kind(name: &str, has_expiry: bool) -> CertKind {
    let n = name.to_lowercase().replace(['®', '™'], "");
    let legacy = |words: &[&str]| words.iter().any(|w| n.contains(w));
    if n.contains("github") {
        CertKind::Github
    } else if legacy(&["certified solutions expert", "mcse"]) {
        CertKind::Mcse
    } else if legacy(&["certified solutions associate", "mcsa"]) {
        CertKind::Mcsa
    } else if legacy(&["certified solutions developer", "mcsd"]) {
        CertKind::Mcsd
    } else if legacy(&["certified educator"]) {
        CertKind::Mce
    } else if legacy(&["technology associate"]) {
        CertKind::Mta
    } else if legacy(&[
        "microsoft specialist",
        "certified professional",
        "technology specialist",
        "professional developer",
        "mcts",
        "mcpd",
        "mcitp",
    ]) {
        CertKind::Legacy
    } else if n.contains("fundamentals") {
        CertKind::Fundamentals
    } else if n.contains("office specialist") {
        CertKind::Mos
    } else if n.contains("applied skill") || n.starts_with("microsoft applied skills") {
        CertKind::AppliedSkills
    } else if n.contains("specialty") {
        CertKind::Specialty
    } else if has_expiry || n.contains("associate") || n.contains("expert") {
        CertKind::RoleBased
    } else {
        // No expiry and no modern kind in its name: one of Learn's older credentials.
        CertKind::Legacy
    }
}

#[cfg(test)]
mod tests;
