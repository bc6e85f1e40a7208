//! Planning a certification (seed 002, R18–R21): the user marks one "working on it", books each
//! required exam, enters results; when the last required exam is passed the plan becomes a held
//! certification earned that day. Service functions over the store, with `today`/`now` passed in.

use crate::catalog::{Catalog, Certification, Exam};
use crate::ctx::Ctx;
use crate::engine::{evaluate, Status};
use crate::error::{ErrorKind, Failure, Outcome};
use crate::exams::{
    check_sitting, earned_on, exam_state, Booking, Delivery, ExamAttempt, ExamState, RetakePolicy,
};
use crate::locale::Locale;
use crate::message::Problem;
use crate::model::{ExamRecord, HoldingRecord, PlanRecord};
use crate::service::Recert;
use crate::views::localized_title;
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// R20: where to prepare and register, opened in the browser (all on the link allowlist).
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ExamLinks {
    /// The exam's page on Microsoft Learn, where it is scheduled.
    pub register: String,
    pub study_guide: Option<String>,
    pub practice_assessment: Option<String>,
    pub sandbox: Option<String>,
}

pub const PRACTICE_ASSESSMENTS: &str = "https://learn.microsoft.com/credentials/certifications/practice-assessments-for-microsoft-certifications";
pub const EXAM_SANDBOX: &str = "https://aka.ms/examdemo";

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ExamView {
    pub exam: String,
    /// `AZ-104`.
    pub code: String,
    pub title: String,
    pub state: ExamState,
    pub links: ExamLinks,
    /// Booked through Certiport (MOS): results can take longer (R19).
    pub certiport: bool,
    /// What the user can do with it now (the rules decide, the screen only shows): book or
    /// rebook, cancel the booking, enter a result.
    pub can_book: bool,
    pub can_cancel: bool,
    pub can_enter_result: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PlanView {
    pub id: String,
    pub certification: String,
    pub title: String,
    pub started_on: NaiveDate,
    pub exams: Vec<ExamView>,
    /// Exams passed of those required.
    pub passed: u32,
    /// Prerequisite certifications (any one of them), with whether the user holds one.
    pub prerequisites: Vec<String>,
    pub prerequisite_held: bool,
}

/// What recording a result did: the plan goes on, or it became a held certification.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ResultOutcome {
    pub plan: Option<PlanView>,
    /// The new holding's id when the last required exam was passed (R18).
    pub earned_holding: Option<String>,
    pub earned_on: Option<NaiveDate>,
}

#[derive(Clone, Debug, Deserialize, TS)]
#[ts(export)]
pub struct BookingInput {
    pub exam: String,
    /// Local date and time, `YYYY-MM-DDTHH:MM` (the form's day and time of day, joined).
    pub at: String,
    pub delivery: Delivery,
    pub beta: bool,
}

#[derive(Clone, Debug, Deserialize, TS)]
#[ts(export)]
pub struct ResultInput {
    pub exam: String,
    pub passed: bool,
    /// When it was taken; empty for the booked sitting's time.
    pub at: String,
    /// For a sitting that was not booked in Recert.
    pub beta: bool,
}

/// Parses `YYYY-MM-DDTHH:MM` (seconds allowed), as the booking and result forms send it.
pub fn parse_local(text: &str) -> Option<NaiveDateTime> {
    let t = text.trim();
    NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S"))
        .ok()
}

fn local_field(field: &str, value: &str) -> Outcome<NaiveDateTime> {
    if value.trim().is_empty() {
        return Err(Failure::invalid(field, Problem::Required));
    }
    parse_local(value).ok_or_else(|| {
        Failure::invalid(
            field,
            Problem::NotADateTime { value: value.trim().chars().take(40).collect() },
        )
    })
}

