//! What Recert tells the user outside its window: the notification due now and the tray's
//! entries, computed from the store and the engine. The shell's scheduler and tray only show them.

use crate::ctx::Ctx;
use crate::engine::{evaluate, Status};
use crate::error::{AppError, Failure, Outcome};
use crate::locale::Locale;
use crate::message::{Arg, Problem};
use crate::model::Settings;
use crate::reminders::{cycle_reminders, due, next_due, parse_time_of_day, Reminder, ReminderKind};
use crate::service::Recert;
use crate::views;
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

/// How many certifications one notification about several names before "and N more": a
/// notification is read at a glance, and a catch-up after months off can cover hundreds.
const NOTICE_LINES: usize = 5;

/// Tray menus show at most this many certifications.
pub const TRAY_ITEMS: usize = 5;
/// "Pause reminders for a day".
pub use crate::model::PAUSE_HOURS;

/// What a notification, a tray entry or a second launch asks the window to show: one certification
/// the user holds, or one they are working on. Tagged, so nothing depends on how ids look.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize, TS)]
#[serde(tag = "kind", content = "id", rename_all = "kebab-case")]
#[ts(export)]
pub enum Focus {
    Holding(String),
    Plan(String),
    /// Someone else the user follows (a reminder about their renewal): the team screen opens on
    /// them.
    Person(String),
}

impl Focus {
    /// The tray menu item id for it (`holding:h1a`, `plan:p2b`), and back.
    pub fn menu_id(&self) -> String {
        match self {
            Focus::Holding(id) => format!("holding:{id}"),
            Focus::Plan(id) => format!("plan:{id}"),
            Focus::Person(id) => format!("person:{id}"),
        }
    }

    pub fn from_menu_id(text: &str) -> Option<Focus> {
        match text.split_once(':')? {
            ("holding", id) => Some(Focus::Holding(id.to_owned())),
            ("plan", id) => Some(Focus::Plan(id.to_owned())),
            ("person", id) => Some(Focus::Person(id.to_owned())),
            _ => None,
        }
    }

    /// The certification to bring into the dashboard's page, if it is one the user holds.
    pub fn holding(&self) -> Option<&str> {
        match self {
            Focus::Holding(id) => Some(id),
            Focus::Plan(_) | Focus::Person(_) => None,
        }
    }
}

/// One native notification: already in the user's language.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Notice {
    pub summary: String,
    pub body: String,
    /// The label of the default action (opens Recert on `focus`).
    pub action_label: String,
    /// What the notification is about; `None` when it covers several (the dashboard opens).
    pub focus: Option<Focus>,
}

pub struct ReminderPlan {
    /// The notification to show now, if any.
    pub notice: Option<Notice>,
    /// Every reminder the notice covers (and stale ones): record them before showing it.
    pub covered_keys: Vec<String>,
    /// When the next reminder falls due (local wall-clock time), or when a pause ends.
    pub next_due: Option<NaiveDateTime>,
    pub paused_until: Option<DateTime<Utc>>,
}

