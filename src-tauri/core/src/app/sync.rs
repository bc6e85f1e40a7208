//! Keeping in step with Microsoft Learn by itself (opt-in, `Settings::sync`): the user's own
//! transcript link and each followed person's are read again once a day, and on demand, by
//! whichever Recert process is running. A renewal done on Learn then ends the reminders for it, a
//! new certification appears, and each link says when it was last read and what changed.
//!
//! The core decides what is due and applies what was read; the caller fetches, with the store
//! closed. What is applied follows the import's own rules: an item the preview would refuse is
//! left out, the rest goes in (`transcript_import`). Network trouble is quiet: retried with
//! back-off and shown as "last read N days ago"; a link Learn no longer shares (404) is reported
//! once.

use crate::ctx::Ctx;
use crate::error::{ErrorKind, Failure, Outcome};
use crate::learn_transcript;
use crate::locale::Locale;
use crate::message::Problem;
use crate::model::{LinkSync, ME};
use crate::service::Recert;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::Serialize;
use ts_rs::TS;

/// A link is read again this long after it was last read.
pub const EVERY: Duration = Duration::hours(24);

/// After `failures` failed reads in a row, the next try waits 1, 2, 4, 8, 16 hours, then a day.
pub fn retry_after(failures: u32) -> Duration {
    Duration::hours(1i64 << failures.saturating_sub(1).min(4)).min(EVERY)
}

/// A link to read now: whose (`me` or a person's id) and its share id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyncTarget {
    pub who: String,
    pub share_id: String,
}

/// One link as the Settings screen and the dashboard show it.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct LinkSyncView {
    /// `me`, or a person's id.
    pub who: String,
    /// The person's name; `None` for the user.
    pub name: Option<String>,
    pub last_read: Option<DateTime<Utc>>,
    /// Whole days since the last good read (0: today); `None` when never read.
    #[ts(type = "number | null")]
    pub days_since: Option<i64>,
    pub not_shared: bool,
    pub added: u32,
    pub updated: u32,
    pub changed_at: Option<DateTime<Utc>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SyncView {
    /// The user turned it on.
    pub on: bool,
    /// The user's own share link, if Recert has it (from an import by link).
    pub own_link: Option<String>,
    pub links: Vec<LinkSyncView>,
}

/// What one read did.
#[derive(Clone, Debug, PartialEq)]
pub enum SyncOutcome {
    /// Read and applied: how many added and updated.
    Applied { added: u32, updated: u32 },
    /// Learn no longer shares it: `first` when this is the first time (say it once).
    NotShared { first: bool },
    /// The network or Learn failed: quiet, retried later.
    Failed,
}

impl Recert {
    /// The links that are Recert's to read, with their share ids: the user's own and each
    /// followed person's. A link that no longer parses is skipped.
    fn links(&self) -> Outcome<Vec<(String, String, String)>> {
        let settings = self.store().settings()?;
        let mut out = Vec::new();
        if let Some(link) = settings.transcript_link {
            if let Ok(id) = learn_transcript::share_id(&link) {
                out.push((ME.to_owned(), link, id));
            }
        }
        for person in self.store().people()? {
            if let Some(link) = person.transcript_link {
                if let Ok(id) = learn_transcript::share_id(&link) {
                    out.push((person.id, link, id));
                }
            }
        }
        Ok(out)
    }

    /// When `state` (for `link`) is next due; `None`: now.
    fn next_read(state: Option<&LinkSync>, link: &str) -> Option<DateTime<Utc>> {
        let state = state.filter(|s| s.link == link)?;
        match (state.failures, state.last_try, state.last_read) {
            (0, _, Some(read)) => Some(read + EVERY),
            (n, Some(tried), _) if n > 0 => Some(tried + retry_after(n)),
            _ => None,
        }
    }

    /// The links to read at `now`: none unless the user turned syncing on; with `all` (the
    /// user's "Read now"), every link whatever its schedule.
    pub fn sync_due(&self, now: DateTime<Utc>, all: bool) -> Outcome<Vec<SyncTarget>> {
        if !all && !self.store().settings()?.sync {
            return Ok(Vec::new());
        }
        let states = self.store().link_syncs()?;
        Ok(self
            .links()?
            .into_iter()
            .filter(|(who, link, _)| {
                all || Self::next_read(states.get(who), link).is_none_or(|at| at <= now)
            })
            .map(|(who, _, share_id)| SyncTarget { who, share_id })
            .collect())
    }

