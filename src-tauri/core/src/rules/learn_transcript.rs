//! A shared Microsoft Learn transcript: the share link's id, and the transcript's JSON read
//! defensively. Microsoft does not document this JSON (shared/catalog-facts.md lists the fields
//! public parsers use), so every field Recert needs is checked and a missing or malformed one is
//! named with its path; fields Recert does not use are ignored. No network here: the shell fetches.

use crate::catalog::Catalog;
use crate::date::parse_date;
use crate::error::Failure;
use crate::kind::CertKind;
use crate::message::Problem;
use chrono::NaiveDate;
use serde_json::Value;

/// A transcript answer larger than this is refused (a full one is a few kilobytes).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// The only host a transcript link may name.
pub const HOST: &str = "learn.microsoft.com";

/// The share id of a transcript link: `https://learn.microsoft.com/<locale>/users/<user>/transcript/<id>`,
/// with or without a `/share/` segment before the id; the last path segment is the id.
pub fn share_id(link: &str) -> Result<String, Problem> {
    let refuse = || Problem::NotATranscriptLink { value: link.chars().take(200).collect() };
    let rest = link.trim().strip_prefix("https://").ok_or_else(refuse)?;
    let (host, path) = rest.split_once('/').ok_or_else(refuse)?;
    if !host.eq_ignore_ascii_case(HOST) {
        return Err(refuse());
    }
    let path = path.split(['?', '#']).next().unwrap_or("");
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let id = *segments.last().ok_or_else(refuse)?;
    let transcript_at = segments.iter().position(|s| s.eq_ignore_ascii_case("transcript")).ok_or_else(refuse)?;
    let valid = id.len() <= 100 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
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
}

#[derive(Clone, Debug, PartialEq)]
pub struct TranscriptCertification {
    pub name: String,
    pub number: Option<String>,
    pub earned_on: NaiveDate,
    /// Microsoft's expiry; absent for kinds that never expire.
    pub expires_on: Option<NaiveDate>,
    /// Listed among the active (not the historical) certifications.
    pub active: bool,
    /// An Applied Skills credential (`appliedSkillsData`): never expires, kept by name.
    pub applied_skill: bool,
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

/// `2023-04-11`, or the date of `2023-04-11T00:00:00Z`.
fn date(v: &Value, path: &str) -> Result<NaiveDate, Failure> {
    let s = v.as_str().ok_or_else(|| shape(path))?;
    parse_date(s.get(..10).unwrap_or(s)).ok_or_else(|| Failure::invalid(path.to_owned(), Problem::NotADate { value: s.chars().take(40).collect() }))
}

fn optional_date(item: &Value, key: &str, path: &str) -> Result<Option<NaiveDate>, Failure> {
    match item.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(v) => date(v, &format!("{path}.{key}")).map(Some),
    }
}

fn certifications(data: &Value, key: &str, active: bool, out: &mut Vec<TranscriptCertification>) -> Result<(), Failure> {
    let path = format!("certificationData.{key}");
    let list = match data.get(key) {
        None | Some(Value::Null) => return Ok(()),
        Some(Value::Array(list)) => list,
        Some(_) => return Err(shape(&path)),
    };
    for (i, item) in list.iter().enumerate() {
        let at = format!("{path}[{i}]");
        let name = item.get("name").and_then(text).ok_or_else(|| shape(&format!("{at}.name")))?;
        let earned = item.get("dateEarned").ok_or_else(|| shape(&format!("{at}.dateEarned")))?;
        out.push(TranscriptCertification {
            name: name.chars().take(300).collect(),
            number: item.get("certificationNumber").and_then(text).map(|n| n.chars().take(64).collect()),
            earned_on: date(earned, &format!("{at}.dateEarned"))?,
            expires_on: optional_date(item, "expiration", &at)?,
            active,
            applied_skill: false,
        });
    }
    Ok(())
}