/// What one reminder pass leaves for the shell.
#[derive(Debug)]
pub struct Pass {
    /// The notification to show now, already recorded as delivered.
    pub notice: Option<Notice>,
    /// A notification was due but could not be shown: nothing was recorded; try again soon.
    pub held: bool,
    /// When the next reminder falls due (local wall-clock time).
    pub next_due: Option<NaiveDateTime>,
    pub paused_until: Option<DateTime<Utc>>,
    /// The day's backup could not be written (the pass went on: reminders matter more), in the
    /// user's language for the log.
    pub backup_failure: Option<AppError>,
    /// The delivery keys recorded for `notice` (for `unrecord_deliveries` if it is withdrawn).
    pub covered_keys: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct TrayEntry {
    pub focus: Focus,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct TrayModel {
    /// Some certification can be renewed now: the tray shows its attention icon.
    pub needs_action: bool,
    pub items: Vec<TrayEntry>,
    pub paused: bool,
    pub open_label: String,
    pub pause_label: String,
    pub quit_label: String,
}

struct BookedExam {
    plan_id: String,
    exam: String,
    code: String,
    title: String,
    at: NaiveDateTime,
}

struct Current {
    /// The reminder key's first part: the holding id, or `<person>/<holding>` for someone else's.
    id: String,
    /// What a click opens.
    focus: Focus,
    /// Someone else's certifications say whose they are ("Ana: …").
    title: String,
    status: Status,
    can_renew_now: bool,
    needs_connection: bool,
    expires_on: Option<NaiveDate>,
    reminders: Vec<Reminder>,
}

impl Recert {
    /// Every unmuted holding that evaluates, with its current cycle's reminders: the user's own,
    /// then those of the people the user asked to be reminded about. Only what the notices and the
    /// tray read: no reasons are formatted (this runs on every reminder pass).
    fn current(&self, settings: &Settings, ctx: &Ctx) -> Outcome<Vec<Current>> {
        let Ctx { today, now, locale, .. } = *ctx;
        let connected = self.store().profiles()?.connected_on.is_some();
        let mut out = Vec::new();
        for person in self.everyone(locale)?.into_iter().filter(|p| p.remind) {
            let mine = person.id == crate::people::ME;
            for record in person.holdings.into_iter().filter(|r| !r.muted) {
                // A record the engine refuses shows on the dashboard; it cannot be reminded of.
                let Ok(ev) = evaluate(
                    &record.to_holding(self.catalog()),
                    &settings.reminder_offsets,
                    today,
                    now,
                ) else {
                    continue;
                };
                let (title, _) = views::title_of(&record, self.catalog(), locale);
                let (id, focus, title, needs_connection) = if mine {
                    (
                        record.id.clone(),
                        Focus::Holding(record.id.clone()),
                        title,
                        views::needs_connection(ev.can_renew_now, connected),
                    )
                } else {
                    // Someone else's renewal is done with their profiles, not the user's.
                    (
                        format!("{}/{}", person.id, record.id),
                        Focus::Person(person.id.clone()),
                        self.catalogs.text(
                            locale,
                            "team-whose",
                            &[
                                ("person", Arg::text(person.name.clone())),
                                ("title", Arg::text(title)),
                            ],
                        ),
                        false,
                    )
                };
                out.push(Current {
                    reminders: cycle_reminders(&id, &ev),
                    title,
                    status: ev.status,
                    can_renew_now: ev.can_renew_now,
                    needs_connection,
                    expires_on: ev.expires_on,
                    id,
                    focus,
                });
            }
        }
        Ok(out)
    }

    /// What the scheduler should do at `now` (`now_local` is the same moment on the user's
    /// wall clock; `today` is its date).
    pub fn reminder_plan(&self, ctx: &Ctx) -> Outcome<ReminderPlan> {
        let Ctx { now, now_local, locale, .. } = *ctx;
        let settings = self.settings()?;
        let time_of_day = parse_time_of_day(&settings.reminder_time).ok_or_else(|| {
            Failure::invalid(
                "reminder_time",
                Problem::NotATime { value: settings.reminder_time.clone() },
            )
        })?;
        let paused_until = settings.paused_until.filter(|&until| until > now);
        let current = self.current(&settings, ctx)?;
        let exams = self.booked_exams(locale)?;
        let mut all: Vec<Reminder> =
            current.iter().flat_map(|c| c.reminders.iter().cloned()).collect();
        all.extend(exams.iter().flat_map(|e| {
            crate::reminders::exam_reminders(&e.plan_id, &e.exam, e.at, time_of_day)
        }));
        let delivered = self.store().delivered()?;
        if paused_until.is_some() {
            return Ok(ReminderPlan {
                notice: None,
                covered_keys: Vec::new(),
                next_due: next_due(&all, &delivered, now_local, time_of_day),
                paused_until,
            });
        }
        let d = due(&all, &delivered, now_local, time_of_day);
        let notice = self.notice(&d.show, &current, &exams, ctx);
        let mut after = delivered;
        after.extend(d.covered_keys.iter().cloned());
        Ok(ReminderPlan {
            notice,
            covered_keys: d.covered_keys,
            next_due: next_due(&all, &after, now_local, time_of_day),
            paused_until: None,
        })
    }

    /// One pass of the reminder loop, for both processes that run it (the app, and the Linux
    /// tray process): the day's backup, then what is due, recorded as delivered before the notice
    /// is handed back to be shown (durable first: a pass that cannot record shows nothing and is
    /// tried again). With `can_show` false (no notification service answers and no window could
    /// hold a banner) nothing is recorded: the reminder stays due until it can be shown.
    pub fn reminder_pass(&self, ctx: &Ctx, can_show: bool) -> Outcome<Pass> {
        let Ctx { now, locale, .. } = *ctx;
        // The day's backup first: cheap when it exists, and it protects what the user entered.
        let backup_failure =
            self.daily_backup(ctx).err().map(|f| f.translate(&self.catalogs, locale));
        let plan = self.reminder_plan(ctx)?;
        let held = plan.notice.is_some() && !can_show;
        let notice = if held {
            None
        } else {
            if !plan.covered_keys.is_empty() {
                self.record_deliveries(&plan.covered_keys, now)?;
            }
            plan.notice
        };
        let covered_keys = if held { Vec::new() } else { plan.covered_keys };
        Ok(Pass {
            notice,
            held,
            next_due: plan.next_due,
            paused_until: plan.paused_until,
            backup_failure,
            covered_keys,
        })
    }

    pub fn record_deliveries(&self, keys: &[String], now: DateTime<Utc>) -> Outcome<()> {
        Ok(self.store().record_deliveries(keys, now)?)
    }

    /// Takes back deliveries recorded for a notification that was withdrawn unseen (a hand-over
    /// between Recert's processes): the next pass shows those reminders again.
    pub fn unrecord_deliveries(&self, keys: &[String]) -> Outcome<()> {
        Ok(self.store().unrecord_deliveries(keys)?)
    }

    /// Every booked exam of every plan, with what its notification names.
    fn booked_exams(&self, locale: Locale) -> Outcome<Vec<BookedExam>> {
        let mut out = Vec::new();
        for plan in self.store().plans()? {
            let title = self
                .catalog()
                .certification(&plan.certification)
                .map_or_else(|| plan.certification.clone(), |c| views::localized_title(c, locale));
            for e in &plan.exams {
                let Some(b) = &e.booking else { continue };
                let code = self
                    .catalog()
                    .exam(&e.exam)
                    .map_or_else(|| e.exam.clone(), crate::plans::exam_code);
                out.push(BookedExam {
                    plan_id: plan.id.clone(),
                    exam: e.exam.clone(),
                    code,
                    title: title.clone(),
                    at: b.at,
                });
            }
        }
        Ok(out)
    }

    fn notice(
        &self,
        show: &[Reminder],
        current: &[Current],
        exams: &[BookedExam],
        ctx: &Ctx,
    ) -> Option<Notice> {
        let Ctx { today, locale, .. } = *ctx;
        let c = &self.catalogs;
        let about = |r: &Reminder| current.iter().find(|h| h.id == r.holding_id);
        let exam_of = |r: &Reminder| {
            exams.iter().find(|e| e.plan_id == r.holding_id && Some(&e.exam) == r.exam.as_ref())
        };
        let exam_args = |e: &BookedExam| {
            [
                ("code", Arg::text(e.code.clone())),
                ("title", Arg::text(e.title.clone())),
                ("at", Arg::Local(e.at)),
            ]
        };
        let action_label = c.text(locale, "notify-action-open", &[]);
        match show {
            [] => None,
            [r] if r.exam.is_some() => {
                let e = exam_of(r)?;
                let args = exam_args(e);
                let (summary_id, body_id) = if r.kind == ReminderKind::ExamTomorrow {
                    ("notify-exam-tomorrow-summary", "notify-exam-body")
                } else {
                    ("notify-exam-today-summary", "notify-exam-body")
                };
                Some(Notice {
                    summary: c.text(locale, summary_id, &args),
                    body: c.text(locale, body_id, &args),
                    action_label,
                    focus: Some(Focus::Plan(e.plan_id.clone())),
                })
            }
            [r] => {
                let h = about(r)?;
                let days = crate::date::days_between(today, r.expires_on);
                let args = [
                    ("title", Arg::text(h.title.clone())),
                    ("deadline", Arg::Date(r.expires_on)),
                    ("days", Arg::Number(days)),
                ];
                let (summary_id, body_id) = match r.kind {
                    ReminderKind::WindowOpens => {
                        ("notify-window-opens-summary", "notify-window-opens-body")
                    }
                    ReminderKind::BeforeExpiry => {
                        ("notify-before-expiry-summary", "notify-before-expiry-body")
                    }
                    ReminderKind::Expired
                    | ReminderKind::ExamTomorrow
                    | ReminderKind::ExamToday => ("notify-expired-summary", "notify-expired-body"),
                };
                let mut body = c.text(locale, body_id, &args);
                if h.needs_connection && r.kind != ReminderKind::Expired {
                    body.push('\n');
                    body.push_str(&c.text(locale, "reason-connect-profiles", &[]));
                }
                Some(Notice {
                    summary: c.text(locale, summary_id, &args),
                    body,
                    action_label,
                    focus: Some(h.focus.clone()),
                })
            }
            several => {
                let lines: Vec<String> = several
                    .iter()
                    .filter_map(|r| {
                        if r.exam.is_some() {
                            return Some(c.text(
                                locale,
                                "notify-line-exam",
                                &exam_args(exam_of(r)?),
                            ));
                        }
                        let h = about(r)?;
                        let args = [
                            ("title", Arg::text(h.title.clone())),
                            ("deadline", Arg::Date(r.expires_on)),
                        ];
                        let id = if r.kind == ReminderKind::Expired {
                            "notify-line-expired"
                        } else {
                            "notify-line-renew"
                        };
                        Some(c.text(locale, id, &args))
                    })
                    .collect();
                let total = lines.len();
                let mut body = lines;
                body.truncate(NOTICE_LINES);
                if total > NOTICE_LINES {
                    body.push(c.text(
                        locale,
                        "notify-line-more",
                        &[("count", Arg::Number((total - NOTICE_LINES) as i64))],
                    ));
                }
                Some(Notice {
                    summary: c.text(
                        locale,
                        "notify-several-summary",
                        &[("count", Arg::Number(total as i64))],
                    ),
                    body: body.join("\n"),
                    action_label,
                    focus: None,
                })
            }
        }
    }

    /// The tray: up to five certifications to act on (open windows first, soonest expiry first),
    /// then upcoming reminders, the user's own before other people's; and whether anything of the
    /// user's own needs action now.
    pub fn tray_model(&self, ctx: &Ctx) -> Outcome<TrayModel> {
        let Ctx { today, now, locale, .. } = *ctx;
        let c = &self.catalogs;
        let settings = self.settings()?;
        let current = self.current(&settings, ctx)?;
        let (mine, others): (Vec<&Current>, Vec<&Current>) =
            current.iter().partition(|h| matches!(h.focus, Focus::Holding(_)));
        let mut items = Vec::new();
        for group in [mine.as_slice(), others.as_slice()] {
            let mut open: Vec<&&Current> =
                group.iter().filter(|h| h.status == Status::RenewalOpen).collect();
            open.sort_by_key(|h| h.expires_on);
            let mut upcoming: Vec<(NaiveDate, &&Current)> = group
                .iter()
                .filter(|h| h.status == Status::Active)
                .filter_map(|h| {
                    h.reminders.iter().map(|r| r.date).filter(|&d| d >= today).min().map(|d| (d, h))
                })
                .collect();
            upcoming.sort_by_key(|(d, _)| *d);
            for h in open {
                let deadline = h.expires_on.map_or(Arg::text(""), Arg::Date);
                items.push(TrayEntry {
                    focus: h.focus.clone(),
                    label: c.text(
                        locale,
                        "tray-item-open",
                        &[("title", Arg::text(h.title.clone())), ("deadline", deadline)],
                    ),
                });
            }
            for (date, h) in upcoming {
                items.push(TrayEntry {
                    focus: h.focus.clone(),
                    label: c.text(
                        locale,
                        "tray-item-upcoming",
                        &[("title", Arg::text(h.title.clone())), ("date", Arg::Date(date))],
                    ),
                });
            }
        }
        items.truncate(TRAY_ITEMS);
        let paused = settings.paused_until.is_some_and(|until| until > now);
        Ok(TrayModel {
            needs_action: mine.iter().any(|h| h.can_renew_now),
            items,
            paused,
            open_label: c.text(locale, "tray-open", &[]),
            pause_label: c.text(locale, if paused { "tray-resume" } else { "tray-pause" }, &[]),
            quit_label: c.text(locale, "tray-quit", &[]),
        })
    }

    /// The tray while the store cannot be read (busy, damaged, or not yet read): only "Open",
    /// "Pause" and "Quit", in the user's language.
    pub fn basic_tray(catalogs: &crate::Catalogs, locale: Locale) -> TrayModel {
        TrayModel {
            needs_action: false,
            items: Vec::new(),
            paused: false,
            open_label: catalogs.text(locale, "tray-open", &[]),
            pause_label: catalogs.text(locale, "tray-pause", &[]),
            quit_label: catalogs.text(locale, "tray-quit", &[]),
        }
    }

    /// The tray's "Pause reminders for a day" / "Resume reminders": the one it shows at `now`.
    pub fn toggle_pause(&self, now: DateTime<Utc>) -> Outcome<()> {
        let paused = self.settings()?.paused_until.is_some_and(|until| until > now);
        self.set_paused(!paused, now)
    }

    /// Pauses reminders for a day, or resumes them.
    pub fn set_paused(&self, paused: bool, now: DateTime<Utc>) -> Outcome<()> {
        let mut s = self.settings()?;
        s.paused_until = paused.then(|| now + Duration::hours(PAUSE_HOURS));
        Ok(self.store().put_settings(&s)?)
    }

    pub fn set_muted(&self, id: &str, muted: bool) -> Outcome<()> {
        let mut record = self.store().holding(id)?.ok_or_else(|| {
            Failure::new(crate::error::ErrorKind::NotFound, Problem::HoldingNotFound)
        })?;
        record.muted = muted;
        Ok(self.store().put_holding(&record)?)
    }

    /// The one-time notice that Recert keeps running in the tray after its window is closed, marked
    /// as shown; `None` once it has been.
    pub fn take_close_hint(&self, locale: Locale) -> Outcome<Option<Notice>> {
        let mut s = self.settings()?;
        if s.close_hint_shown {
            return Ok(None);
        }
        s.close_hint_shown = true;
        self.store().put_settings(&s)?;
        let text = |id: &str| self.catalogs.text(locale, id, &[]);
        Ok(Some(Notice {
            summary: text("notify-close-hint-summary"),
            body: text("notify-close-hint-body"),
            action_label: text("notify-action-open"),
            focus: None,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::Focus;

    #[test]
    fn focus_says_what_it_is_whatever_the_id_looks_like() {
        // An imported holding may be called "p1": it is still a holding, not a plan.
        for focus in
            [Focus::Holding("p1".into()), Focus::Plan("p1".into()), Focus::Holding("h:1".into())]
        {
            assert_eq!(Focus::from_menu_id(&focus.menu_id()), Some(focus.clone()));
        }
        assert_eq!(Focus::Holding("p1".into()).holding(), Some("p1"));
        assert_eq!(Focus::Plan("p1".into()).holding(), None);
        assert_eq!(Focus::from_menu_id("p1"), None);
        assert_eq!(
            serde_json::to_value(Focus::Plan("p7".into())).expect("json"),
            serde_json::json!({ "kind": "plan", "id": "p7" })
        );
    }
}
