//! The timeline: each certification's validity periods, renewal windows, renewals and upcoming
//! exams as date spans and marks. The UI draws it (SVG); every date comes from the engine.

use crate::ctx::Ctx;
use crate::engine::{evaluate, Status};
use crate::error::Outcome;
use crate::exams::ExamState;
use crate::message::Reason;
use crate::service::Recert;
use crate::views;
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use serde::Serialize;
use ts_rs::TS;

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Span {
    pub from: NaiveDate,
    /// Exclusive: a validity period ends the day its expiry date begins (R3).
    pub to: NaiveDate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum MarkKind {
    Earned,
    Renewed,
    ExamBooked,
    ExamPassed,
    ExamFailed,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Mark {
    pub kind: MarkKind,
    pub on: NaiveDate,
    /// Exams: the local time and the exam code.
    #[ts(type = "string | null")]
    pub at: Option<NaiveDateTime>,
    pub code: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct TimelineRow {
    /// A holding id, or a plan id for a certification being earned.
    pub id: String,
    pub title: String,
    /// `None` for a plan.
    pub status: Option<Status>,
    pub periods: Vec<Span>,
    /// A credential that never expires: its one period runs past the end of the picture.
    pub open_ended: bool,
    pub windows: Vec<Span>,
    pub marks: Vec<Mark>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Timeline {
    pub today: NaiveDate,
    /// The picture's range: whole years around everything shown and today.
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub rows: Vec<TimelineRow>,
}

fn jan_first(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN)
}

impl Recert {
    pub fn timeline(&self, ctx: &Ctx) -> Outcome<Timeline> {
        let Ctx { today, now, locale, .. } = *ctx;
        let offsets = self.store().settings()?.reminder_offsets;
        let mut rows = Vec::new();
        for record in self.store().holdings()? {
            let Ok(ev) = evaluate(&record.to_holding(self.catalog()), &offsets, today, now) else {
                continue;
            };
            let Some(earned) = record.earned_on else { continue };
            let (title, _) = views::title_of(&record, self.catalog(), locale);
            let mut row = TimelineRow {
                id: record.id.clone(),
                title,
                status: Some(ev.status),
                periods: Vec::new(),
                open_ended: false,
                windows: Vec::new(),
                marks: Vec::new(),
            };
            row.marks.push(Mark { kind: MarkKind::Earned, on: earned, at: None, code: None });
            if ev.status == Status::NoExpiry {
                row.open_ended = true;
                row.periods.push(Span { from: earned, to: earned });
            }
            // The engine's reasons carry each cycle: first validity, then each renewal's extension.
            let mut start = earned;
            for reason in &ev.reasons {
                match *reason {
                    Reason::ValidOneYear { expires, .. }
                    | Reason::ValidTwoYears { expires, .. } => {
                        row.periods.push(Span { from: start, to: expires });
                        start = expires;
                    }
                    Reason::Renewed { on, from, to } => {
                        row.marks.push(Mark { kind: MarkKind::Renewed, on, at: None, code: None });
                        row.windows.push(Span {
                            from: from - chrono::Days::new(crate::engine::WINDOW_DAYS.into()),
                            to: from,
                        });
                        row.periods.push(Span { from: start, to });
                        start = to;
                    }
                    _ => {}
                }
            }
            if let (Some(opens), Some(expires)) = (ev.window_opens_on, ev.expires_on) {
                row.windows.push(Span { from: opens, to: expires });
            }
            rows.push(row);
        }
        rows.sort_by(|a, b| {
            a.periods
                .first()
                .map(|p| p.from)
                .cmp(&b.periods.first().map(|p| p.from))
                .then_with(|| a.title.cmp(&b.title))
        });
        for plan in self.plans_view(ctx)? {
            let mut marks = Vec::new();
            for e in &plan.exams {
                let code = Some(e.code.clone());
                match &e.state {
                    ExamState::Scheduled { at, .. } => marks.push(Mark {
                        kind: MarkKind::ExamBooked,
                        on: at.date(),
                        at: Some(*at),
                        code,
                    }),
                    ExamState::ResultPending { taken_at, .. } => marks.push(Mark {
                        kind: MarkKind::ExamBooked,
                        on: taken_at.date(),
                        at: Some(*taken_at),
                        code,
                    }),
                    ExamState::Passed { on } => {
                        marks.push(Mark { kind: MarkKind::ExamPassed, on: *on, at: None, code })
                    }
                    ExamState::Failed { on, .. } => {
                        marks.push(Mark { kind: MarkKind::ExamFailed, on: *on, at: None, code })
                    }
                    ExamState::Planned => {}
                }
            }
            rows.push(TimelineRow {
                id: plan.id,
                title: plan.title,
                status: None,
                periods: Vec::new(),
                open_ended: false,
                windows: Vec::new(),
                marks,
            });
        }
        let dates = rows.iter().flat_map(|r| {
            r.periods
                .iter()
                .flat_map(|p| [p.from, p.to])
                .chain(r.windows.iter().flat_map(|w| [w.from, w.to]))
                .chain(r.marks.iter().map(|m| m.on))
        });
        let (mut lo, mut hi) = (today, today);
        for d in dates {
            lo = lo.min(d);
            hi = hi.max(d);
        }
        // Whole years, at least one behind and one ahead of today, so today never sits on an edge.
        let from = jan_first(lo.year().min(today.year() - 1));
        let to = jan_first(hi.year().max(today.year() + 1) + 1);
        Ok(Timeline { today, from, to, rows })
    }
}
