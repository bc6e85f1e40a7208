//! A Learn transcript into the store: every certification matched to the catalog (uid, title,
//! former titles) or kept by name with its kind guessed, matched to what the user already has (by
//! certification number, then certification), previewed, then written in one atomic batch.
//! Importing the same transcript again changes nothing. The contact e-mail is never read; the
//! MCID and legal name fill the certification profile only when the user asks.

use crate::date::start_of_day_utc;
use crate::engine::evaluate;
use crate::error::{Failure, Outcome};
use crate::learn_transcript::{guess_kind, match_catalog, LearnTranscript};
use crate::message::Problem;
use crate::model::HoldingRecord;
use crate::service::Recert;
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum TranscriptChange {
    Added,
    Updated,
    Unchanged,
}

/// One certification of the transcript and what importing it does.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct TranscriptItem {
    /// The catalog's title, or the transcript's name when the catalog does not know it.
    pub title: String,
    pub change: TranscriptChange,
    /// The catalog knows it; `false`: kept by name with a guessed kind, for the user to confirm.
    pub in_catalog: bool,
    pub kind: crate::kind::CertKind,
    pub earned_on: NaiveDate,
    pub expires_on: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct TranscriptPreview {
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub items: Vec<TranscriptItem>,
    pub passed_exams: u32,
    /// What the transcript says of the certification profile (offered, never taken unasked).
    pub mcid: Option<String>,
    pub legal_name: Option<String>,
}

impl Recert {
    /// What importing `transcript` would change, and the records it would write.
    fn transcript_plan(&self, transcript: &LearnTranscript, today: NaiveDate) -> Outcome<(TranscriptPreview, Vec<HoldingRecord>)> {
        let catalog = self.catalog();
        let existing = self.store().holdings()?;
        let offsets = self.offsets()?;
        let mut used: Vec<String> = Vec::new();
        let mut writes = Vec::new();
        let mut preview = TranscriptPreview {
            added: 0,
            updated: 0,
            unchanged: 0,
            items: Vec::new(),
            passed_exams: transcript.passed_exams.len() as u32,
            mcid: transcript.mcid.clone(),
            legal_name: transcript.legal_name.clone(),
        };
        for (i, cert) in transcript.certifications.iter().enumerate() {
            let known = match_catalog(catalog, &cert.name);
            let kind = known.map_or_else(|| guess_kind(&cert.name, cert.expires_on.is_some()), |c| c.kind);
            let same = |h: &HoldingRecord| match known {
                Some(c) => h.certification.as_deref().and_then(|u| catalog.certification(u)).is_some_and(|x| x.uid == c.uid),
                None => h.certification.is_none() && h.custom_title.as_deref().is_some_and(|t| t.trim().eq_ignore_ascii_case(cert.name.trim())),
            };
            let free = |h: &&HoldingRecord| !used.contains(&h.id);
            let found = existing
                .iter()
                .filter(free)
                .find(|h| cert.number.is_some() && h.certification_number == cert.number)
                .or_else(|| existing.iter().filter(free).find(|h| same(h)))
                .cloned();
            let mut record = match &found {
                Some(h) => h.clone(),
                None => HoldingRecord {
                    id: self.store().new_id()?,
                    certification: known.map(|c| c.uid.clone()),
                    custom_title: if known.is_some() { None } else { Some(cert.name.clone()) },
                    kind,
                    earned_on: None,
                    renewed_on: Vec::new(),
                    failed_attempts: Vec::new(),
                    muted: false,
                    certification_number: None,
                    microsoft_expires_on: None,
                },
            };
            record.earned_on = Some(cert.earned_on);
            record.certification_number = cert.number.clone().or(record.certification_number);
            record.microsoft_expires_on = if kind.expires() { cert.expires_on } else { None };
            // Renewals Recert recorded that Microsoft's dates already include are kept; Microsoft's
            // expiry decides.
            evaluate(&record.to_holding(catalog), &offsets, today, start_of_day_utc(today)).map_err(|e| {
                let field = format!("certificationData.{}[{i}]", if cert.active { "activeCertifications" } else { "historicalCertifications" });
                Failure::invalid(field, e.problem)
            })?;
            used.push(record.id.clone());
            let change = match &found {
                Some(old) if *old == record => TranscriptChange::Unchanged,
                Some(_) => TranscriptChange::Updated,
                None => TranscriptChange::Added,
            };
            match change {
                TranscriptChange::Added => preview.added += 1,
                TranscriptChange::Updated => preview.updated += 1,
                TranscriptChange::Unchanged => preview.unchanged += 1,
            }
            preview.items.push(TranscriptItem {
                title: known.map_or_else(|| cert.name.clone(), |c| c.title.clone()),
                change,
                in_catalog: known.is_some(),
                kind,
                earned_on: cert.earned_on,
                expires_on: record.microsoft_expires_on,
            });
            if change != TranscriptChange::Unchanged {
                writes.push(record);
            }
        }
        Ok((preview, writes))
    }

    pub fn transcript_preview(&self, transcript: &LearnTranscript, today: NaiveDate) -> Outcome<TranscriptPreview> {
        Ok(self.transcript_plan(transcript, today)?.0)
    }

    /// Imports `transcript` in one write; with `fill_profile`, its MCID and legal name go into the
    /// certification profile the user made (never the contact e-mail, which Recert does not read).
    pub fn transcript_apply(&self, transcript: &LearnTranscript, today: NaiveDate, fill_profile: bool) -> Outcome<TranscriptPreview> {
        let (preview, writes) = self.transcript_plan(transcript, today)?;
        let profiles = if fill_profile { self.profiles_from_transcript(transcript)? } else { None };
        if !writes.is_empty() || profiles.is_some() {
            self.store().put_holdings_and_profiles(&writes, profiles.as_ref())?;
        }
        Ok(preview)
    }

