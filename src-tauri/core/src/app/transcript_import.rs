//! A Learn transcript into the store: every certification matched to the catalog (uid, title,
//! former titles) or kept by name with its kind guessed, matched to what the user already has (by
//! certification number, then certification), previewed, then written in one atomic batch.
//! Importing the same transcript again changes nothing. The contact e-mail is never read; the
//! MCID and legal name fill the certification profile only when the user asks.

use crate::ctx::Ctx;
use crate::date::start_of_day_utc;
use crate::engine::evaluate;
use crate::error::{Failure, Outcome};
use crate::exams::ExamAttempt;
use crate::kind::{CertKind, LearnStatus};
use crate::learn_transcript::{guess_kind, match_catalog, LearnTranscript};
use crate::message::{Message, Problem};
use crate::model::{HoldingRecord, PlanRecord};
use crate::plans::exam_code;
use crate::service::Recert;
use chrono::{NaiveDate, NaiveTime};
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

/// An item of the transcript that is not imported, and why, in the user's language.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct TranscriptProblem {
    /// The item's name, when it has one.
    pub title: Option<String>,
    /// Where it is in Microsoft's answer (`certificationData.activeCertifications[2]`).
    pub field: String,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct TranscriptPreview {
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub items: Vec<TranscriptItem>,
    pub passed_exams: u32,
    /// The certifications the user is working on that the transcript moves on.
    pub plans: Vec<TranscriptPlanChange>,
    /// What the transcript says of the certification profile (offered, never taken unasked).
    pub mcid: Option<String>,
    pub legal_name: Option<String>,
    /// Items not imported (unreadable, or dates the rules cannot accept), each with its reason;
    /// importing brings the rest.
    pub problems: Vec<TranscriptProblem>,
}

/// A plan the transcript moves on: exams it says were passed fill the plan's exam history, and a
/// plan whose certification the transcript lists ends (the certification is held now).
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct TranscriptPlanChange {
    pub title: String,
    /// Exam codes (`AZ-104`) recorded as passed, on the day the transcript gives.
    pub exams_passed: Vec<String>,
    /// The transcript lists the certification: the plan ends.
    pub finished: bool,
}

/// The records an import writes, in one batch.
#[derive(Default)]
struct TranscriptWrites {
    holdings: Vec<HoldingRecord>,
    plans: Vec<PlanRecord>,
    ended_plans: Vec<String>,
}

/// R1, R5, R11c: an expiry Microsoft gives is some whole years after the earned date (one, or
/// two for GitHub and before 2021-06-30, then one more per renewal), and a renewal comes at most
/// 180 days early, so it is never more than a validity and a window ahead of today. A day's slack
/// either way for 29 February.
fn plausible_expiry(
    kind: CertKind,
    earned: NaiveDate,
    expires: NaiveDate,
    today: NaiveDate,
) -> Result<(), Problem> {
    let years = if kind == CertKind::Github || earned < crate::engine::one_year_policy_start() {
        2
    } else {
        1
    };
    let earliest = crate::date::add_years(earned, 1).and_then(|d| d.pred_opt());
    let latest = crate::date::add_years(today.max(earned), years).and_then(|d| {
        d.checked_add_days(chrono::Days::new(u64::from(crate::engine::WINDOW_DAYS) + 1))
    });
    match (earliest, latest) {
        (Some(earliest), Some(latest)) if (earliest..=latest).contains(&expires) => Ok(()),
        _ => Err(Problem::ImplausibleExpiry { value: expires, earned }),
    }
}

