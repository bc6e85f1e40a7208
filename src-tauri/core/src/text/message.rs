//! Every sentence Recert shows is a message: an id in the Fluent catalogs (`ui/locales/*.ftl`) and
//! typed arguments. The engine speaks in `Reason`s (why a date is what it is) and `Problem`s (why an
//! input is refused); `i18n` turns either into text in the user's language.

use crate::kind::CertKind;
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::Serialize;
use std::borrow::Cow;
use ts_rs::TS;

#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Date(NaiveDate),
    Instant(DateTime<Utc>),
    /// A local wall-clock date and time (an exam booking).
    Local(NaiveDateTime),
    Number(i64),
    Text(Cow<'static, str>),
}

impl Arg {
    pub fn text(s: impl Into<Cow<'static, str>>) -> Arg {
        Arg::Text(s.into())
    }
}

pub type Args = Vec<(&'static str, Arg)>;

pub trait Message {
    fn id(&self) -> &'static str;
    fn args(&self) -> Args;
}

/// One fact behind an evaluation. Ids are stable: the UI and the eval output expose them.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    /// Fundamentals, legacy credentials and Applied Skills never expire.
    NeverExpires { kind: CertKind },
    /// R1: earned before 2021-06-30.
    ValidTwoYears { earned: NaiveDate, expires: NaiveDate },
    /// R1: earned on or after 2021-06-30.
    ValidOneYear { earned: NaiveDate, expires: NaiveDate },
    /// R11c: a GitHub certification is valid two years and is earned again, not renewed.
    GithubTwoYears { earned: NaiveDate, expires: NaiveDate },
    /// Microsoft Learn lists it as retired (`status: Retired`): history, whatever the dates say.
    LearnListsRetired,
    /// Microsoft Learn lists it as expired (`status: Expired`).
    LearnListsExpired,
    /// R2: earned on 29 February, expiry on 28 February.
    LeapDay { expires: NaiveDate },
    /// R5: a passed renewal assessment moved the expiry one year on from the old expiry.
    Renewed { on: NaiveDate, from: NaiveDate, to: NaiveDate },
    /// R4: the window is still ahead.
    WindowOpensOn { opens: NaiveDate, expires: NaiveDate, days: i64 },
    /// R3/R4/R6: the window is open; pass the renewal assessment before the expiry date.
    RenewalOpen { expires: NaiveDate, days: i64 },
    /// R7: expired, so the exams must be passed again.
    Expired { on: NaiveDate },
    /// R8: the certification's renewal assessment is offered only from this day.
    RenewalOfferedFrom { from: NaiveDate },
    /// R8: the renewal assessment arrives only after this expiry.
    NotOfferedBeforeExpiry { from: NaiveDate, expires: NaiveDate },
    /// R11: retired, no renewal; stays valid until it expires.
    Retired { on: NaiveDate },
    /// R11: retirement is announced; renewals are possible until then.
    RetiresOn { on: NaiveDate },
    /// R11: Microsoft names this certification as the one to earn instead.
    ReplacedBy { title: String },
    /// Microsoft's transcript gives another expiry than the dates Recert has: Microsoft's is used.
    MicrosoftExpiry { microsoft: NaiveDate, computed: NaiveDate },
    /// A retirement reported by one source, not yet confirmed on Microsoft Learn: said, nothing
    /// else changes.
    RetirementReported { on: NaiveDate },
    /// A reported retirement whose day has passed: most likely retired; check on Learn.
    RetirementReportedPassed { on: NaiveDate },
    /// R8/R11: valid until it expires, and this cycle has no renewal (retired, or the renewal
    /// assessment is not offered before the expiry).
    ValidNoRenewal { expires: NaiveDate, days: i64 },
    /// R9: one failure, the next attempt may follow at once.
    RetryNow { failed: i64 },
    /// R9: two or more failures, each further attempt 24 hours after the previous.
    RetryAfter { failed: i64, next: DateTime<Utc> },
    /// R9: the wait would end on or after the expiry.
    RetryTooLate { next: DateTime<Utc>, expires: NaiveDate },
    /// R10: renews on its own, apart from its prerequisites.
    RenewsSeparately,
}