    fn profiles_from_transcript(&self, transcript: &LearnTranscript) -> Outcome<Option<crate::model::Profiles>> {
        let Some(mcid) = transcript.mcid.as_deref() else { return Ok(None) };
        if !(4..=12).contains(&mcid.len()) || !mcid.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Failure::invalid("certificationData.mcid", Problem::NotAnMcid { value: mcid.chars().take(40).collect() }));
        }
        let mut profiles = self.store().profiles()?;
        // A profile needs its e-mail addresses, which a transcript does not give (and whose
        // contact e-mail Recert never reads): only a profile the user made is filled.
        let Some(mut profile) = profiles.certification.clone() else { return Ok(None) };
        if profiles.connected_on.is_some() && !profile.mcid.is_empty() && profile.mcid != mcid {
            // R16: a connected profile's MCID cannot change.
            return Err(Failure::new(crate::error::ErrorKind::Conflict, Problem::ProfilesConnected));
        }
        profile.mcid = mcid.to_owned();
        if let Some(name) = &transcript.legal_name {
            profile.legal_name = name.clone();
        }
        if profiles.certification.as_ref() == Some(&profile) {
            return Ok(None);
        }
        profiles.certification = Some(profile);
        Ok(Some(profiles))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::learn_transcript::parse;
    use crate::message::Reason;
    use crate::service::HoldingInput;

    fn d(s: &str) -> NaiveDate {
        crate::date::parse_date(s).expect("date")
    }

    fn complete() -> LearnTranscript {
        let path = format!("{}/../../tests/integration/fixtures/transcripts/complete.json", env!("CARGO_MANIFEST_DIR"));
        parse(&std::fs::read(path).expect("fixture")).expect("parses")
    }

    #[test]
    fn matches_what_the_user_has_by_number_then_certification_and_keeps_microsofts_expiry() {
        let dir = tempfile::tempdir().expect("temp dir");
        let r = Recert::open(dir.path()).expect("store");
        let today = d("2026-11-22");
        let now = start_of_day_utc(today);
        // Typed by hand before: AZ-104 with the wrong earned date, and the fundamentals.
        let typed = |cert: &str, earned: &str| HoldingInput { certification: Some(cert.into()), earned_on: earned.into(), ..HoldingInput::default() };
        r.add_holding(&typed("certification.azure-administrator", "2024-03-10"), today, now, crate::Locale::En).expect("added");
        r.add_holding(&typed("certification.azure-fundamentals", "2020-05-02"), today, now, crate::Locale::En).expect("added");

        let preview = r.transcript_apply(&complete(), today, false).expect("imported");
        assert_eq!((preview.added, preview.updated, preview.unchanged), (3, 2, 0));
        let held = r.store().holdings().expect("holdings");
        assert_eq!(held.len(), 5);
        let admin = held.iter().find(|h| h.certification.as_deref() == Some("certification.azure-administrator")).expect("AZ-104");
        assert_eq!((admin.earned_on, admin.microsoft_expires_on), (Some(d("2024-03-14")), Some(d("2026-03-14"))));
        assert_eq!(admin.certification_number.as_deref(), Some("A1B2C3-D4E5F6"));
        // Modern Desktop, renamed: matched to the Endpoint Administrator record through its former
        // title; Microsoft's expiry (2027-05-01) says it was renewed: Recert follows it.
        let md = held.iter().find(|h| h.certification.as_deref() == Some("certification.modern-desktop")).expect("matched");
        let ev = crate::engine::evaluate(&md.to_holding(r.catalog()), &crate::engine::DEFAULT_OFFSETS, today, now).expect("valid");
        assert_eq!(ev.expires_on, Some(d("2027-05-01")));
        assert!(ev.reasons.contains(&Reason::MicrosoftExpiry { microsoft: d("2027-05-01"), computed: d("2023-05-01") }));
        // Importing again changes nothing.
        let again = r.transcript_apply(&complete(), today, false).expect("again");
        assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 5));
        assert_eq!(r.store().holdings().expect("holdings"), held);
    }

    #[test]
    fn the_profile_is_filled_only_when_asked_and_only_one_the_user_made() {
        let dir = tempfile::tempdir().expect("temp dir");
        let r = Recert::open(dir.path()).expect("store");
        let today = d("2026-11-22");
        r.transcript_apply(&complete(), today, true).expect("imported");
        assert_eq!(r.store().profiles().expect("profiles").certification, None, "no profile is made without its e-mails");
        let input = crate::service::CertificationProfileInput {
            mcid: "1234".into(),
            legal_name: "Ana Lima".into(),
            contact_email: "ana@example.com".into(),
            account_email: "ana@outlook.com".into(),
        };
        r.save_certification_profile(&input, crate::Locale::En).expect("saved");
        r.transcript_apply(&complete(), today, false).expect("imported");
        assert_eq!(r.store().profiles().expect("profiles").certification.expect("profile").mcid, "1234", "not asked: unchanged");
        r.transcript_apply(&complete(), today, true).expect("imported");
        let profile = r.store().profiles().expect("profiles").certification.expect("profile");
        assert_eq!((profile.mcid.as_str(), profile.legal_name.as_str()), ("987654321", "Ana Maria Lima"));
        assert_eq!(profile.contact_email, "ana@example.com", "the transcript's contact e-mail is never taken");
    }
}
