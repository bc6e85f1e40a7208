//! Several people (a team lead's view, seed 002): "Me" is the rest of the store, as it always was;
//! everyone else is one `PersonRecord` holding their certifications and plans. The team dashboard
//! sorts everyone's certifications into the buckets a lead acts on: renewal open now, expiring
//! within 30 / 60 / 90 days, expired in the last 90 days, and working on.

use crate::browse::{product_label, Facet};
use crate::ctx::Ctx;
use crate::date::days_between;
use crate::engine::{evaluate, Status};
use crate::error::{ErrorKind, Failure, Outcome};
use crate::locale::Locale;
use crate::message::Problem;
use crate::model::PersonRecord;
use crate::service::{HoldingInput, Recert};
use crate::validate::text_field;
use crate::views::{self, HoldingView};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

pub use crate::model::ME;

/// How far back "expired recently" looks, and how far ahead the last "expires within" goes.
const RECENT_DAYS: i64 = 90;

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PersonView {
    /// `me` for the user.
    pub id: String,
    /// The user's own entry is named in the user's language ("Me").
    pub name: String,
    pub remind: bool,
    /// Their shared Learn transcript link, if given.
    pub transcript_link: Option<String>,
    pub holdings: u32,
    pub plans: u32,
}

/// One person's certifications, as the dashboard shows the user's.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PersonPage {
    pub person: PersonView,
    /// Most urgent first, like the dashboard.
    pub holdings: Vec<HoldingView>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum TeamBucketId {
    RenewalOpen,
    #[serde(rename = "within-30")]
    Within30,
    #[serde(rename = "within-60")]
    Within60,
    #[serde(rename = "within-90")]
    Within90,
    ExpiredRecently,
    WorkingOn,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct TeamEntry {
    pub person_id: String,
    pub person: String,
    /// The holding's or the plan's id.
    pub id: String,
    pub title: String,
    pub status: Option<Status>,
    pub expires_on: Option<NaiveDate>,
    /// Days from today to the expiry (negative once expired).
    #[ts(type = "number | null")]
    pub days_left: Option<i64>,
    /// A plan: the day it was started.
    pub started_on: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct TeamBucket {
    pub id: TeamBucketId,
    /// How many entries the bucket has in all (`entries` may list fewer).
    pub total: u32,
    pub entries: Vec<TeamEntry>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, TS)]
#[ts(export)]
pub struct TeamFilter {
    /// A person's id, or `me`.
    #[serde(default)]
    pub person: Option<String>,
    /// Part of a certification's title or exam code.
    #[serde(default)]
    pub query: String,
    /// A catalog product (`azure`).
    #[serde(default)]
    pub product: Option<String>,
    /// The bucket listed in full ("Show all"); the others list their first entries.
    #[serde(default)]
    pub expanded: Option<TeamBucketId>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct TeamDashboard {
    pub today: NaiveDate,
    /// The user first, then everyone else by name.
    pub people: Vec<PersonView>,
    /// Products of the certifications everyone holds or works on, with how many.
    pub products: Vec<Facet>,
    /// Always all six, in order, each possibly empty.
    pub buckets: Vec<TeamBucket>,
}

const ALL_BUCKETS: [TeamBucketId; 6] = [
    TeamBucketId::RenewalOpen,
    TeamBucketId::Within30,
    TeamBucketId::Within60,
    TeamBucketId::Within90,
    TeamBucketId::ExpiredRecently,
    TeamBucketId::WorkingOn,
];

/// One certification or plan of the team, evaluated, with what the filters look at.
struct TeamRow {
    entry: TeamEntry,
    /// The catalog products of its certification.
    products: Vec<String>,
    /// Its title and exam codes, lower-cased, for the text filter.
    search: String,
}

/// Everyone's rows, and each bucket's rows in order (indices into `rows`).
pub struct TeamRows {
    people: Vec<PersonView>,
    rows: Vec<TeamRow>,
    buckets: Vec<(TeamBucketId, Vec<usize>)>,
}

/// The team's rows for (store generation, day, minute, language).
pub type TeamCache = Option<((u64, NaiveDate, i64, Locale), TeamRows)>;

fn person_not_found() -> Failure {
    Failure::new(ErrorKind::NotFound, Problem::PersonNotFound)
}

fn holding_not_found() -> Failure {
    Failure::new(ErrorKind::NotFound, Problem::HoldingNotFound)
}

/// The buckets a certification falls in on `today` (an entry may be both "renewal open" and
/// "within 30 days").
pub fn buckets_of(
    status: Status,
    can_renew_now: bool,
    expires_on: Option<NaiveDate>,
    today: NaiveDate,
) -> Vec<TeamBucketId> {
    let mut out = Vec::new();
    if can_renew_now {
        out.push(TeamBucketId::RenewalOpen);
    }
    if let Some(expires) = expires_on {
        let left = days_between(today, expires);
        match status {
            Status::Expired if -left <= RECENT_DAYS => out.push(TeamBucketId::ExpiredRecently),
            Status::Active | Status::RenewalOpen if left <= 30 => out.push(TeamBucketId::Within30),
            Status::Active | Status::RenewalOpen if left <= 60 => out.push(TeamBucketId::Within60),
            Status::Active | Status::RenewalOpen if left <= RECENT_DAYS => {
                out.push(TeamBucketId::Within90)
            }
            _ => {}
        }
    }
    out
}

impl Recert {
    fn person_record(&self, id: &str) -> Outcome<PersonRecord> {
        self.store().person(id)?.ok_or_else(person_not_found)
    }

    /// The user ("Me" in `locale`, id `ME`, reminded) first, then everyone else by name: whose
    /// certifications the team dashboard, its CSV and the reminders go through.
    pub(crate) fn everyone(&self, locale: Locale) -> Outcome<Vec<PersonRecord>> {
        let store = self.store();
        let me = PersonRecord {
            id: ME.into(),
            name: self.catalogs.text(locale, "team-me", &[]),
            remind: true,
            transcript_link: None,
            holdings: store.holdings()?,
            plans: store.plans()?,
        };
        let mut others = store.people()?;
        others.sort_by_key(|p| p.name.to_lowercase());
        Ok(std::iter::once(me).chain(others).collect())
    }

    fn person_view(person: &PersonRecord) -> PersonView {
        PersonView {
            id: person.id.clone(),
            name: person.name.clone(),
            remind: person.remind,
            transcript_link: person.transcript_link.clone(),
            holdings: person.holdings.len() as u32,
            plans: person.plans.len() as u32,
        }
    }

    /// Everyone else, by name.
    pub fn people(&self) -> Outcome<Vec<PersonView>> {
        let mut people: Vec<PersonView> =
            self.store().people()?.iter().map(Self::person_view).collect();
        people.sort_by_key(|p| p.name.to_lowercase());
        Ok(people)
    }

    /// A person's name as the form gives it: a name (`text_field`) that tells them apart in the
    /// team views, calendars and reminders: not the user's own label in any language, not
    /// another person's (any case).
    fn person_name(&self, name: &str, renaming: Option<&str>) -> Outcome<String> {
        let name = text_field("name", name)?;
        let folded = name.to_lowercase();
        let me = Locale::ALL
            .iter()
            .any(|&l| self.catalogs.text(l, "team-me", &[]).to_lowercase() == folded);
        let taken = self
            .store()
            .people()?
            .iter()
            .any(|p| Some(p.id.as_str()) != renaming && p.name.to_lowercase() == folded);
        if me || taken {
            return Err(Failure::invalid("name", Problem::NameTaken { value: name }));
        }
        Ok(name)
    }

    pub fn add_person(&self, name: &str) -> Outcome<PersonView> {
        let name = self.person_name(name, None)?;
        self.room_for(1)?;
        let person = PersonRecord {
            id: format!("u{}", self.store().new_id()?.trim_start_matches('h')),
            name,
            remind: false,
            transcript_link: None,
            holdings: Vec::new(),
            plans: Vec::new(),
        };
        self.store().put_person(&person)?;
        Ok(Self::person_view(&person))
    }

    pub fn rename_person(&self, id: &str, name: &str) -> Outcome<PersonView> {
        let name = self.person_name(name, Some(id))?;
        let person = PersonRecord { name, ..self.person_record(id)? };
        self.store().put_person(&person)?;
        Ok(Self::person_view(&person))
    }

    /// "Remind me about their renewals".
    pub fn set_person_reminders(&self, id: &str, remind: bool) -> Outcome<PersonView> {
        let person = PersonRecord { remind, ..self.person_record(id)? };
        self.store().put_person(&person)?;
        Ok(Self::person_view(&person))
    }

    /// Their shared Learn transcript link (checked like the import's; empty: none).
    pub fn set_person_link(&self, id: &str, link: &str) -> Outcome<PersonView> {
        let transcript_link = crate::validate::link_field("transcript_link", link)?;
        let person = PersonRecord { transcript_link, ..self.person_record(id)? };
        self.store().put_person(&person)?;
        Ok(Self::person_view(&person))
    }

    /// A person's transcript link, for a refresh: refused when they have none.
    pub fn person_link(&self, id: &str) -> Outcome<String> {
        self.person_record(id)?
            .transcript_link
            .ok_or_else(|| Failure::invalid("transcript_link", Problem::Required))
    }

    /// Removes a person and all their certifications and plans in one write. The UI has asked
    /// first, naming how many certifications go (`PersonView::holdings`).
    pub fn remove_person(&self, id: &str) -> Outcome<()> {
        if self.store().remove_person(id)? {
            Ok(())
        } else {
            Err(person_not_found())
        }
    }

    pub fn person_page(&self, id: &str, ctx: &Ctx) -> Outcome<PersonPage> {
        let person = self.person_record(id)?;
        // Another person's renewal is theirs to do: their profiles are not the user's.
        let (holdings, _) = self.urgent_views(&person.holdings, ctx, true, None, None)?;
        Ok(PersonPage { person: Self::person_view(&person), holdings })
    }

    /// Adds a certification to a person, checked as the user's own are.
    pub fn add_person_holding(
        &self,
        person: &str,
        input: &HoldingInput,
        ctx: &Ctx,
    ) -> Outcome<String> {
        let mut record = self.person_record(person)?;
        self.holding_from_input(String::new(), input, None, ctx)?;
        self.room_for(1)?;
        let holding = self.holding_from_input(self.store().new_id()?, input, None, ctx)?;
        let id = holding.id.clone();
        record.holdings.push(holding);
        self.store().put_person(&record)?;
        Ok(id)
    }

    pub fn update_person_holding(
        &self,
        person: &str,
        id: &str,
        input: &HoldingInput,
        ctx: &Ctx,
    ) -> Outcome<()> {
        let mut record = self.person_record(person)?;
        let slot = record.holdings.iter_mut().find(|h| h.id == id).ok_or_else(holding_not_found)?;
        *slot = self.holding_from_input(id.to_owned(), input, Some(slot), ctx)?;
        self.store().put_person(&record)?;
        Ok(())
    }

    pub fn remove_person_holding(&self, person: &str, id: &str) -> Outcome<()> {
        let mut record = self.person_record(person)?;
        let before = record.holdings.len();
        record.holdings.retain(|h| h.id != id);
        if record.holdings.len() == before {
            return Err(holding_not_found());
        }
        self.store().put_person(&record)?;
        Ok(())
    }

    /// Everyone's certifications and plans evaluated and sorted into the buckets: the expensive
    /// part of the team dashboard (every person's record read, every certification evaluated).
    fn team_rows(&self, ctx: &Ctx) -> Outcome<TeamRows> {
        let Ctx { today, now, locale, .. } = *ctx;
        let owners = self.everyone(locale)?;
        let people = owners.iter().map(Self::person_view).collect();
        let offsets = self.offsets()?;
        let catalog = self.catalog();
        let mut rows = Vec::new();
        let mut buckets: BTreeMap<TeamBucketId, Vec<usize>> = BTreeMap::new();
        for owner in &owners {
            let row =
                |uid: Option<&str>, title: &str, codes: &[String], entry: TeamEntry| TeamRow {
                    products: uid
                        .and_then(|u| catalog.certification(u))
                        .map(|c| c.products.clone())
                        .unwrap_or_default(),
                    search: std::iter::once(title)
                        .chain(codes.iter().map(String::as_str))
                        .collect::<Vec<_>>()
                        .join("\n")
                        .to_lowercase(),
                    entry,
                };
            for r in &owner.holdings {
                // A record the engine refuses has no dates to sort by; its card says why.
                let Ok(ev) = evaluate(&r.to_holding(catalog), &offsets, today, now) else {
                    continue;
                };
                let ids = buckets_of(ev.status, ev.can_renew_now, ev.expires_on, today);
                if ids.is_empty() {
                    continue;
                }
                let (title, codes) = views::title_of(r, catalog, locale);
                let entry = TeamEntry {
                    person_id: owner.id.clone(),
                    person: owner.name.clone(),
                    id: r.id.clone(),
                    title: title.clone(),
                    status: Some(ev.status),
                    expires_on: ev.expires_on,
                    days_left: ev.expires_on.map(|e| days_between(today, e)),
                    started_on: None,
                };
                rows.push(row(r.certification.as_deref(), &title, &codes, entry));
                for id in ids {
                    buckets.entry(id).or_default().push(rows.len() - 1);
                }
            }
            for plan in &owner.plans {
                let Some(cert) = catalog.certification(&plan.certification) else { continue };
                let title = views::localized_title(cert, locale);
                let entry = TeamEntry {
                    person_id: owner.id.clone(),
                    person: owner.name.clone(),
                    id: plan.id.clone(),
                    title: title.clone(),
                    status: None,
                    expires_on: None,
                    days_left: None,
                    started_on: Some(plan.started_on),
                };
                rows.push(row(Some(&cert.uid), &title, &catalog.exam_codes(cert), entry));
                buckets.entry(TeamBucketId::WorkingOn).or_default().push(rows.len() - 1);
            }
        }
        let order = ALL_BUCKETS
            .into_iter()
            .map(|id| {
                let mut list = buckets.remove(&id).unwrap_or_default();
                let e = |i: usize| &rows[i].entry;
                // Soonest first; the most recently expired first; plans by the day they started.
                list.sort_by(|&a, &b| match id {
                    TeamBucketId::ExpiredRecently => e(b)
                        .expires_on
                        .cmp(&e(a).expires_on)
                        .then_with(|| e(a).person.cmp(&e(b).person)),
                    TeamBucketId::WorkingOn => e(a)
                        .started_on
                        .cmp(&e(b).started_on)
                        .then_with(|| e(a).person.cmp(&e(b).person)),
                    _ => e(a)
                        .expires_on
                        .cmp(&e(b).expires_on)
                        .then_with(|| e(a).person.cmp(&e(b).person)),
                });
                (id, list)
            })
            .collect();
        Ok(TeamRows { people, rows, buckets: order })
    }

    /// Everyone's certifications in the lead's buckets, filtered by person, text and product; each
    /// bucket lists its first `limit` entries (all when `None`, and for the one the filter expands),
    /// so a team of hundreds answers as fast as a small one. The evaluated rows are kept until the
    /// store is written, the minute or the day changes, or the language does: a filter or a
    /// "Show all" costs no reading or evaluating.
    pub fn team_dashboard(
        &self,
        filter: &TeamFilter,
        limit: Option<usize>,
        ctx: &Ctx,
    ) -> Outcome<TeamDashboard> {
        let Ctx { today, now, locale, .. } = *ctx;
        let key = (self.store().generation(), today, now.timestamp().div_euclid(60), locale);
        let mut cache = self.team_cache.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let team = match cache.take() {
            Some((k, rows)) if k == key => rows,
            _ => self.team_rows(ctx)?,
        };
        let query = filter.query.trim().to_lowercase();
        let passes = |row: &TeamRow| {
            filter.person.as_deref().is_none_or(|p| p == row.entry.person_id)
                && (query.is_empty() || row.search.contains(&query))
        };
        let mut products: BTreeMap<&str, u32> = BTreeMap::new();
        for row in team.rows.iter().filter(|r| passes(r)) {
            for p in &row.products {
                *products.entry(p).or_default() += 1;
            }
        }
        let buckets = team
            .buckets
            .iter()
            .map(|(id, list)| {
                let matching = list.iter().map(|&i| &team.rows[i]).filter(|r| {
                    passes(r) && filter.product.as_ref().is_none_or(|p| r.products.contains(p))
                });
                let (mut total, mut entries) = (0, Vec::new());
                let take = if filter.expanded == Some(*id) {
                    usize::MAX
                } else {
                    limit.unwrap_or(usize::MAX)
                };
                for row in matching {
                    total += 1;
                    if entries.len() < take {
                        entries.push(row.entry.clone());
                    }
                }
                TeamBucket { id: *id, total, entries }
            })
            .collect();
        let mut products: Vec<Facet> = products
            .into_iter()
            .map(|(value, count)| Facet {
                label: product_label(value),
                value: value.to_owned(),
                count,
            })
            .collect();
        products.sort_by(|a, b| a.label.cmp(&b.label));
        let out = TeamDashboard { today, people: team.people.clone(), products, buckets };
        *cache = Some((key, team));
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::date::parse_date(s).expect("date")
    }

    #[test]
    fn buckets_follow_the_days_left() {
        let today = d("2026-11-24");
        assert_eq!(
            buckets_of(Status::RenewalOpen, true, Some(d("2026-12-24")), today),
            vec![TeamBucketId::RenewalOpen, TeamBucketId::Within30]
        );
        assert_eq!(
            buckets_of(Status::RenewalOpen, true, Some(d("2026-12-25")), today),
            vec![TeamBucketId::RenewalOpen, TeamBucketId::Within60]
        );
        assert_eq!(
            buckets_of(Status::RenewalOpen, true, Some(d("2027-02-22")), today),
            vec![TeamBucketId::RenewalOpen, TeamBucketId::Within90]
        );
        assert_eq!(
            buckets_of(Status::RenewalOpen, true, Some(d("2027-02-23")), today),
            vec![TeamBucketId::RenewalOpen]
        );
        // Retired before its renewal: not renewable, still expiring soon.
        assert_eq!(
            buckets_of(Status::Active, false, Some(d("2026-12-01")), today),
            vec![TeamBucketId::Within30]
        );
        assert_eq!(buckets_of(Status::Active, false, Some(d("2027-08-01")), today), vec![]);
        assert_eq!(
            buckets_of(Status::Expired, false, Some(d("2026-08-26")), today),
            vec![TeamBucketId::ExpiredRecently]
        );
        assert_eq!(buckets_of(Status::Expired, false, Some(d("2026-08-25")), today), vec![]);
        assert_eq!(buckets_of(Status::NoExpiry, false, None, today), vec![]);
    }
}