    /// When the next link falls due (for the scheduler's sleep); `None` when syncing is off or
    /// there is no link.
    pub fn sync_next_due(&self, now: DateTime<Utc>) -> Outcome<Option<DateTime<Utc>>> {
        if !self.store().settings()?.sync {
            return Ok(None);
        }
        let states = self.store().link_syncs()?;
        Ok(self
            .links()?
            .iter()
            .map(|(who, link, _)| Self::next_read(states.get(who), link).unwrap_or(now))
            .min())
    }

    /// Applies what was read for `who` (the bytes of Learn's answer, or why there are none) and
    /// records the read. A transcript the import would refuse whole counts as a failed read; an
    /// item it would refuse is left out and the rest applied.
    pub fn sync_apply(
        &self,
        who: &str,
        fetched: Result<Vec<u8>, Failure>,
        ctx: &Ctx,
    ) -> Outcome<SyncOutcome> {
        let Ctx { now, .. } = *ctx;
        let Some((_, link, _)) = self.links()?.into_iter().find(|(w, _, _)| w == who) else {
            return Err(Failure::new(ErrorKind::NotFound, Problem::PersonNotFound));
        };
        let mut states = self.store().link_syncs()?;
        let mut state = states
            .remove(who)
            .filter(|s| s.link == link)
            .unwrap_or(LinkSync { link, ..LinkSync::default() });
        state.last_try = Some(now);
        let applied = fetched.and_then(|bytes| learn_transcript::parse(&bytes)).and_then(|t| {
            if who == ME {
                self.transcript_apply(&t, ctx, false)
            } else {
                self.person_transcript_apply(who, &t, ctx)
            }
        });
        let outcome = match applied {
            Ok(preview) => {
                state.last_read = Some(now);
                state.failures = 0;
                state.not_shared = false;
                if preview.added + preview.updated > 0 {
                    (state.added, state.updated, state.changed_at) =
                        (preview.added, preview.updated, Some(now));
                }
                SyncOutcome::Applied { added: preview.added, updated: preview.updated }
            }
            Err(f) if f.problem == Problem::TranscriptNotShared => {
                state.failures += 1;
                let first = !state.not_shared;
                state.not_shared = true;
                SyncOutcome::NotShared { first }
            }
            Err(f) if f.kind == ErrorKind::Storage || f.kind == ErrorKind::Conflict => {
                return Err(f)
            }
            Err(_) => {
                state.failures += 1;
                SyncOutcome::Failed
            }
        };
        self.store().put_link_sync(who, &state)?;
        Ok(outcome)
    }

    /// Each link, when it was last read and what it changed, for Settings and the dashboard.
    pub fn sync_view(&self, today: NaiveDate) -> Outcome<SyncView> {
        let settings = self.store().settings()?;
        let states = self.store().link_syncs()?;
        let people = self.store().people()?;
        let links = self
            .links()?
            .into_iter()
            .map(|(who, link, _)| {
                let state =
                    states.get(&who).filter(|s| s.link == link).cloned().unwrap_or_default();
                let name = people.iter().find(|p| p.id == who).map(|p| p.name.clone());
                LinkSyncView {
                    name,
                    last_read: state.last_read,
                    days_since: state
                        .last_read
                        .map(|r| crate::date::days_between(r.date_naive(), today).max(0)),
                    not_shared: state.not_shared,
                    added: state.added,
                    updated: state.updated,
                    changed_at: state.changed_at,
                    who,
                }
            })
            .collect();
        Ok(SyncView { on: settings.sync, own_link: settings.transcript_link, links })
    }