impl Recert {
    /// Exams the transcript says were passed go into the exam history of the plans that need
    /// them; plans whose certification the transcript lists as active end.
    fn transcript_plans(
        &self,
        transcript: &LearnTranscript,
        plans: Vec<PlanRecord>,
        earned: &[String],
        writes: &mut TranscriptWrites,
    ) -> Outcome<Vec<TranscriptPlanChange>> {
        let catalog = self.catalog();
        let mut changes = Vec::new();
        for mut plan in plans {
            let Some(cert) = catalog.certification(&plan.certification) else { continue };
            if earned.contains(&cert.uid) {
                changes.push(TranscriptPlanChange {
                    title: cert.title.clone(),
                    exams_passed: Vec::new(),
                    finished: true,
                });
                writes.ended_plans.push(plan.id.clone());
                continue;
            }
            let mut passed = Vec::new();
            for record in plan.exams.iter_mut().filter(|e| !e.attempts.iter().any(|a| a.passed)) {
                let code = catalog.exam(&record.exam).map_or_else(
                    || record.exam.trim_start_matches("exam.").to_uppercase(),
                    exam_code,
                );
                let taken = transcript
                    .passed_exams
                    .iter()
                    .filter(|x| x.number.eq_ignore_ascii_case(&code))
                    .filter_map(|x| x.taken_on)
                    .max();
                if let Some(day) = taken {
                    record.attempts.push(ExamAttempt {
                        at: day.and_time(NaiveTime::MIN),
                        passed: true,
                        beta: false,
                    });
                    passed.push(code);
                }
            }
            if !passed.is_empty() {
                changes.push(TranscriptPlanChange {
                    title: cert.title.clone(),
                    exams_passed: passed,
                    finished: false,
                });
                writes.plans.push(plan);
            }
        }
        Ok(changes)
    }

    /// What importing `transcript` over the user's own records would change, and what it writes.
    fn transcript_plan(
        &self,
        transcript: &LearnTranscript,
        ctx: &Ctx,
    ) -> Outcome<(TranscriptPreview, TranscriptWrites)> {
        self.transcript_plan_over(transcript, ctx, &self.store().holdings()?, self.store().plans()?)
    }