/// What the user can do with an exam in `state`, as (book or rebook, cancel the booking, enter a
/// result): a passed exam is done; a booked one can be moved or cancelled; one waiting for its
/// result is not booked again.
pub fn exam_actions(state: &ExamState) -> (bool, bool, bool) {
    match state {
        ExamState::Passed { .. } => (false, false, false),
        ExamState::Scheduled { .. } => (true, true, true),
        ExamState::ResultPending { .. } => (false, false, true),
        ExamState::Planned | ExamState::Failed { .. } => (true, false, true),
    }
}

pub fn exam_code(exam: &Exam) -> String {
    exam.display_name.clone().unwrap_or_else(|| exam.uid.trim_start_matches("exam.").to_uppercase())
}

pub fn exam_links(exam: &Exam) -> ExamLinks {
    let code = exam_code(exam).to_lowercase();
    let certiport = is_certiport(exam);
    ExamLinks {
        register: exam.url.clone().filter(|u| crate::links::allowed(u)).unwrap_or_else(|| {
            format!("https://learn.microsoft.com/credentials/certifications/exams/{code}/")
        }),
        study_guide: Some(format!(
            "https://learn.microsoft.com/credentials/certifications/resources/study-guides/{code}"
        )),
        // Practice assessments and the exam sandbox are for Pearson VUE exams, not Certiport's.
        practice_assessment: (!certiport).then(|| PRACTICE_ASSESSMENTS.to_owned()),
        sandbox: (!certiport).then(|| EXAM_SANDBOX.to_owned()),
    }
}

fn is_certiport(exam: &Exam) -> bool {
    exam.providers.iter().any(|p| p.eq_ignore_ascii_case("certiport"))
}

fn localized_exam_title(exam: &Exam, locale: Locale) -> String {
    exam.titles.get(locale.tag()).cloned().unwrap_or_else(|| exam.title.clone())
}

fn plan_not_found() -> Failure {
    Failure::new(ErrorKind::NotFound, Problem::PlanNotFound)
}

impl Recert {
    fn plan_record(&self, id: &str) -> Outcome<PlanRecord> {
        self.store().plan(id)?.ok_or_else(plan_not_found)
    }

    fn plan_cert(&self, plan: &PlanRecord) -> Outcome<&Certification> {
        self.catalog().certification(&plan.certification).ok_or_else(|| {
            Failure::invalid(
                "certification",
                Problem::UnknownCertification { value: plan.certification.clone() },
            )
        })
    }

    /// Certification uids the user holds and that are in force on `today`.
    fn held_now(&self, ctx: &Ctx) -> Outcome<Vec<String>> {
        let Ctx { today, now, .. } = *ctx;
        let offsets = self.store().settings()?.reminder_offsets;
        Ok(self
            .store()
            .holdings()?
            .into_iter()
            .filter(|r| {
                evaluate(&r.to_holding(self.catalog()), &offsets, today, now)
                    .is_ok_and(|ev| ev.status != Status::Expired)
            })
            .filter_map(|r| r.certification)
            .collect())
    }