impl Message for Reason {
    fn id(&self) -> &'static str {
        match self {
            Reason::NeverExpires { .. } => "reason-never-expires",
            Reason::ValidTwoYears { .. } => "reason-valid-two-years",
            Reason::ValidOneYear { .. } => "reason-valid-one-year",
            Reason::GithubTwoYears { .. } => "reason-github-two-years",
            Reason::LearnListsRetired => "reason-learn-lists-retired",
            Reason::LearnListsExpired => "reason-learn-lists-expired",
            Reason::LeapDay { .. } => "reason-leap-day",
            Reason::Renewed { .. } => "reason-renewed",
            Reason::WindowOpensOn { .. } => "reason-window-opens-on",
            Reason::RenewalOpen { .. } => "reason-renewal-open",
            Reason::Expired { .. } => "reason-expired",
            Reason::RenewalOfferedFrom { .. } => "reason-renewal-offered-from",
            Reason::NotOfferedBeforeExpiry { .. } => "reason-not-offered-before-expiry",
            Reason::Retired { .. } => "reason-retired",
            Reason::RetiresOn { .. } => "reason-retires-on",
            Reason::ReplacedBy { .. } => "reason-replaced-by",
            Reason::MicrosoftExpiry { .. } => "reason-microsoft-expiry",
            Reason::RetirementReported { .. } => "reason-retirement-reported",
            Reason::RetirementReportedPassed { .. } => "reason-retirement-reported-passed",
            Reason::ValidNoRenewal { .. } => "reason-valid-no-renewal",
            Reason::RetryNow { .. } => "reason-retry-now",
            Reason::RetryAfter { .. } => "reason-retry-after",
            Reason::RetryTooLate { .. } => "reason-retry-too-late",
            Reason::RenewsSeparately => "reason-renews-separately",
        }
    }

    fn args(&self) -> Args {
        use Arg::{Date, Instant, Number};
        match self {
            Reason::NeverExpires { kind } => vec![("kind", Arg::text(kind.as_str()))],
            Reason::ValidTwoYears { earned, expires }
            | Reason::ValidOneYear { earned, expires }
            | Reason::GithubTwoYears { earned, expires } => {
                vec![("earned", Date(*earned)), ("expires", Date(*expires))]
            }
            Reason::LeapDay { expires } => vec![("expires", Date(*expires))],
            Reason::Renewed { on, from, to } => {
                vec![("on", Date(*on)), ("from", Date(*from)), ("to", Date(*to))]
            }
            Reason::WindowOpensOn { opens, expires, days } => {
                vec![("opens", Date(*opens)), ("expires", Date(*expires)), ("days", Number(*days))]
            }
            Reason::RenewalOpen { expires, days } => {
                vec![("expires", Date(*expires)), ("days", Number(*days))]
            }
            Reason::Expired { on } => vec![("on", Date(*on))],
            Reason::RenewalOfferedFrom { from } => vec![("from", Date(*from))],
            Reason::NotOfferedBeforeExpiry { from, expires } => {
                vec![("from", Date(*from)), ("expires", Date(*expires))]
            }
            Reason::Retired { on } | Reason::RetiresOn { on } => vec![("on", Date(*on))],
            Reason::RetryNow { failed } => vec![("failed", Number(*failed))],
            Reason::RetryAfter { failed, next } => {
                vec![("failed", Number(*failed)), ("next", Instant(*next))]
            }
            Reason::RetryTooLate { next, expires } => {
                vec![("next", Instant(*next)), ("expires", Date(*expires))]
            }
            Reason::ReplacedBy { title } => vec![("title", Arg::text(title.clone()))],
            Reason::RetirementReported { on } | Reason::RetirementReportedPassed { on } => {
                vec![("on", Date(*on))]
            }
            Reason::MicrosoftExpiry { microsoft, computed } => {
                vec![("microsoft", Date(*microsoft)), ("computed", Date(*computed))]
            }
            Reason::ValidNoRenewal { expires, days } => {
                vec![("expires", Date(*expires)), ("days", Number(*days))]
            }
            Reason::RenewsSeparately | Reason::LearnListsRetired | Reason::LearnListsExpired => {
                vec![]
            }
        }
    }
}