    /// The same over any certifications and plans (someone else's: theirs are in their record).
    fn transcript_plan_over(
        &self,
        transcript: &LearnTranscript,
        ctx: &Ctx,
        existing: &[HoldingRecord],
        plans: Vec<PlanRecord>,
    ) -> Outcome<(TranscriptPreview, TranscriptWrites)> {
        let Ctx { today, locale, .. } = *ctx;
        let catalog = self.catalog();
        let offsets = self.offsets()?;
        let mut used: Vec<String> = Vec::new();
        let mut writes = TranscriptWrites::default();
        let mut earned = Vec::new();
        let mut preview = TranscriptPreview {
            added: 0,
            updated: 0,
            unchanged: 0,
            items: Vec::new(),
            passed_exams: transcript.passed_exams.len() as u32,
            plans: Vec::new(),
            mcid: transcript.mcid.clone(),
            legal_name: transcript.legal_name.clone(),
            problems: Vec::new(),
        };
        let mut problems = Vec::new();
        let mut skip = |title: Option<String>, field: String, problem: Problem| {
            let message = self.catalogs.text(locale, problem.id(), &problem.args());
            problems.push(TranscriptProblem { title, field, message });
        };
        for skipped in &transcript.skipped {
            skip(skipped.name.clone(), skipped.path.clone(), skipped.problem.clone());
        }
        for cert in &transcript.certifications {
            // Applied Skills are not in the certification catalog: kept by name, of their kind.
            let known = if cert.applied_skill { None } else { match_catalog(catalog, &cert.name) };
            let kind = match known {
                Some(c) => c.kind,
                None if cert.applied_skill => crate::kind::CertKind::AppliedSkills,
                None => guess_kind(&cert.name, cert.expires_on.is_some()),
            };
            // Microsoft's expiry, if the rules allow it (R1, R5, R11c); an absurd one is shown,
            // not stored.
            if let (Some(expires), true) = (cert.expires_on, kind.expires()) {
                if let Err(problem) = plausible_expiry(kind, cert.earned_on, expires, today) {
                    skip(Some(cert.name.clone()), format!("{}.expiration", cert.path), problem);
                    continue;
                }
            }
            let same = |h: &HoldingRecord| match known {
                Some(c) => h
                    .certification
                    .as_deref()
                    .and_then(|u| catalog.certification(u))
                    .is_some_and(|x| x.uid == c.uid),
                None => {
                    h.certification.is_none()
                        && h.custom_title
                            .as_deref()
                            .is_some_and(|t| t.trim().eq_ignore_ascii_case(cert.name.trim()))
                }
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
                    learn_status: None,
                },
            };
            record.earned_on = Some(cert.earned_on);
            record.certification_number = cert.number.clone().or(record.certification_number);
            record.microsoft_expires_on = if kind.expires() { cert.expires_on } else { None };
            // Learn's status is the truth for what it lists; its historical list is history.
            record.learn_status = cert.status.or((!cert.active).then_some(LearnStatus::Expired));
            // Renewals Recert recorded that Microsoft's dates already include are kept; Microsoft's
            // expiry decides. An item the rules refuse is shown with its reason, the rest imported.
            if let Err(e) =
                evaluate(&record.to_holding(catalog), &offsets, today, start_of_day_utc(today))
            {
                skip(Some(cert.name.clone()), cert.path.clone(), e.problem);
                continue;
            }
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
            if let (Some(c), true) = (known, cert.active) {
                earned.push(c.uid.clone());
            }
            if change != TranscriptChange::Unchanged {
                writes.holdings.push(record);
            }
        }
        preview.problems = problems;
        preview.plans = self.transcript_plans(transcript, plans, &earned, &mut writes)?;
        Ok((preview, writes))
    }

    pub fn transcript_preview(
        &self,
        transcript: &LearnTranscript,
        ctx: &Ctx,
    ) -> Outcome<TranscriptPreview> {
        Ok(self.transcript_plan(transcript, ctx)?.0)
    }

    /// Imports `transcript` in one write; with `fill_profile`, its MCID and legal name go into the
    /// certification profile the user made (never the contact e-mail, which Recert does not read).
    pub fn transcript_apply(
        &self,
        transcript: &LearnTranscript,
        ctx: &Ctx,
        fill_profile: bool,
    ) -> Outcome<TranscriptPreview> {
        let (preview, writes) = self.transcript_plan(transcript, ctx)?;
        self.room_for(preview.added as usize)?;
        let profiles = if fill_profile { self.profiles_from_transcript(transcript)? } else { None };
        if !writes.holdings.is_empty()
            || !writes.plans.is_empty()
            || !writes.ended_plans.is_empty()
            || profiles.is_some()
        {
            self.store().put_transcript(
                &writes.holdings,
                &writes.plans,
                &writes.ended_plans,
                profiles.as_ref(),
            )?;
        }
        Ok(preview)
    }

    /// What importing `transcript` into a person's certifications would change. Their MCID and
    /// name are theirs: nothing of the user's profile is offered.
    pub fn person_transcript_preview(
        &self,
        person: &str,
        transcript: &LearnTranscript,
        ctx: &Ctx,
    ) -> Outcome<TranscriptPreview> {
        let record = self.store().person(person)?.ok_or_else(|| {
            Failure::new(crate::error::ErrorKind::NotFound, Problem::PersonNotFound)
        })?;
        let (preview, _) =
            self.transcript_plan_over(transcript, ctx, &record.holdings, record.plans)?;
        Ok(TranscriptPreview { mcid: None, legal_name: None, ..preview })
    }

    /// Imports `transcript` into a person's certifications and plans, in one write of their record.
    pub fn person_transcript_apply(
        &self,
        person: &str,
        transcript: &LearnTranscript,
        ctx: &Ctx,
    ) -> Outcome<TranscriptPreview> {
        let mut record = self.store().person(person)?.ok_or_else(|| {
            Failure::new(crate::error::ErrorKind::NotFound, Problem::PersonNotFound)
        })?;
        let (preview, writes) =
            self.transcript_plan_over(transcript, ctx, &record.holdings, record.plans.clone())?;
        self.room_for(preview.added as usize)?;
        for h in writes.holdings {
            match record.holdings.iter_mut().find(|x| x.id == h.id) {
                Some(slot) => *slot = h,
                None => record.holdings.push(h),
            }
        }
        for p in writes.plans {
            if let Some(slot) = record.plans.iter_mut().find(|x| x.id == p.id) {
                *slot = p;
            }
        }
        record.plans.retain(|p| !writes.ended_plans.contains(&p.id));
        self.store().put_person(&record)?;
        Ok(TranscriptPreview { mcid: None, legal_name: None, ..preview })
    }

    fn profiles_from_transcript(
        &self,
        transcript: &LearnTranscript,
    ) -> Outcome<Option<crate::model::Profiles>> {
        let Some(mcid) = transcript.mcid.as_deref() else { return Ok(None) };
        crate::validate::mcid_field("certificationData.mcid", mcid)?;
        let mut profiles = self.store().profiles()?;
        // A profile needs its e-mail addresses, which a transcript does not give (and whose
        // contact e-mail Recert never reads): only a profile the user made is filled.
        let Some(mut profile) = profiles.certification.clone() else { return Ok(None) };
        if profiles.connected_on.is_some() && !profile.mcid.is_empty() && profile.mcid != mcid {
            // R16: a connected profile's MCID cannot change.
            return Err(Failure::new(
                crate::error::ErrorKind::Conflict,
                Problem::ProfilesConnected,
            ));
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

    /// A call on `today` at its first instant, in English.
    fn on(today: NaiveDate) -> Ctx {
        Ctx::new(today, crate::date::start_of_day_utc(today), crate::Locale::En)
    }

    fn complete() -> LearnTranscript {
        let path = format!(
            "{}/../../tests/integration/fixtures/transcripts/complete.json",
            env!("CARGO_MANIFEST_DIR")
        );
        parse(&std::fs::read(path).expect("fixture")).expect("parses")
    }

    #[test]
    fn matches_what_the_user_has_by_number_then_certification_and_keeps_microsofts_expiry() {
        let dir = tempfile::tempdir().expect("temp dir");
        let r = Recert::open(dir.path()).expect("store");
        let today = d("2026-11-22");
        let now = start_of_day_utc(today);
        // Typed by hand before: AZ-104 with the wrong earned date, and the fundamentals.
        let typed = |cert: &str, earned: &str| HoldingInput {
            certification: Some(cert.into()),
            earned_on: earned.into(),
            ..HoldingInput::default()
        };
        r.add_holding(
            &typed("certification.azure-administrator", "2024-03-10"),
            &Ctx::new(today, now, crate::Locale::En),
        )
        .expect("added");
        r.add_holding(
            &typed("certification.azure-fundamentals", "2020-05-02"),
            &Ctx::new(today, now, crate::Locale::En),
        )
        .expect("added");

        let preview = r.transcript_apply(&complete(), &on(today), false).expect("imported");
        assert_eq!((preview.added, preview.updated, preview.unchanged), (3, 2, 0));
        let held = r.store().holdings().expect("holdings");
        assert_eq!(held.len(), 5);
        let admin = held
            .iter()
            .find(|h| h.certification.as_deref() == Some("certification.azure-administrator"))
            .expect("AZ-104");
        assert_eq!(
            (admin.earned_on, admin.microsoft_expires_on),
            (Some(d("2024-03-14")), Some(d("2026-03-14")))
        );
        assert_eq!(admin.certification_number.as_deref(), Some("A1B2C3-D4E5F6"));
        // Modern Desktop, renamed: matched to the Endpoint Administrator record through its former
        // title; Microsoft's expiry (2027-05-01) says it was renewed: Recert follows it.
        let md = held
            .iter()
            .find(|h| h.certification.as_deref() == Some("certification.modern-desktop"))
            .expect("matched");
        let ev = crate::engine::evaluate(
            &md.to_holding(r.catalog()),
            &crate::engine::DEFAULT_OFFSETS,
            today,
            now,
        )
        .expect("valid");
        assert_eq!(ev.expires_on, Some(d("2027-05-01")));
        assert!(ev.reasons.contains(&Reason::MicrosoftExpiry {
            microsoft: d("2027-05-01"),
            computed: d("2023-05-01")
        }));
        // Importing again changes nothing.
        let again = r.transcript_apply(&complete(), &on(today), false).expect("again");
        assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 5));
        assert_eq!(r.store().holdings().expect("holdings"), held);
    }

    #[test]
    fn a_persons_transcript_goes_into_their_record_and_nothing_of_the_users() {
        let dir = tempfile::tempdir().expect("temp dir");
        let r = Recert::open(dir.path()).expect("store");
        let today = d("2026-11-22");
        let ana = r.add_person("Ana").expect("person").id;
        let preview = r.person_transcript_preview(&ana, &complete(), &on(today)).expect("preview");
        assert_eq!(
            (preview.added, preview.updated, preview.mcid.as_deref()),
            (5, 0, None),
            "nothing of the user's profile offered"
        );
        assert!(
            r.store().person(&ana).expect("read").expect("Ana").holdings.is_empty(),
            "a preview writes nothing"
        );
        r.person_transcript_apply(&ana, &complete(), &on(today)).expect("applied");
        let held = r.store().person(&ana).expect("read").expect("Ana").holdings;
        assert_eq!(held.len(), 5);
        assert!(r.store().holdings().expect("mine").is_empty(), "the user's own are untouched");
        assert_eq!(r.store().profiles().expect("profiles"), crate::model::Profiles::default());
        let again = r.person_transcript_apply(&ana, &complete(), &on(today)).expect("again");
        assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 5));
        assert_eq!(r.store().person(&ana).expect("read").expect("Ana").holdings, held);
        assert_eq!(
            r.person_transcript_apply("nobody", &complete(), &on(today)).expect_err("unknown").kind,
            crate::error::ErrorKind::NotFound
        );
    }

    #[test]
    fn passed_exams_fill_the_exam_history_of_plans_and_a_listed_certification_ends_its_plan() {
        let dir = tempfile::tempdir().expect("temp dir");
        let r = Recert::open(dir.path()).expect("store");
        let today = d("2026-11-22");
        let now = start_of_day_utc(today);
        let local = today.and_time(NaiveTime::MIN);
        r.start_plan(
            "certification.azure-solutions-architect",
            &Ctx { now_local: local, ..Ctx::new(today, now, crate::Locale::En) },
        )
        .expect("plan");
        r.start_plan(
            "certification.azure-administrator",
            &Ctx { now_local: local, ..Ctx::new(today, now, crate::Locale::En) },
        )
        .expect("plan");
        let path = format!(
            "{}/../../tests/integration/fixtures/transcripts/complete.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let mut json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(path).expect("fixture")).expect("json");
        json["certificationData"]["passedExams"]
            .as_array_mut()
            .expect("exams")
            .push(serde_json::json!({ "examTitle": "Designing Microsoft Azure Infrastructure Solutions", "examNumber": "az-305", "examDateTaken": "2026-10-01T00:00:00Z" }));
        let transcript = parse(&serde_json::to_vec(&json).expect("bytes")).expect("parses");

        let preview = r.transcript_preview(&transcript, &on(today)).expect("preview");
        assert_eq!(r.store().plans().expect("plans").len(), 2, "a preview writes nothing");
        let mut plans = preview.plans.clone();
        plans.sort_by(|a, b| a.title.cmp(&b.title));
        assert_eq!(
            plans,
            vec![
                TranscriptPlanChange {
                    title: "Microsoft Certified: Azure Administrator Associate".into(),
                    exams_passed: vec![],
                    finished: true
                },
                TranscriptPlanChange {
                    title: "Microsoft Certified: Azure Solutions Architect Expert".into(),
                    exams_passed: vec!["AZ-305".into()],
                    finished: false
                },
            ]
        );
        r.transcript_apply(&transcript, &on(today), false).expect("imported");
        let left = r.store().plans().expect("plans");
        assert_eq!(left.len(), 1, "the Azure Administrator plan ended: the transcript lists it");
        let az305 = left[0].exams.iter().find(|e| e.exam == "exam.az-305").expect("AZ-305");
        assert_eq!(
            az305.attempts,
            vec![ExamAttempt {
                at: d("2026-10-01").and_time(NaiveTime::MIN),
                passed: true,
                beta: false
            }]
        );
        // Again: nothing more to record.
        assert!(r.transcript_preview(&transcript, &on(today)).expect("preview").plans.is_empty());
        r.transcript_apply(&transcript, &on(today), false).expect("again");
        assert_eq!(r.store().plans().expect("plans"), left);
    }

    #[test]
    fn applied_skills_are_kept_by_name_as_applied_skills_once() {
        let dir = tempfile::tempdir().expect("temp dir");
        let r = Recert::open(dir.path()).expect("store");
        let today = d("2026-11-22");
        let path = format!(
            "{}/../../tests/integration/fixtures/transcripts/applied-skills.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let transcript = parse(&std::fs::read(path).expect("fixture")).expect("parses");
        let preview = r.transcript_apply(&transcript, &on(today), false).expect("imported");
        assert_eq!((preview.added, preview.updated, preview.unchanged), (3, 0, 0));
        let skills: Vec<_> = preview
            .items
            .iter()
            .filter(|i| i.kind == crate::kind::CertKind::AppliedSkills)
            .collect();
        assert_eq!(skills.len(), 2);
        assert!(skills.iter().all(|i| !i.in_catalog && i.expires_on.is_none()));
        let held = r.store().holdings().expect("holdings");
        let monitor = held
            .iter()
            .find(|h| {
                h.custom_title.as_deref()
                    == Some("Microsoft Applied Skills: Deploy and configure Azure Monitor")
            })
            .expect("kept by name");
        assert_eq!(
            (monitor.kind, monitor.certification_number.as_deref()),
            (crate::kind::CertKind::AppliedSkills, Some("AS-1234-5678"))
        );
        let view = r.dashboard(&on(today)).expect("dashboard");
        assert_eq!(view.counts.no_expiry, 3, "Applied Skills and Fundamentals never expire");
        let again = r.transcript_apply(&transcript, &on(today), false).expect("again");
        assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 3));
    }

    #[test]
    fn the_profile_is_filled_only_when_asked_and_only_one_the_user_made() {
        let dir = tempfile::tempdir().expect("temp dir");
        let r = Recert::open(dir.path()).expect("store");
        let today = d("2026-11-22");
        r.transcript_apply(&complete(), &on(today), true).expect("imported");
        assert_eq!(
            r.store().profiles().expect("profiles").certification,
            None,
            "no profile is made without its e-mails"
        );
        let input = crate::service::CertificationProfileInput {
            mcid: "1234".into(),
            legal_name: "Ana Lima".into(),
            contact_email: "ana@example.com".into(),
            account_email: "ana@outlook.com".into(),
        };
        r.save_certification_profile(&input, crate::Locale::En).expect("saved");
        r.transcript_apply(&complete(), &on(today), false).expect("imported");
        assert_eq!(
            r.store().profiles().expect("profiles").certification.expect("profile").mcid,
            "1234",
            "not asked: unchanged"
        );
        r.transcript_apply(&complete(), &on(today), true).expect("imported");
        let profile = r.store().profiles().expect("profiles").certification.expect("profile");
        assert_eq!(
            (profile.mcid.as_str(), profile.legal_name.as_str()),
            ("987654321", "Ana Maria Lima")
        );
        assert_eq!(
            profile.contact_email, "ana@example.com",
            "the transcript's contact e-mail is never taken"
        );
    }

    /// A long-time holder's transcript, shaped like Learn's real answers (catalog-facts.md): dates
    /// with offsets, 23:59:59 expiries, legacy credentials without `expiration`, a retired MCTS,
    /// a GitHub certification, a DP-203 passed on its retirement day, bare legacy exam numbers.
    #[test]
    fn a_long_time_holders_transcript_shows_what_learn_says() {
        use crate::engine::Status;
        let dir = tempfile::tempdir().expect("temp dir");
        let r = Recert::open(dir.path()).expect("store");
        let today = d("2026-12-06");
        let path = format!(
            "{}/../../tests/integration/fixtures/transcripts/long-time-holder.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let transcript = parse(&std::fs::read(path).expect("fixture")).expect("parses");
        let preview = r.transcript_apply(&transcript, &on(today), false).expect("imported");
        assert_eq!(
            preview.problems,
            vec![],
            "every item imports, the DP-203 passed on its retirement day too"
        );
        assert_eq!(preview.added, 8);
        let view = r.dashboard(&on(today)).expect("dashboard");
        let card = |part: &str| {
            view.holdings
                .iter()
                .find(|h| h.title.contains(part))
                .unwrap_or_else(|| panic!("{part}"))
        };
        // Microsoft's expiry is the last valid day (R3).
        let admin = card("Azure Administrator");
        assert_eq!(
            (admin.status, admin.expires_on),
            (crate::engine::Status::RenewalOpen, Some(d("2027-01-11")))
        );
        // Legacy credentials Learn lists as Active never expire; the retired MCTS is history.
        for part in ["Solutions Expert", "Solutions Associate", "Microsoft Specialist"] {
            assert_eq!(
                (card(part).status, card(part).expires_on),
                (Status::NoExpiry, None),
                "{part}"
            );
        }
        assert_eq!(card("Solutions Expert").kind, CertKind::Mcse);
        assert_eq!(
            card("Technology Specialist").status,
            Status::Expired,
            "Learn says Retired: history"
        );
        // GitHub: two years, no renewal assessment.
        let gh = card("GitHub Foundations");
        assert_eq!(
            (gh.kind, gh.status, gh.expires_on, gh.can_renew_now),
            (CertKind::Github, Status::Active, Some(d("2027-09-02")), false)
        );
        // Learn's "Expired" for AZ-204: history, whatever else.
        assert_eq!(card("Azure Developer").status, Status::Expired);
        assert_eq!(
            transcript.passed_exams.iter().map(|e| e.number.as_str()).collect::<Vec<_>>(),
            ["AZ-104", "533", "483", "98-381"]
        );
    }

    /// A 650 KB answer (a long learning history Recert does not read: 1,320 modules) is read whole.
    #[test]
    fn a_large_real_sized_answer_is_read() {
        let path = format!(
            "{}/../../tests/integration/fixtures/transcripts/long-time-holder.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let mut json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(path).expect("fixture")).expect("json");
        let modules: Vec<serde_json::Value> = (0..1_320)
            .map(|i| serde_json::json!({ "title": format!("Module {i}: Describe the core architectural components of Azure and what each one is for"), "uid": format!("learn.azure.module-{i:05}"), "completedOn": "2024-01-01T00:00:00+00:00", "durationInMinutes": 42, "url": format!("https://learn.microsoft.com/en-us/training/modules/module-{i:05}/"), "icon": "https://learn.microsoft.com/en-us/training/achievements/generic-badge.svg", "products": ["azure", "azure-portal", "azure-resource-manager"], "levels": ["beginner"], "roles": ["administrator", "developer", "solution-architect"] }))
            .collect();
        json["trainingData"] = serde_json::json!({ "completedModules": modules });
        let bytes = serde_json::to_vec(&json).expect("bytes");
        assert!((600_000..900_000).contains(&bytes.len()), "{} bytes", bytes.len());
        let t = parse(&bytes).expect("parses");
        assert_eq!(t.certifications.len(), 8);
    }
}