    pub fn plan_view(&self, plan: &PlanRecord, held: &[String], ctx: &Ctx) -> PlanView {
        let Ctx { now_local, locale, .. } = *ctx;
        let catalog: &Catalog = self.catalog();
        let cert = catalog.certification(&plan.certification);
        let policy =
            RetakePolicy::for_kind(cert.map_or(crate::kind::CertKind::RoleBased, |c| c.kind));
        let exams: Vec<ExamView> = plan
            .exams
            .iter()
            .map(|e| {
                let exam = catalog.exam(&e.exam);
                let certiport = exam.is_some_and(is_certiport);
                let state =
                    exam_state(policy, e.booking.as_ref(), &e.attempts, certiport, now_local);
                let (can_book, can_cancel, can_enter_result) = exam_actions(&state);
                ExamView {
                    exam: e.exam.clone(),
                    code: exam.map_or_else(|| e.exam.clone(), exam_code),
                    title: exam.map_or_else(|| e.exam.clone(), |x| localized_exam_title(x, locale)),
                    can_book,
                    can_cancel,
                    can_enter_result,
                    state,
                    links: exam.map_or_else(
                        || ExamLinks {
                            register: crate::links::CERT_DASHBOARD.to_owned(),
                            study_guide: None,
                            practice_assessment: None,
                            sandbox: None,
                        },
                        exam_links,
                    ),
                    certiport,
                }
            })
            .collect();
        let prerequisites: Vec<String> = cert.map(|c| c.prerequisites.clone()).unwrap_or_default();
        PlanView {
            id: plan.id.clone(),
            certification: plan.certification.clone(),
            title: cert.map_or_else(|| plan.certification.clone(), |c| localized_title(c, locale)),
            started_on: plan.started_on,
            passed: exams.iter().filter(|e| matches!(e.state, ExamState::Passed { .. })).count()
                as u32,
            exams,
            prerequisite_held: prerequisites.is_empty()
                || prerequisites.iter().any(|p| held.contains(p)),
            prerequisites: prerequisites
                .iter()
                .map(|p| {
                    catalog
                        .certification(p)
                        .map_or_else(|| p.clone(), |c| localized_title(c, locale))
                })
                .collect(),
        }
    }

    pub fn plans_view(&self, ctx: &Ctx) -> Outcome<Vec<PlanView>> {
        let held = self.held_now(ctx)?;
        let mut list: Vec<PlanView> =
            self.store().plans()?.iter().map(|p| self.plan_view(p, &held, ctx)).collect();
        list.sort_by(|a, b| a.started_on.cmp(&b.started_on).then_with(|| a.title.cmp(&b.title)));
        Ok(list)
    }

    fn one_plan_view(&self, plan: &PlanRecord, ctx: &Ctx) -> Outcome<PlanView> {
        Ok(self.plan_view(plan, &self.held_now(ctx)?, ctx))
    }

    /// "Working on it": a plan with one entry per required exam (R18). Refused for a retired
    /// certification (R11), one already planned, and one held and in force (R21).
    pub fn start_plan(&self, certification: &str, ctx: &Ctx) -> Outcome<PlanView> {
        let Ctx { today, .. } = *ctx;
        let cert = self.catalog().certification(certification.trim()).ok_or_else(|| {
            Failure::invalid(
                "certification",
                Problem::UnknownCertification { value: certification.chars().take(80).collect() },
            )
        })?;
        if let Some(on) = cert.retired_on.filter(|&r| r <= today) {
            return Err(Failure::invalid("certification", Problem::RetiredCannotEarn { on }));
        }
        if cert.exams.is_empty() {
            return Err(Failure::invalid("certification", Problem::NoExamsListed));
        }
        if self.store().plans()?.iter().any(|p| p.certification == cert.uid) {
            return Err(Failure::new(ErrorKind::Conflict, Problem::PlanExists));
        }
        if self.held_now(ctx)?.contains(&cert.uid) {
            return Err(Failure::new(ErrorKind::Conflict, Problem::AlreadyHeld));
        }
        self.room_for(1)?;
        let plan = PlanRecord {
            id: format!("p{}", self.store().new_id()?.trim_start_matches('h')),
            certification: cert.uid.clone(),
            started_on: today,
            exams: cert
                .exams
                .iter()
                .map(|e| ExamRecord {
                    exam: e.clone(),
                    booking: None,
                    attempts: Vec::new(),
                    revision: 0,
                })
                .collect(),
        };
        self.store().put_plan(&plan)?;
        self.one_plan_view(&plan, ctx)
    }

    pub fn remove_plan(&self, id: &str) -> Outcome<()> {
        if self.store().remove_plan(id)? {
            Ok(())
        } else {
            Err(plan_not_found())
        }
    }