/// What a renewal claim rests on. Only the renewal assessment renews (R6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum RenewalEvidence {
    Assessment,
    BetaExam,
    ExamRetake,
    NewerExamVersion,
}

impl RenewalEvidence {
    pub fn as_str(self) -> &'static str {
        match self {
            RenewalEvidence::Assessment => "assessment",
            RenewalEvidence::BetaExam => "beta-exam",
            RenewalEvidence::ExamRetake => "exam-retake",
            RenewalEvidence::NewerExamVersion => "newer-exam-version",
        }
    }
}

/// R21: why the next sitting of a failed exam waits, for the message the user sees (the problem
/// that names it is below).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Wait {
    /// 24 hours after a first failure.
    FirstRetake,
    /// 14 days (MOS: 48 hours) between later attempts.
    LaterRetake,
    /// Five attempts in 12 months: 12 months from the fifth.
    YearlyCap,
}

/// Why an input is refused. The caller adds where (a field path, a form field).
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Required,
    WrongType {
        expected: &'static str,
    },
    UnknownField,
    NotJson {
        detail: String,
    },
    NotADate {
        value: String,
    },
    NotAnInstant {
        value: String,
    },
    OutOfRange {
        value: String,
    },
    Empty,
    TooLong {
        max: i64,
    },
    TooMany {
        max: i64,
    },
    /// A control or bidirectional formatting character in a name (`validate::unsafe_char`).
    ControlCharacter,
    /// The store would hold more than `limits::MAX_RECORDS` records.
    StoreFull {
        max: i64,
    },
    /// An expiry from Microsoft that the validity rules cannot give for this earned date.
    ImplausibleExpiry {
        value: NaiveDate,
        earned: NaiveDate,
    },
    DuplicateId {
        value: String,
    },
    UnknownKind {
        value: String,
    },
    UnknownCertification {
        value: String,
    },
    NotInCatalog {
        value: String,
    },
    AfterToday {
        value: NaiveDate,
        today: NaiveDate,
    },
    /// Before Microsoft's certification program existed (1992).
    BeforeProgram {
        value: NaiveDate,
        start: NaiveDate,
    },
    AfterNow {
        value: DateTime<Utc>,
        now: DateTime<Utc>,
    },
    EarnedOnOrAfterRetirement {
        value: NaiveDate,
        retired: NaiveDate,
    },
    KindNeverExpires {
        kind: CertKind,
    },
    RenewalBeforeWindow {
        value: NaiveDate,
        opens: NaiveDate,
        expires: NaiveDate,
    },
    RenewalBeforeOffered {
        value: NaiveDate,
        from: NaiveDate,
    },
    RenewalOnOrAfterExpiry {
        value: NaiveDate,
        expires: NaiveDate,
    },
    RenewalOnOrAfterRetirement {
        value: NaiveDate,
        retired: NaiveDate,
    },
    /// R6: exams, beta exams and newer exam versions never renew.
    NotARenewal {
        evidence: RenewalEvidence,
    },
    AttemptOutsideWindow {
        value: DateTime<Utc>,
        opens: NaiveDate,
        expires: NaiveDate,
    },
    AttemptTooSoon {
        value: DateTime<Utc>,
        previous: DateTime<Utc>,
    },
    OffsetOutOfRange {
        value: i64,
    },
    DuplicateOffset {
        value: i64,
    },
    NoCatalogRecords,
    CannotRead {
        file: String,
        detail: String,
    },
    Usage {
        detail: String,
    },
    CannotWrite {
        file: String,
        detail: String,
    },
    NotAnEmail {
        value: String,
    },
    NotAnMcid {
        value: String,
    },
    NeedTitleOrCertification,
    HoldingNotFound,
    PersonNotFound,
    /// More than one person has that name: their ids tell them apart.
    SeveralPeopleNamed {
        value: String,
        ids: String,
    },
    /// A person's name is the user's own label in the team views ("Me", 自分, 我) or another
    /// person's.
    NameTaken {
        value: String,
    },
    NoSuchPerson {
        value: String,
    },
    RenewalNotOpen,
    AttemptNotYet {
        next: DateTime<Utc>,
    },
    ProfilesConnected,
    ProfilesIncomplete,
    MergeProfilesFirst,
    ConfirmIrreversible,
    LinkNotAllowed {
        value: String,
    },
    NewerFormat {
        found: i64,
    },
    NotRecertExport,
    Storage {
        detail: String,
    },
    NewerDatabase {
        found: i64,
    },
    NotATime {
        value: String,
    },
    Autostart {
        detail: String,
    },
    /// "Check now" while updates are off: no network without the user's consent.
    UpdatesOff,
    /// The update server could not be reached (offline, refused, DNS, TLS).
    UpdateUnreachable {
        detail: String,
    },
    /// The update server did not answer in time.
    UpdateTimeout {
        seconds: u32,
    },
    /// The update server answered with something that is not an update manifest for this platform.
    UpdateBadAnswer {
        detail: String,
    },
    /// The downloaded update is not signed with Recert's key: it was not installed.
    UpdateSignature,
    /// The update was verified but the installer failed.
    /// The update package is larger than Recert downloads (`updates::MAX_PACKAGE_BYTES`).
    UpdateTooLarge {
        max_mib: i64,
    },
    UpdateInstall {
        detail: String,
    },
    /// "Install" with no update found by the last check.
    NoUpdatePending,
    /// A build made outside the release workflow names no update server.
    UpdatesNotConfigured,
    /// Not a shared Learn transcript link.
    NotATranscriptLink {
        value: String,
    },
    /// A transcript field Recert needs is missing or not in the form it knows (the field's path
    /// comes with it).
    TranscriptField,
    /// Microsoft answers that the transcript is not shared (any more).
    TranscriptNotShared,
    /// Microsoft's catalog answer lists far fewer certifications than Recert knows (cut short,
    /// or not the catalog): refused rather than read as retirements.
    CatalogShrunk {
        listed: i64,
        known: i64,
    },
    /// Microsoft's catalog address no longer answers (the Learn Catalog API was announced to end).
    CatalogEndpointGone,
    /// Microsoft's catalog could not be read (offline, DNS, TLS, no answer in time).
    CatalogUnreachable {
        detail: String,
    },
    /// Microsoft's catalog answer now changes something other than what the user was shown.
    CatalogChangedSincePreview,
    /// Microsoft Learn could not be reached (offline, DNS, TLS, refused).
    LearnUnreachable {
        detail: String,
    },
    /// Microsoft Learn did not answer in time.
    LearnTimeout {
        seconds: u32,
    },
    /// Microsoft Learn answered with an error status, or sent Recert elsewhere.
    LearnBadAnswer {
        detail: String,
    },
    RecoveryNeeded,
    /// The browser could not be started for a link.
    CannotOpenLink {
        value: String,
        detail: String,
    },
    /// The system print dialog could not be opened.
    CannotPrint {
        detail: String,
    },
    /// Another Recert process kept the database for longer than Recert waits.
    DatabaseBusy,
    /// A file Recert reads is not a regular file (a device, a folder, a pipe).
    NotAFile {
        file: String,
    },
    /// A file Recert reads is larger than it accepts (refused before reading it).
    FileTooLarge {
        file: String,
        max_mib: i64,
    },
    /// An id from a file that is not `[A-Za-z0-9_-]{1,64}`.
    BadId {
        value: String,
    },
    /// A recovery command while the database is healthy.
    NotInRecovery,
    /// Over `PAUSE_HOURS` ahead: not a pause the Settings form could have made.
    PauseTooLong {
        value: DateTime<Utc>,
    },
    /// R21: a passed exam is not retaken while its certification is active.
    ExamAlreadyPassed,
    /// R21: a beta exam can be taken once.
    BetaExamOnce,
    /// A sitting must come after the exam's earlier sittings.
    SittingNotAfterLast {
        last: NaiveDateTime,
    },
    /// R21: the retake policy's wait.
    RetakeTooSoon {
        next: NaiveDateTime,
        wait: Wait,
    },
    NotADateTime {
        value: String,
    },
    /// A booking must be in the future.
    BookingInPast {
        value: NaiveDateTime,
    },
    /// A result cannot be entered for a sitting still ahead.
    ResultInFuture {
        value: NaiveDateTime,
    },
    PlanNotFound,
    ExamNotInPlan {
        value: String,
    },
    /// Already working on this certification.
    PlanExists,
    /// R21: held and active: its exams are not retaken.
    AlreadyHeld,
    /// R11: a retired certification can no longer be earned.
    RetiredCannotEarn {
        on: NaiveDate,
    },
    /// The catalog lists no exam for this certification.
    NoExamsListed,
}