/// `appliedSkillsData.appliedSkillsCredentials[]`: `{ title, credentialId, awardedOn }`.
fn applied_skills(root: &Value, out: &mut Vec<TranscriptCertification>) -> Result<(), Failure> {
    let Some(data) = root.get("appliedSkillsData").filter(|v| !v.is_null()) else { return Ok(()) };
    let path = "appliedSkillsData.appliedSkillsCredentials";
    let list = match data.get("appliedSkillsCredentials") {
        None | Some(Value::Null) => return Ok(()),
        Some(Value::Array(list)) => list,
        Some(_) => return Err(shape(path)),
    };
    for (i, item) in list.iter().enumerate() {
        let at = format!("{path}[{i}]");
        let title = item.get("title").and_then(text).ok_or_else(|| shape(&format!("{at}.title")))?;
        let awarded = item.get("awardedOn").ok_or_else(|| shape(&format!("{at}.awardedOn")))?;
        out.push(TranscriptCertification {
            name: title.chars().take(300).collect(),
            number: item.get("credentialId").and_then(text).map(|n| n.chars().take(64).collect()),
            earned_on: date(awarded, &format!("{at}.awardedOn"))?,
            expires_on: None,
            active: true,
            applied_skill: true,
        });
    }
    Ok(())
}

/// Reads a transcript's JSON. The certifications (active and historical) need a name and an
/// earned date; everything else is optional.
pub fn parse(bytes: &[u8]) -> Result<LearnTranscript, Failure> {
    if bytes.len() > MAX_BYTES {
        return Err(Failure::invalid("(transcript)", Problem::TooLong { max: MAX_BYTES as i64 }));
    }
    let root: Value = serde_json::from_slice(bytes).map_err(|e| Failure::invalid("(transcript)", Problem::NotJson { detail: e.to_string() }))?;
    let data = root.get("certificationData").filter(|d| d.is_object()).ok_or_else(|| shape("certificationData"))?;
    if data.get("activeCertifications").is_none() && data.get("historicalCertifications").is_none() {
        return Err(shape("certificationData.activeCertifications"));
    }
    let mut certs = Vec::new();
    certifications(data, "activeCertifications", true, &mut certs)?;
    certifications(data, "historicalCertifications", false, &mut certs)?;
    applied_skills(&root, &mut certs)?;
    let mut passed_exams = Vec::new();
    if let Some(list) = data.get("passedExams").filter(|v| !v.is_null()) {
        let list = list.as_array().ok_or_else(|| shape("certificationData.passedExams"))?;
        for (i, item) in list.iter().enumerate() {
            let at = format!("certificationData.passedExams[{i}]");
            let number = item.get("examNumber").and_then(text).ok_or_else(|| shape(&format!("{at}.examNumber")))?;
            passed_exams.push(PassedExam {
                number: number.to_ascii_uppercase().chars().take(20).collect(),
                title: item.get("examTitle").and_then(text),
                taken_on: optional_date(item, "examDateTaken", &at)?,
            });
        }
    }
    Ok(LearnTranscript {
        mcid: data.get("mcid").and_then(text),
        legal_name: data.get("legalName").and_then(text).map(|n| n.chars().take(200).collect()),
        certifications: certs,
        passed_exams,
    })
}

/// `Microsoft Certified: Azure Administrator Associate` compared case- and space-insensitively.
fn same_title(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    norm(a) == norm(b)
}

/// The catalog certification a transcript names: by uid (a transcript that carries one), then by
/// title, then by a former title.
pub fn match_catalog<'a>(catalog: &'a Catalog, name: &str) -> Option<&'a crate::catalog::Certification> {
    catalog
        .certification(name)
        .or_else(|| catalog.certifications.iter().find(|c| same_title(&c.title, name)))
        .or_else(|| catalog.certifications.iter().find(|c| c.former_titles.iter().any(|t| same_title(t, name))))
}

/// The kind of a certification the catalog does not know, from its name.
pub fn guess_kind(name: &str, has_expiry: bool) -> CertKind {
    let n = name.to_lowercase();
    if n.contains("fundamentals") {
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
        CertKind::Fundamentals
    }
}

#[cfg(test)]
#[path = "learn_transcript_tests.rs"]
mod tests;