    fn exam_mut<'a>(plan: &'a mut PlanRecord, exam: &str) -> Outcome<&'a mut ExamRecord> {
        plan.exams.iter_mut().find(|e| e.exam == exam).ok_or_else(|| {
            Failure::invalid(
                "exam",
                Problem::ExamNotInPlan { value: exam.chars().take(80).collect() },
            )
        })
    }

    /// Books (or rebooks) an exam: in the future and allowed by the retake policy (R21).
    pub fn book_exam(&self, plan_id: &str, input: &BookingInput, ctx: &Ctx) -> Outcome<PlanView> {
        let Ctx { now_local, .. } = *ctx;
        let mut plan = self.plan_record(plan_id)?;
        let policy = RetakePolicy::for_kind(self.plan_cert(&plan)?.kind);
        let at = local_field("at", &input.at)?;
        if at <= now_local {
            return Err(Failure::invalid("at", Problem::BookingInPast { value: at }));
        }
        let exam = Self::exam_mut(&mut plan, &input.exam)?;
        check_sitting(policy, &exam.attempts, at, input.beta)
            .map_err(|p| Failure::invalid("at", p))?;
        exam.booking = Some(Booking { at, delivery: input.delivery, beta: input.beta });
        exam.revision += 1;
        self.store().put_plan(&plan)?;
        self.one_plan_view(&plan, ctx)
    }

    pub fn cancel_booking(&self, plan_id: &str, exam: &str, ctx: &Ctx) -> Outcome<PlanView> {
        let mut plan = self.plan_record(plan_id)?;
        let e = Self::exam_mut(&mut plan, exam)?;
        e.booking = None;
        e.revision += 1;
        self.store().put_plan(&plan)?;
        self.one_plan_view(&plan, ctx)
    }

    /// Enters an exam's result. When it was the last required exam, the certification becomes a
    /// held one earned that day (R18), in the same write that ends the plan.
    pub fn record_exam_result(
        &self,
        plan_id: &str,
        input: &ResultInput,
        ctx: &Ctx,
    ) -> Outcome<ResultOutcome> {
        let Ctx { today, now, now_local, .. } = *ctx;
        let mut plan = self.plan_record(plan_id)?;
        let cert = self.plan_cert(&plan)?.clone();
        let policy = RetakePolicy::for_kind(cert.kind);
        let exam = Self::exam_mut(&mut plan, &input.exam)?;
        let booked = exam.booking.clone();
        let at = match (&booked, input.at.trim().is_empty()) {
            (Some(b), true) => b.at,
            _ => local_field("at", &input.at)?,
        };
        if at > now_local {
            return Err(Failure::invalid("at", Problem::ResultInFuture { value: at }));
        }
        let beta = booked.as_ref().map_or(input.beta, |b| b.beta);
        check_sitting(policy, &exam.attempts, at, beta).map_err(|p| Failure::invalid("at", p))?;
        exam.attempts.push(ExamAttempt { at, passed: input.passed, beta });
        exam.booking = None;

        let passes: Vec<Option<NaiveDate>> = plan
            .exams
            .iter()
            .map(|e| e.attempts.iter().filter(|a| a.passed).map(|a| a.at.date()).min())
            .collect();
        let Some(earned) = earned_on(&passes) else {
            self.store().put_plan(&plan)?;
            return Ok(ResultOutcome {
                plan: Some(self.one_plan_view(&plan, ctx)?),
                earned_holding: None,
                earned_on: None,
            });
        };
        let holding = HoldingRecord {
            id: self.store().new_id()?,
            certification: Some(cert.uid.clone()),
            custom_title: None,
            kind: cert.kind,
            earned_on: Some(earned),
            renewed_on: Vec::new(),
            failed_attempts: Vec::new(),
            muted: false,
            certification_number: None,
            microsoft_expires_on: None,
            learn_status: None,
        };
        let offsets = self.store().settings()?.reminder_offsets;
        evaluate(&holding.to_holding(self.catalog()), &offsets, today, now)
            .map_err(|fp| Failure::invalid("at", fp.problem))?;
        self.store().complete_plan(&plan.id, &holding)?;
        Ok(ResultOutcome { plan: None, earned_holding: Some(holding.id), earned_on: Some(earned) })
    }
}