impl Message for Problem {
    fn id(&self) -> &'static str {
        match self {
            Problem::Required => "problem-required",
            Problem::WrongType { .. } => "problem-wrong-type",
            Problem::UnknownField => "problem-unknown-field",
            Problem::NotJson { .. } => "problem-not-json",
            Problem::NotADate { .. } => "problem-not-a-date",
            Problem::NotAnInstant { .. } => "problem-not-an-instant",
            Problem::OutOfRange { .. } => "problem-out-of-range",
            Problem::Empty => "problem-empty",
            Problem::TooLong { .. } => "problem-too-long",
            Problem::TooMany { .. } => "problem-too-many",
            Problem::DuplicateId { .. } => "problem-duplicate-id",
            Problem::UnknownKind { .. } => "problem-unknown-kind",
            Problem::UnknownCertification { .. } => "problem-unknown-certification",
            Problem::NotInCatalog { .. } => "problem-not-in-catalog",
            Problem::AfterToday { .. } => "problem-after-today",
            Problem::BeforeProgram { .. } => "problem-before-program",
            Problem::AfterNow { .. } => "problem-after-now",
            Problem::EarnedOnOrAfterRetirement { .. } => "problem-earned-after-retirement",
            Problem::KindNeverExpires { .. } => "problem-kind-never-expires",
            Problem::RenewalBeforeWindow { .. } => "problem-renewal-before-window",
            Problem::RenewalBeforeOffered { .. } => "problem-renewal-before-offered",
            Problem::RenewalOnOrAfterExpiry { .. } => "problem-renewal-after-expiry",
            Problem::RenewalOnOrAfterRetirement { .. } => "problem-renewal-after-retirement",
            Problem::NotARenewal { .. } => "problem-not-a-renewal",
            Problem::AttemptOutsideWindow { .. } => "problem-attempt-outside-window",
            Problem::AttemptTooSoon { .. } => "problem-attempt-too-soon",
            Problem::OffsetOutOfRange { .. } => "problem-offset-out-of-range",
            Problem::DuplicateOffset { .. } => "problem-duplicate-offset",
            Problem::NoCatalogRecords => "problem-no-catalog-records",
            Problem::NotAFile { .. } => "problem-not-a-file",
            Problem::CannotOpenLink { .. } => "problem-cannot-open-link",
            Problem::CannotPrint { .. } => "problem-cannot-print",
            Problem::DatabaseBusy => "problem-database-busy",
            Problem::FileTooLarge { .. } => "problem-file-too-large",
            Problem::BadId { .. } => "problem-bad-id",
            Problem::ControlCharacter => "problem-control-character",
            Problem::ImplausibleExpiry { .. } => "problem-implausible-expiry",
            Problem::StoreFull { .. } => "problem-store-full",
            Problem::NotInRecovery => "problem-not-in-recovery",
            Problem::PauseTooLong { .. } => "problem-pause-too-long",
            Problem::CannotRead { .. } => "problem-cannot-read",
            Problem::Usage { .. } => "problem-usage",
            Problem::CannotWrite { .. } => "problem-cannot-write",
            Problem::NotAnEmail { .. } => "problem-not-an-email",
            Problem::NotAnMcid { .. } => "problem-not-an-mcid",
            Problem::NeedTitleOrCertification => "problem-need-title-or-certification",
            Problem::HoldingNotFound => "problem-holding-not-found",
            Problem::PersonNotFound => "problem-person-not-found",
            Problem::NoSuchPerson { .. } => "problem-no-such-person",
            Problem::SeveralPeopleNamed { .. } => "problem-several-people-named",
            Problem::NameTaken { .. } => "problem-name-taken",
            Problem::RenewalNotOpen => "problem-renewal-not-open",
            Problem::AttemptNotYet { .. } => "problem-attempt-not-yet",
            Problem::ProfilesConnected => "problem-profiles-connected",
            Problem::ProfilesIncomplete => "problem-profiles-incomplete",
            Problem::MergeProfilesFirst => "problem-merge-profiles-first",
            Problem::ConfirmIrreversible => "problem-confirm-irreversible",
            Problem::LinkNotAllowed { .. } => "problem-link-not-allowed",
            Problem::NewerFormat { .. } => "problem-newer-format",
            Problem::NotRecertExport => "problem-not-recert-export",
            Problem::Storage { .. } => "problem-storage",
            Problem::NewerDatabase { .. } => "problem-newer-database",
            Problem::NotATime { .. } => "problem-not-a-time",
            Problem::Autostart { .. } => "problem-autostart",
            Problem::UpdatesOff => "problem-updates-off",
            Problem::UpdateUnreachable { .. } => "problem-update-unreachable",
            Problem::UpdateTimeout { .. } => "problem-update-timeout",
            Problem::UpdateBadAnswer { .. } => "problem-update-bad-answer",
            Problem::UpdateSignature => "problem-update-signature",
            Problem::UpdateInstall { .. } => "problem-update-install",
            Problem::UpdateTooLarge { .. } => "problem-update-too-large",
            Problem::NoUpdatePending => "problem-no-update-pending",
            Problem::UpdatesNotConfigured => "problem-updates-not-configured",
            Problem::NotATranscriptLink { .. } => "problem-not-a-transcript-link",
            Problem::TranscriptField => "problem-transcript-field",
            Problem::TranscriptNotShared => "problem-transcript-not-shared",
            Problem::CatalogShrunk { .. } => "problem-catalog-shrunk",
            Problem::CatalogEndpointGone => "problem-catalog-endpoint-gone",
            Problem::CatalogUnreachable { .. } => "problem-catalog-unreachable",
            Problem::CatalogChangedSincePreview => "problem-catalog-changed-since-preview",
            Problem::LearnUnreachable { .. } => "problem-learn-unreachable",
            Problem::LearnTimeout { .. } => "problem-learn-timeout",
            Problem::LearnBadAnswer { .. } => "problem-learn-bad-answer",
            Problem::RecoveryNeeded => "problem-recovery-needed",
            Problem::ExamAlreadyPassed => "problem-exam-already-passed",
            Problem::BetaExamOnce => "problem-beta-exam-once",
            Problem::SittingNotAfterLast { .. } => "problem-sitting-not-after-last",
            Problem::RetakeTooSoon { wait, .. } => match wait {
                Wait::FirstRetake => "problem-retake-first",
                Wait::LaterRetake => "problem-retake-later",
                Wait::YearlyCap => "problem-retake-yearly-cap",
            },
            Problem::NotADateTime { .. } => "problem-not-a-date-time",
            Problem::BookingInPast { .. } => "problem-booking-in-past",
            Problem::ResultInFuture { .. } => "problem-result-in-future",
            Problem::PlanNotFound => "problem-plan-not-found",
            Problem::ExamNotInPlan { .. } => "problem-exam-not-in-plan",
            Problem::PlanExists => "problem-plan-exists",
            Problem::AlreadyHeld => "problem-already-held",
            Problem::RetiredCannotEarn { .. } => "problem-retired-cannot-earn",
            Problem::NoExamsListed => "problem-no-exams-listed",
        }
    }

    fn args(&self) -> Args {
        use Arg::{Date, Instant, Number};
        let t = |s: &String| Arg::Text(Cow::Owned(s.clone()));
        match self {
            Problem::Required
            | Problem::ControlCharacter
            | Problem::UnknownField
            | Problem::Empty
            | Problem::NoCatalogRecords
            | Problem::NotInRecovery
            | Problem::DatabaseBusy => {
                vec![]
            }
            Problem::NotAFile { file } => vec![("file", t(file))],
            Problem::CannotOpenLink { value, detail } => {
                vec![("value", t(value)), ("detail", t(detail))]
            }
            Problem::CannotPrint { detail } => vec![("detail", t(detail))],
            Problem::FileTooLarge { file, max_mib } => {
                vec![("file", t(file)), ("max", Number(*max_mib))]
            }
            Problem::BadId { value } | Problem::NameTaken { value } => vec![("value", t(value))],
            Problem::SeveralPeopleNamed { value, ids } => {
                vec![("value", t(value)), ("ids", t(ids))]
            }
            Problem::ImplausibleExpiry { value, earned } => {
                vec![("value", Date(*value)), ("earned", Date(*earned))]
            }
            Problem::PauseTooLong { value } => vec![("value", Instant(*value))],
            Problem::WrongType { expected } => vec![("expected", Arg::text(*expected))],
            Problem::NotJson { detail } => vec![("detail", t(detail))],
            Problem::NotADate { value }
            | Problem::NotAnInstant { value }
            | Problem::OutOfRange { value }
            | Problem::DuplicateId { value }
            | Problem::UnknownKind { value }
            | Problem::UnknownCertification { value }
            | Problem::NotInCatalog { value } => vec![("value", t(value))],
            Problem::TooLong { max }
            | Problem::TooMany { max }
            | Problem::StoreFull { max }
            | Problem::UpdateTooLarge { max_mib: max } => vec![("max", Number(*max))],
            Problem::AfterToday { value, today } => {
                vec![("value", Date(*value)), ("today", Date(*today))]
            }
            Problem::BeforeProgram { value, start } => {
                vec![("value", Date(*value)), ("start", Date(*start))]
            }
            Problem::AfterNow { value, now } => {
                vec![("value", Instant(*value)), ("now", Instant(*now))]
            }
            Problem::EarnedOnOrAfterRetirement { value, retired }
            | Problem::RenewalOnOrAfterRetirement { value, retired } => {
                vec![("value", Date(*value)), ("retired", Date(*retired))]
            }
            Problem::KindNeverExpires { kind } => vec![("kind", Arg::text(kind.as_str()))],
            Problem::RenewalBeforeWindow { value, opens, expires } => {
                vec![("value", Date(*value)), ("opens", Date(*opens)), ("expires", Date(*expires))]
            }
            Problem::RenewalBeforeOffered { value, from } => {
                vec![("value", Date(*value)), ("from", Date(*from))]
            }
            Problem::RenewalOnOrAfterExpiry { value, expires } => {
                vec![("value", Date(*value)), ("expires", Date(*expires))]
            }
            Problem::NotARenewal { evidence } => vec![("evidence", Arg::text(evidence.as_str()))],
            Problem::AttemptOutsideWindow { value, opens, expires } => {
                vec![
                    ("value", Instant(*value)),
                    ("opens", Date(*opens)),
                    ("expires", Date(*expires)),
                ]
            }
            Problem::AttemptTooSoon { value, previous } => {
                vec![("value", Instant(*value)), ("previous", Instant(*previous))]
            }
            Problem::OffsetOutOfRange { value } | Problem::DuplicateOffset { value } => {
                vec![("value", Number(*value))]
            }
            Problem::CannotRead { file, detail } => vec![("file", t(file)), ("detail", t(detail))],
            Problem::Usage { detail }
            | Problem::Storage { detail }
            | Problem::Autostart { detail }
            | Problem::UpdateUnreachable { detail }
            | Problem::UpdateBadAnswer { detail }
            | Problem::UpdateInstall { detail }
            | Problem::LearnUnreachable { detail }
            | Problem::CatalogUnreachable { detail }
            | Problem::LearnBadAnswer { detail } => vec![("detail", t(detail))],
            Problem::UpdateTimeout { seconds } | Problem::LearnTimeout { seconds } => {
                vec![("seconds", Number(i64::from(*seconds)))]
            }
            Problem::NotATranscriptLink { value } => vec![("value", t(value))],
            Problem::CannotWrite { file, detail } => vec![("file", t(file)), ("detail", t(detail))],
            Problem::NotAnEmail { value }
            | Problem::NoSuchPerson { value }
            | Problem::NotAnMcid { value }
            | Problem::LinkNotAllowed { value }
            | Problem::NotATime { value } => {
                vec![("value", t(value))]
            }
            Problem::NeedTitleOrCertification
            | Problem::HoldingNotFound
            | Problem::PersonNotFound
            | Problem::RenewalNotOpen
            | Problem::ProfilesConnected
            | Problem::ProfilesIncomplete
            | Problem::MergeProfilesFirst
            | Problem::ConfirmIrreversible
            | Problem::NotRecertExport
            | Problem::RecoveryNeeded
            | Problem::ExamAlreadyPassed
            | Problem::BetaExamOnce
            | Problem::PlanNotFound
            | Problem::PlanExists
            | Problem::AlreadyHeld
            | Problem::NoExamsListed
            | Problem::UpdatesOff
            | Problem::UpdateSignature
            | Problem::NoUpdatePending
            | Problem::UpdatesNotConfigured
            | Problem::TranscriptField
            | Problem::TranscriptNotShared
            | Problem::CatalogEndpointGone
            | Problem::CatalogChangedSincePreview => vec![],
            Problem::CatalogShrunk { listed, known } => {
                vec![("listed", Number(*listed)), ("known", Number(*known))]
            }
            Problem::SittingNotAfterLast { last } => vec![("last", Arg::Local(*last))],
            Problem::RetakeTooSoon { next, .. } => vec![("next", Arg::Local(*next))],
            Problem::NotADateTime { value } | Problem::ExamNotInPlan { value } => {
                vec![("value", t(value))]
            }
            Problem::BookingInPast { value } | Problem::ResultInFuture { value } => {
                vec![("value", Arg::Local(*value))]
            }
            Problem::RetiredCannotEarn { on } => vec![("on", Date(*on))],
            Problem::AttemptNotYet { next } => vec![("next", Instant(*next))],
            Problem::NewerFormat { found } | Problem::NewerDatabase { found } => {
                vec![("found", Number(*found))]
            }
        }
    }
}
