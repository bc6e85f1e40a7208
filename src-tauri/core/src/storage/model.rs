//! What Recert stores: the user's certifications, their two Microsoft profiles and their settings.
//! These records are the database rows, the export file's content and (through ts-rs) the UI's
//! types, so a field added here reaches all three.

use crate::engine::{Holding, DEFAULT_OFFSETS};
use crate::exams::{Booking, ExamAttempt};
use crate::kind::CertKind;
use crate::locale::Locale;
use crate::Catalog;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One certification the user holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct HoldingRecord {
    pub id: String,
    /// A catalog uid; `None` for a certification added by name.
    pub certification: Option<String>,
    /// The name given for a certification missing from the catalog.
    pub custom_title: Option<String>,
    pub kind: CertKind,
    pub earned_on: Option<NaiveDate>,
    #[serde(default)]
    pub renewed_on: Vec<NaiveDate>,
    /// Failed renewal-assessment attempts in the current window.
    #[serde(default)]
    pub failed_attempts: Vec<DateTime<Utc>>,
    /// No reminders for this certification.
    #[serde(default)]
    pub muted: bool,
    /// The certification number on the certificate (R22: for the transcript), if entered.
    #[serde(default)]
    pub certification_number: Option<String>,
    /// The expiry Microsoft's Learn transcript gave when it was imported.
    #[serde(default)]
    pub microsoft_expires_on: Option<NaiveDate>,
    /// Learn's `status` when it was imported (`Expired`, `Retired`: history, whatever the dates).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub learn_status: Option<crate::kind::LearnStatus>,
}

impl HoldingRecord {
    /// The engine's view of this record, with the catalog's availability and retirement dates.
    pub fn to_holding(&self, catalog: &Catalog) -> Holding {
        let facts = self
            .certification
            .as_deref()
            .and_then(|uid| catalog.holding_facts(uid))
            .unwrap_or_default();
        Holding {
            kind: Some(self.kind),
            earned_on: self.earned_on,
            renewed_on: self.renewed_on.clone(),
            failed_attempts: self.failed_attempts.clone(),
            microsoft_expiry: self.microsoft_expires_on,
            learn_status: self.learn_status,
            ..facts
        }
    }
}

/// A certification the user is working on (seed 002): its required exams and how each is going.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlanRecord {
    pub id: String,
    /// A catalog certification uid.
    pub certification: String,
    pub started_on: NaiveDate,
    /// One entry per required exam, in the catalog's order (R18).
    pub exams: Vec<ExamRecord>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ExamRecord {
    /// A catalog exam uid.
    pub exam: String,
    pub booking: Option<Booking>,
    #[serde(default)]
    pub attempts: Vec<ExamAttempt>,
    /// Bumped at each (re)booking: the calendar event's SEQUENCE, so calendars update it.
    #[serde(default)]
    pub revision: u32,
}

/// The id that names the user in the team dashboard, its filter, the tray's menu ids and the
/// reminder keys; never a stored person's (an imported file with a person of this id is refused).
pub const ME: &str = "me";

/// Someone else whose certifications the user follows (a team lead's view, seed 002): a name,
/// their certifications and plans, and whether the user is reminded about them. One record holds
/// all of a person, so removing them is one write that leaves nothing behind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PersonRecord {
    pub id: String,
    pub name: String,
    /// "Remind me about their renewals" (off until the user turns it on).
    #[serde(default)]
    pub remind: bool,
    /// The share link of their Microsoft Learn transcript, for "Refresh all".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transcript_link: Option<String>,
    #[serde(default)]
    pub holdings: Vec<HoldingRecord>,
    /// Certifications they are working on.
    #[serde(default)]
    pub plans: Vec<PlanRecord>,
}

/// R14: the Microsoft account behind a profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum AccountType {
    Personal,
    WorkOrSchool,
}

/// The certification profile: reached only with a personal Microsoft account (R14).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CertificationProfile {
    /// Microsoft Certification ID: digits only.
    pub mcid: String,
    pub legal_name: String,
    pub contact_email: String,
    /// The personal Microsoft account that signs in to the certification profile.
    pub account_email: String,
}

/// The Microsoft Learn profile: personal or work/school account (R14).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct LearnProfile {
    pub sign_in_email: String,
    pub account_type: AccountType,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Profiles {
    pub certification: Option<CertificationProfile>,
    pub learn: Option<LearnProfile>,
    /// R16: the user has more than one certification profile and must merge them first.
    #[serde(default)]
    pub several_certification_profiles: bool,
    /// R15/R16: the day the two profiles were connected. Irreversible.
    pub connected_on: Option<NaiveDate>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Settings {
    /// `None` until the user chooses: the OS locale decides.
    #[serde(default)]
    pub language: Option<Locale>,
    #[serde(default)]
    pub theme: Theme,
    /// R13: days before expiry for the reminders.
    #[serde(default = "default_offsets")]
    pub reminder_offsets: Vec<u32>,
    /// Local time of day reminders fire, `HH:MM`.
    #[serde(default = "default_reminder_time")]
    pub reminder_time: String,
    /// Reminders wait until this instant ("Pause reminders for a day").
    #[serde(default)]
    pub paused_until: Option<DateTime<Utc>>,
    /// Start Recert at login (off until the user turns it on).
    #[serde(default)]
    pub autostart: bool,
    /// The one-time "still running in the tray" hint was shown.
    #[serde(default)]
    pub close_hint_shown: bool,
    /// Look for signed updates of Recert (off until the user turns it on: no network without
    /// consent).
    #[serde(default)]
    pub updates: bool,
    /// Read the user's and the followed people's transcript links again by itself, daily (off
    /// until the user turns it on: no network without consent).
    #[serde(default)]
    pub sync: bool,
    /// The share link of the user's own Learn transcript (kept from an import by link).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub transcript_link: Option<String>,
}

/// What Recert knows of one link's reads (stored, never exported: it is this machine's).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LinkSync {
    /// The share link it is about: a changed link starts afresh.
    pub link: String,
    pub last_read: Option<DateTime<Utc>>,
    pub last_try: Option<DateTime<Utc>>,
    /// Failed reads since the last good one.
    pub failures: u32,
    /// Learn answered that the link is no longer shared; reported once.
    pub not_shared: bool,
    /// What the last read that changed anything did, and when.
    pub added: u32,
    pub updated: u32,
    pub changed_at: Option<DateTime<Utc>>,
}

/// What a check for updates found.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct UpdateStatus {
    /// The running version.
    pub current: String,
    /// A newer version the server offers, if any.
    pub available: Option<String>,
    /// Its release notes, as the release workflow published them.
    pub notes: Option<String>,
}

fn default_offsets() -> Vec<u32> {
    DEFAULT_OFFSETS.to_vec()
}

pub const DEFAULT_REMINDER_TIME: &str = "09:00";

/// "Pause reminders" pauses them for this many hours.
pub const PAUSE_HOURS: i64 = 24;

fn default_reminder_time() -> String {
    DEFAULT_REMINDER_TIME.to_owned()
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            language: None,
            theme: Theme::System,
            reminder_offsets: default_offsets(),
            reminder_time: default_reminder_time(),
            paused_until: None,
            autostart: false,
            close_hint_shown: false,
            updates: false,
            sync: false,
            transcript_link: None,
        }
    }
}
