//! What the UI shows, computed here so the screens only lay it out: one `HoldingView` per
//! certification with its dates and its status, and its reasons in the user's language when the
//! card's "Why?" asks for them (`reasons_of`): a dashboard of 50 cards sends no sentences nobody
//! opened.

use crate::catalog::{Catalog, Certification};
use crate::ctx::Ctx;
use crate::date::days_between;
use crate::engine::{Evaluation, Status};
use crate::i18n::Catalogs;
use crate::kind::CertKind;
use crate::locale::Locale;
use crate::message::{Message, Problem};
use crate::model::{AccountType, HoldingRecord, Profiles};
use crate::store::CatalogSource;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use ts_rs::TS;

/// A preview and the plan it previews: the source's own text (a transcript's JSON, a data file),
/// which travels to the page and comes back with "Import" to be read, checked and applied again.
/// Nothing waits in the app between the two (Yaak's import plan): a page that sends anything else
/// back gets exactly the checks an imported file gets.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Planned<T: TS> {
    pub preview: T,
    pub plan: String,
}

impl<T: TS> Planned<T> {
    /// `bytes` as the plan (already read as JSON, so UTF-8; anything else is refused).
    pub fn of(preview: T, bytes: &[u8]) -> crate::error::Outcome<Planned<T>> {
        let plan = String::from_utf8(bytes.to_vec()).map_err(|e| {
            crate::error::Failure::invalid("(file)", Problem::NotJson { detail: e.to_string() })
        })?;
        Ok(Planned { preview, plan })
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ReasonView {
    pub id: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct HoldingView {
    pub id: String,
    pub certification: Option<String>,
    pub custom_title: Option<String>,
    pub title: String,
    pub kind: CertKind,
    pub exam_codes: Vec<String>,
    pub earned_on: Option<NaiveDate>,
    pub renewed_on: Vec<NaiveDate>,
    pub failed_attempts: Vec<DateTime<Utc>>,
    pub status: Status,
    pub expires_on: Option<NaiveDate>,
    /// R3: the last instant it is valid (the expiry day, 23:59:59 UTC), for the user's own clock.
    pub valid_until: Option<DateTime<Utc>>,
    pub window_opens_on: Option<NaiveDate>,
    /// Days from today to the expiry date (negative once expired).
    #[ts(type = "number | null")]
    pub days_left: Option<i64>,
    pub can_renew_now: bool,
    /// A renewal can be recorded for this cycle (the engine's rules: kind, retirement, offer).
    pub renewable: bool,
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub reminders: Vec<NaiveDate>,
    /// R15: renewable, but the profiles are not connected yet.
    pub needs_connection: bool,
    /// The stored record no longer evaluates; its reasons say why.
    pub broken: bool,
    /// No reminders for this certification.
    pub muted: bool,
    pub certification_number: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Counts {
    pub renewal_open: u32,
    pub active: u32,
    pub expired: u32,
    pub no_expiry: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CatalogInfo {
    pub source: CatalogSource,
    pub described_on: Option<NaiveDate>,
    pub certifications: u32,
    pub exams: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Dashboard {
    pub today: NaiveDate,
    pub locale: Locale,
    /// The most urgent certifications, up to the page asked for.
    pub holdings: Vec<HoldingView>,
    /// How many there are in all (`holdings` may list fewer).
    pub total: u32,
    pub counts: Counts,
    pub profiles_connected: bool,
    pub catalog: CatalogInfo,
    /// Reminders are paused until then (a pause that has ended is not one: judged with Recert's
    /// clock, `--today` included, never the browser's).
    pub paused_until: Option<DateTime<Utc>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CatalogEntry {
    pub uid: String,
    pub title: String,
    pub kind: CertKind,
    pub exam_codes: Vec<String>,
    pub retired_on: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RenewalPreview {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ProfilesView {
    pub profiles: Profiles,
    /// Advice that does not block: different accounts for the two profiles, say.
    pub warnings: Vec<ReasonView>,
    pub can_connect: bool,
}

pub(crate) fn localized_title(cert: &Certification, locale: Locale) -> String {
    cert.titles.get(locale.tag()).cloned().unwrap_or_else(|| cert.title.clone())
}

/// R15: a certification that can be renewed now still needs the profiles connected.
pub(crate) fn needs_connection(can_renew_now: bool, connected: bool) -> bool {
    can_renew_now && !connected
}

pub(crate) fn title_of(
    record: &HoldingRecord,
    catalog: &Catalog,
    locale: Locale,
) -> (String, Vec<String>) {
    match record.certification.as_deref().and_then(|uid| catalog.certification(uid)) {
        Some(cert) => (localized_title(cert, locale), catalog.exam_codes(cert)),
        None => (
            record
                .custom_title
                .clone()
                .or_else(|| record.certification.clone())
                .unwrap_or_default(),
            Vec::new(),
        ),
    }
}

fn reason_view(msg: &dyn Message, catalogs: &Catalogs, locale: Locale) -> ReasonView {
    ReasonView { id: msg.id().to_owned(), text: catalogs.message(locale, msg) }
}

pub fn holding_view(
    record: &HoldingRecord,
    ev: Evaluation,
    catalog: &Catalog,
    ctx: &Ctx,
    connected: bool,
) -> HoldingView {
    let Ctx { today, locale, .. } = *ctx;
    let (title, exam_codes) = title_of(record, catalog, locale);
    let needs_connection = needs_connection(ev.can_renew_now, connected);
    HoldingView {
        id: record.id.clone(),
        certification: record.certification.clone(),
        custom_title: record.custom_title.clone(),
        title,
        kind: record.kind,
        exam_codes,
        earned_on: record.earned_on,
        renewed_on: record.renewed_on.clone(),
        failed_attempts: record.failed_attempts.clone(),
        status: ev.status,
        days_left: ev.expires_on.map(|e| days_between(today, e)),
        expires_on: ev.expires_on,
        valid_until: ev.expires_on.map(crate::engine::valid_until),
        window_opens_on: ev.window_opens_on,
        can_renew_now: ev.can_renew_now,
        renewable: ev.renewable,
        next_attempt_at: ev.next_attempt_at,
        reminders: ev.reminders,
        needs_connection,
        broken: false,
        muted: record.muted,
        certification_number: record.certification_number.clone(),
    }
}

/// A stored record the engine now refuses still shows, flagged, with the problem as its reason.
pub fn broken_view(record: &HoldingRecord, catalog: &Catalog, ctx: &Ctx) -> HoldingView {
    let nothing = Evaluation {
        status: if record.kind.expires() { Status::Active } else { Status::NoExpiry },
        expires_on: None,
        window_opens_on: None,
        can_renew_now: false,
        next_attempt_at: None,
        reminders: Vec::new(),
        expiry_notice: false,
        renewable: false,
        reasons: Vec::new(),
    };
    let mut view = holding_view(record, nothing, catalog, ctx, true);
    view.broken = true;
    view
}

/// A card's "Why?": the engine's reasons in `locale`, plus R15's advice when the renewal waits
/// only for the profiles; for a record the engine refuses, the problem is the one reason.
pub fn reasons_of(
    evaluation: Result<&Evaluation, &Problem>,
    catalogs: &Catalogs,
    locale: Locale,
    connected: bool,
) -> Vec<ReasonView> {
    match evaluation {
        Ok(ev) => {
            let mut reasons: Vec<ReasonView> =
                ev.reasons.iter().map(|r| reason_view(r, catalogs, locale)).collect();
            if needs_connection(ev.can_renew_now, connected) {
                reasons.push(ReasonView {
                    id: "reason-connect-profiles".into(),
                    text: catalogs.text(locale, "reason-connect-profiles", &[]),
                });
            }
            reasons
        }
        Err(problem) => vec![reason_view(problem, catalogs, locale)],
    }
}

/// What orders the dashboard: open windows (renewable now first, soonest expiry first), then
/// active (soonest first), then expired (most recent first), then the credentials that never
/// expire; ties by title. A record the engine refuses sorts with its kind's never-expiring or
/// active group, as its card shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrgencyKey {
    rank: u8,
    /// Expired: the latest first, so the date is reversed.
    expires: Option<std::cmp::Reverse<NaiveDate>>,
    expires_ahead: Option<NaiveDate>,
    title: String,
    pub status: Status,
}

impl UrgencyKey {
    pub fn of(
        status: Status,
        can_renew_now: bool,
        expires_on: Option<NaiveDate>,
        title: String,
    ) -> UrgencyKey {
        let rank = match status {
            Status::RenewalOpen if can_renew_now => 0,
            Status::RenewalOpen => 1,
            Status::Active => 2,
            Status::Expired => 3,
            Status::NoExpiry => 4,
        };
        let (expires, expires_ahead) = match status {
            Status::Expired => (expires_on.map(std::cmp::Reverse), None),
            _ => (None, expires_on),
        };
        UrgencyKey { rank, expires, expires_ahead, title, status }
    }

    pub fn broken(kind: crate::kind::CertKind, title: String) -> UrgencyKey {
        UrgencyKey::of(
            if kind.expires() { Status::Active } else { Status::NoExpiry },
            false,
            None,
            title,
        )
    }
}

impl Ord for UrgencyKey {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.rank
            .cmp(&other.rank)
            .then_with(|| self.expires.cmp(&other.expires))
            .then_with(|| self.expires_ahead.cmp(&other.expires_ahead))
            .then_with(|| self.title.cmp(&other.title))
    }
}

impl PartialOrd for UrgencyKey {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

pub fn counts_of(statuses: impl Iterator<Item = Status>) -> Counts {
    let mut c = Counts::default();
    for s in statuses {
        match s {
            Status::RenewalOpen => c.renewal_open += 1,
            Status::Active => c.active += 1,
            Status::Expired => c.expired += 1,
            Status::NoExpiry => c.no_expiry += 1,
        }
    }
    c
}

pub fn catalog_entry(cert: &Certification, catalog: &Catalog, locale: Locale) -> CatalogEntry {
    CatalogEntry {
        uid: cert.uid.clone(),
        title: localized_title(cert, locale),
        kind: cert.kind,
        exam_codes: catalog.exam_codes(cert),
        retired_on: cert.retired_on,
    }
}

pub fn profiles_view(profiles: Profiles, catalogs: &Catalogs, locale: Locale) -> ProfilesView {
    let mut warnings = Vec::new();
    if let (Some(cert), Some(learn)) = (&profiles.certification, &profiles.learn) {
        if learn.account_type == AccountType::WorkOrSchool
            || !cert.account_email.eq_ignore_ascii_case(&learn.sign_in_email)
        {
            warnings.push(ReasonView {
                id: "warning-different-accounts".into(),
                text: catalogs.text(locale, "warning-different-accounts", &[]),
            });
        }
    }
    let can_connect = profiles.connected_on.is_none()
        && !profiles.several_certification_profiles
        && profiles.certification.is_some()
        && profiles.learn.is_some();
    ProfilesView { profiles, warnings, can_connect }
}