    /// The one notice that a link is no longer shared (`SyncOutcome::NotShared { first: true }`):
    /// whose, in the user's language; a click opens that person (or the dashboard).
    pub fn not_shared_notice(&self, who: &str, locale: Locale) -> Outcome<crate::alerts::Notice> {
        let person = if who == ME { None } else { self.store().person(who)? };
        let name = person
            .as_ref()
            .map_or_else(|| self.catalogs.text(locale, "team-me", &[]), |p| p.name.clone());
        let c = &self.catalogs;
        Ok(crate::alerts::Notice {
            summary: c.text(locale, "sync-title", &[]),
            body: c.text(
                locale,
                "sync-not-shared-notice",
                &[("who", crate::message::Arg::text(name))],
            ),
            action_label: c.text(locale, "notify-action-open", &[]),
            focus: person.map(|p| crate::alerts::Focus::Person(p.id)),
        })
    }

    /// Turns syncing on or off.
    pub fn set_sync(&self, on: bool) -> Outcome<()> {
        let settings = self.store().settings()?;
        self.store().put_settings(&crate::model::Settings { sync: on, ..settings })?;
        Ok(())
    }

    /// Keeps the user's own share link (after an import by link, or typed in Settings); empty
    /// forgets it.
    pub fn set_own_link(&self, link: &str) -> Outcome<()> {
        let transcript_link = crate::validate::link_field("transcript_link", link)?;
        let settings = self.store().settings()?;
        if settings.transcript_link != transcript_link {
            self.store().put_settings(&crate::model::Settings { transcript_link, ..settings })?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::date::parse_date(s).expect("date")
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).expect("instant").with_timezone(&Utc)
    }

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(format!(
            "{}/../../tests/integration/fixtures/transcripts/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("fixture")
    }

    const LINK: &str =
        "https://learn.microsoft.com/en-us/users/ana-lima/transcript/d8yjji2ozk7y3jp";

    #[test]
    fn nothing_is_read_until_the_user_turns_it_on_then_daily_with_back_off() {
        let dir = tempfile::tempdir().expect("dir");
        let r = Recert::open(dir.path()).expect("open");
        let t0 = at("2026-12-06T09:00:00Z");
        r.set_own_link(LINK).expect("link");
        assert!(r.sync_due(t0, false).expect("due").is_empty(), "off until the user says so");
        assert_eq!(r.sync_next_due(t0).expect("next"), None);
        assert_eq!(r.sync_due(t0, true).expect("on demand").len(), 1, "Read now works while off");
        r.set_sync(true).expect("on");
        let due = r.sync_due(t0, false).expect("due");
        assert_eq!(due, [SyncTarget { who: ME.into(), share_id: "d8yjji2ozk7y3jp".into() }]);

        let out = r
            .sync_apply(
                ME,
                Ok(fixture("complete.json")),
                &Ctx::new(d("2026-12-06"), t0, Locale::En),
            )
            .expect("applied");
        assert_eq!(out, SyncOutcome::Applied { added: 5, updated: 0 });
        assert!(
            r.sync_due(t0 + Duration::hours(23), false).expect("due").is_empty(),
            "read again after a day"
        );
        assert_eq!(r.sync_due(t0 + EVERY, false).expect("due").len(), 1);

        // A failing network: quiet, retried after 1, 2, 4 hours.
        let t1 = t0 + EVERY;
        let down = || {
            Err(Failure::new(
                ErrorKind::Network,
                Problem::LearnUnreachable { detail: "down".into() },
            ))
        };
        assert_eq!(
            r.sync_apply(ME, down(), &Ctx::new(d("2026-12-07"), t1, Locale::En)).expect("recorded"),
            SyncOutcome::Failed
        );
        assert!(r.sync_due(t1 + Duration::minutes(59), false).expect("due").is_empty());
        assert_eq!(r.sync_due(t1 + Duration::hours(1), false).expect("due").len(), 1);
        r.sync_apply(ME, down(), &Ctx::new(d("2026-12-07"), t1 + Duration::hours(1), Locale::En))
            .expect("recorded");
        assert!(
            r.sync_due(t1 + Duration::hours(2), false).expect("due").is_empty(),
            "then two hours"
        );
        let view = r.sync_view(d("2026-12-09")).expect("view");
        assert_eq!(
            (view.links[0].days_since, view.links[0].added),
            (Some(3), 5),
            "last read three days ago, and what it brought"
        );
    }

    #[test]
    fn a_renewal_on_learn_ends_the_reminders_and_a_stopped_share_is_said_once() {
        let dir = tempfile::tempdir().expect("dir");
        let r = Recert::open(dir.path()).expect("open");
        r.set_own_link(LINK).expect("link");
        r.set_sync(true).expect("on");
        let answer = |expiration: &str| {
            serde_json::json!({ "certificationData": { "activeCertifications": [
                { "name": "Microsoft Certified: Azure Administrator Associate", "status": "Active", "dateEarned": "2026-01-10T10:00:00+00:00", "expiration": expiration }
            ] } })
            .to_string()
            .into_bytes()
        };
        let today = d("2026-12-06");
        r.sync_apply(
            ME,
            Ok(answer("2027-01-10T23:59:59+00:00")),
            &Ctx::new(today, at("2026-12-06T09:00:00Z"), Locale::En),
        )
        .expect("read");
        let due = |r: &Recert| {
            r.dashboard(&Ctx::new(today, at("2026-12-06T10:00:00Z"), Locale::En))
                .expect("dashboard")
                .holdings[0]
                .reminders
                .clone()
        };
        assert!(!due(&r).is_empty(), "renewal open: reminders");
        // Renewed on Learn: Microsoft's expiry moves a year; the next read ends the reminders of
        // this cycle.
        let out = r
            .sync_apply(
                ME,
                Ok(answer("2028-01-10T23:59:59+00:00")),
                &Ctx::new(today, at("2026-12-07T09:00:00Z"), Locale::En),
            )
            .expect("read");
        assert_eq!(out, SyncOutcome::Applied { added: 0, updated: 1 });
        let view = r
            .dashboard(&Ctx::new(today, at("2026-12-07T10:00:00Z"), Locale::En))
            .expect("dashboard");
        assert_eq!(view.holdings[0].expires_on, Some(d("2028-01-10")));
        assert!(
            view.holdings[0].reminders.iter().all(|&day| day >= d("2027-07-14")),
            "nothing before the next window"
        );

        let gone = || Err(Failure::new(ErrorKind::Network, Problem::TranscriptNotShared));
        assert_eq!(
            r.sync_apply(ME, gone(), &Ctx::new(today, at("2026-12-08T09:00:00Z"), Locale::En))
                .expect("read"),
            SyncOutcome::NotShared { first: true }
        );
        assert_eq!(
            r.sync_apply(ME, gone(), &Ctx::new(today, at("2026-12-09T09:00:00Z"), Locale::En))
                .expect("read"),
            SyncOutcome::NotShared { first: false }
        );
        assert!(r.sync_view(today).expect("view").links[0].not_shared);
    }

    #[test]
    fn each_followed_person_is_read_into_their_record() {
        let dir = tempfile::tempdir().expect("dir");
        let r = Recert::open(dir.path()).expect("open");
        r.set_sync(true).expect("on");
        let ana = r.add_person("Ana").expect("Ana").id;
        let bo = r.add_person("Bo").expect("Bo").id;
        r.set_person_link(&ana, LINK).expect("link");
        r.set_person_link(&bo, "https://learn.microsoft.com/users/bo/transcript/bobobo")
            .expect("link");
        let now = at("2026-12-06T09:00:00Z");
        let due: Vec<String> =
            r.sync_due(now, false).expect("due").into_iter().map(|t| t.who).collect();
        assert_eq!(due, [ana.clone(), bo.clone()]);
        r.sync_apply(
            &ana,
            Ok(fixture("complete.json")),
            &Ctx::new(d("2026-12-06"), now, Locale::En),
        )
        .expect("read");
        assert_eq!(r.store().person(&ana).expect("read").expect("Ana").holdings.len(), 5);
        assert!(r.store().holdings().expect("mine").is_empty(), "nothing of theirs is the user's");
        let bytes = b"{not json".to_vec();
        assert_eq!(
            r.sync_apply(&bo, Ok(bytes), &Ctx::new(d("2026-12-06"), now, Locale::En))
                .expect("recorded"),
            SyncOutcome::Failed
        );
        assert!(r.store().person(&bo).expect("read").expect("Bo").holdings.is_empty());
    }
}
