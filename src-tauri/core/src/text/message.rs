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

/// A value a message can carry, for `problems!`.
pub trait ToArg {
    fn to_arg(&self) -> Arg;
}

impl ToArg for String {
    fn to_arg(&self) -> Arg {
        Arg::Text(Cow::Owned(self.clone()))
    }
}

impl ToArg for &'static str {
    fn to_arg(&self) -> Arg {
        Arg::text(*self)
    }
}

impl ToArg for i64 {
    fn to_arg(&self) -> Arg {
        Arg::Number(*self)
    }
}

impl ToArg for u32 {
    fn to_arg(&self) -> Arg {
        Arg::Number(i64::from(*self))
    }
}

impl ToArg for NaiveDate {
    fn to_arg(&self) -> Arg {
        Arg::Date(*self)
    }
}

impl ToArg for NaiveDateTime {
    fn to_arg(&self) -> Arg {
        Arg::Local(*self)
    }
}

impl ToArg for DateTime<Utc> {
    fn to_arg(&self) -> Arg {
        Arg::Instant(*self)
    }
}

impl ToArg for CertKind {
    fn to_arg(&self) -> Arg {
        Arg::text(self.as_str())
    }
}

impl ToArg for RenewalEvidence {
    fn to_arg(&self) -> Arg {
        Arg::text(self.as_str())
    }
}

impl ToArg for Wait {
    fn to_arg(&self) -> Arg {
        Arg::text(self.message_id())
    }
}

impl Wait {
    /// The message that says this wait (R21).
    pub fn message_id(&self) -> &'static str {
        match self {
            Wait::FirstRetake => "problem-retake-first",
            Wait::LaterRetake => "problem-retake-later",
            Wait::YearlyCap => "problem-retake-yearly-cap",
        }
    }
}

/// Declares a problem type with each problem once: its fields, its message id and the arguments
/// the message gets (every field, under its own name or the `as "name"` given). The core's
/// `Problem` is one; the desktop shell declares its own the same way.
#[macro_export]
macro_rules! problems {
    (
        $(#[$enum_meta:meta])*
        pub enum $enum:ident {
            $(
                $(#[$meta:meta])*
                $name:ident $({ $($field:ident : $ty:ty $(as $arg:literal)?),* $(,)? })? = $id:expr;
            )*
        }
    ) => {
        $(#[$enum_meta])*
        #[derive(Clone, Debug, PartialEq)]
        pub enum $enum {
            $($(#[$meta])* $name $({ $($field: $ty),* })?,)*
        }

        impl $crate::message::Message for $enum {
            #[allow(unused_variables)]
            fn id(&self) -> &'static str {
                match self {
                    $($enum::$name $({ $($field),* })? => $id,)*
                }
            }

            fn args(&self) -> $crate::message::Args {
                match self {
                    $($enum::$name $({ $($field),* })? => vec![$($(($crate::problems!(@name $field $($arg)?), $crate::message::ToArg::to_arg($field)),)*)?],)*
                }
            }
        }

        impl $enum {
            /// One of each problem, for the tests that hold every message to its arguments.
            #[cfg(test)]
            pub fn every() -> Vec<$enum> {
                vec![$($enum::$name $({ $($field: $crate::message::Sample::sample()),* })?,)*]
            }
        }
    };
    (@name $field:ident) => {
        stringify!($field)
    };
    (@name $field:ident $arg:literal) => {
        $arg
    };
}

problems! {
    /// Why an input is refused. The caller adds where (a field path, a form field).
    pub enum Problem {
        Required = "problem-required";
        WrongType { expected: &'static str } = "problem-wrong-type";
        UnknownField = "problem-unknown-field";
        NotJson { detail: String } = "problem-not-json";
        NotADate { value: String } = "problem-not-a-date";
        NotAnInstant { value: String } = "problem-not-an-instant";
        OutOfRange { value: String } = "problem-out-of-range";
        Empty = "problem-empty";
        TooLong { max: i64 } = "problem-too-long";
        TooMany { max: i64 } = "problem-too-many";
        /// A control or bidirectional formatting character in a name (`validate::unsafe_char`).
        ControlCharacter = "problem-control-character";
        /// The store would hold more than `limits::MAX_RECORDS` records.
        StoreFull { max: i64 } = "problem-store-full";
        /// An expiry from Microsoft that the validity rules cannot give for this earned date.
        ImplausibleExpiry { value: NaiveDate, earned: NaiveDate } = "problem-implausible-expiry";
        DuplicateId { value: String } = "problem-duplicate-id";
        UnknownKind { value: String } = "problem-unknown-kind";
        UnknownCertification { value: String } = "problem-unknown-certification";
        NotInCatalog { value: String } = "problem-not-in-catalog";
        AfterToday { value: NaiveDate, today: NaiveDate } = "problem-after-today";
        /// Before Microsoft's certification program existed (1992).
        BeforeProgram { value: NaiveDate, start: NaiveDate } = "problem-before-program";
        AfterNow { value: DateTime<Utc>, now: DateTime<Utc> } = "problem-after-now";
        EarnedOnOrAfterRetirement { value: NaiveDate, retired: NaiveDate } = "problem-earned-after-retirement";
        KindNeverExpires { kind: CertKind } = "problem-kind-never-expires";
        RenewalBeforeWindow { value: NaiveDate, opens: NaiveDate, expires: NaiveDate } = "problem-renewal-before-window";
        RenewalBeforeOffered { value: NaiveDate, from: NaiveDate } = "problem-renewal-before-offered";
        RenewalOnOrAfterExpiry { value: NaiveDate, expires: NaiveDate } = "problem-renewal-after-expiry";
        RenewalOnOrAfterRetirement { value: NaiveDate, retired: NaiveDate } = "problem-renewal-after-retirement";
        /// R6: exams, beta exams and newer exam versions never renew.
        NotARenewal { evidence: RenewalEvidence } = "problem-not-a-renewal";
        AttemptOutsideWindow { value: DateTime<Utc>, opens: NaiveDate, expires: NaiveDate } = "problem-attempt-outside-window";
        AttemptTooSoon { value: DateTime<Utc>, previous: DateTime<Utc> } = "problem-attempt-too-soon";
        OffsetOutOfRange { value: i64 } = "problem-offset-out-of-range";
        DuplicateOffset { value: i64 } = "problem-duplicate-offset";
        NoCatalogRecords = "problem-no-catalog-records";
        CannotRead { file: String, detail: String } = "problem-cannot-read";
        Usage { detail: String } = "problem-usage";
        CannotWrite { file: String, detail: String } = "problem-cannot-write";
        NotAnEmail { value: String } = "problem-not-an-email";
        NotAnMcid { value: String } = "problem-not-an-mcid";
        NeedTitleOrCertification = "problem-need-title-or-certification";
        HoldingNotFound = "problem-holding-not-found";
        PersonNotFound = "problem-person-not-found";
        /// More than one person has that name: their ids tell them apart.
        SeveralPeopleNamed { value: String, ids: String } = "problem-several-people-named";
        /// A person's name is the user's own label in the team views ("Me", 自分, 我) or another
        /// person's.
        NameTaken { value: String } = "problem-name-taken";
        NoSuchPerson { value: String } = "problem-no-such-person";
        RenewalNotOpen = "problem-renewal-not-open";
        AttemptNotYet { next: DateTime<Utc> } = "problem-attempt-not-yet";
        ProfilesConnected = "problem-profiles-connected";
        ProfilesIncomplete = "problem-profiles-incomplete";
        MergeProfilesFirst = "problem-merge-profiles-first";
        ConfirmIrreversible = "problem-confirm-irreversible";
        LinkNotAllowed { value: String } = "problem-link-not-allowed";
        NewerFormat { found: i64 } = "problem-newer-format";
        NotRecertExport = "problem-not-recert-export";
        Storage { detail: String } = "problem-storage";
        NewerDatabase { found: i64 } = "problem-newer-database";
        NotATime { value: String } = "problem-not-a-time";
        /// "Check now" while updates are off: no network without the user's consent.
        UpdatesOff = "problem-updates-off";
        /// Not a shared Learn transcript link.
        NotATranscriptLink { value: String } = "problem-not-a-transcript-link";
        /// A transcript field Recert needs is missing or not in the form it knows (the field's path
        /// comes with it).
        TranscriptField = "problem-transcript-field";
        /// Microsoft answers that the transcript is not shared (any more).
        TranscriptNotShared = "problem-transcript-not-shared";
        /// Microsoft's catalog answer lists far fewer certifications than Recert knows (cut short,
        /// or not the catalog): refused rather than read as retirements.
        CatalogShrunk { listed: i64, known: i64 } = "problem-catalog-shrunk";
        /// Microsoft's catalog address no longer answers (the Learn Catalog API was announced to end).
        CatalogEndpointGone = "problem-catalog-endpoint-gone";
        /// Microsoft's catalog could not be read (offline, DNS, TLS, no answer in time).
        CatalogUnreachable { detail: String } = "problem-catalog-unreachable";
        /// Microsoft's catalog answer now changes something other than what the user was shown.
        CatalogChangedSincePreview = "problem-catalog-changed-since-preview";
        /// Microsoft Learn could not be reached (offline, DNS, TLS, refused).
        LearnUnreachable { detail: String } = "problem-learn-unreachable";
        /// Microsoft Learn did not answer in time.
        LearnTimeout { seconds: u32 } = "problem-learn-timeout";
        /// Microsoft Learn answered with an error status, or sent Recert elsewhere.
        LearnBadAnswer { detail: String } = "problem-learn-bad-answer";
        RecoveryNeeded = "problem-recovery-needed";
        /// Another Recert process kept the database for longer than Recert waits.
        DatabaseBusy = "problem-database-busy";
        /// A file Recert reads is not a regular file (a device, a folder, a pipe).
        NotAFile { file: String } = "problem-not-a-file";
        /// A file Recert reads is larger than it accepts (refused before reading it).
        FileTooLarge { file: String, max_mib: i64 as "max" } = "problem-file-too-large";
        /// An id from a file that is not `[A-Za-z0-9_-]{1,64}`.
        BadId { value: String } = "problem-bad-id";
        /// A recovery command while the database is healthy.
        NotInRecovery = "problem-not-in-recovery";
        /// Over `PAUSE_HOURS` ahead: not a pause the Settings form could have made.
        PauseTooLong { value: DateTime<Utc> } = "problem-pause-too-long";
        /// R21: a passed exam is not retaken while its certification is active.
        ExamAlreadyPassed = "problem-exam-already-passed";
        /// R21: a beta exam can be taken once.
        BetaExamOnce = "problem-beta-exam-once";
        /// A sitting must come after the exam's earlier sittings.
        SittingNotAfterLast { last: NaiveDateTime } = "problem-sitting-not-after-last";
        /// R21: the retake policy's wait.
        RetakeTooSoon { next: NaiveDateTime, wait: Wait } = wait.message_id();
        NotADateTime { value: String } = "problem-not-a-date-time";
        /// A booking must be in the future.
        BookingInPast { value: NaiveDateTime } = "problem-booking-in-past";
        /// A result cannot be entered for a sitting still ahead.
        ResultInFuture { value: NaiveDateTime } = "problem-result-in-future";
        PlanNotFound = "problem-plan-not-found";
        ExamNotInPlan { value: String } = "problem-exam-not-in-plan";
        /// Already working on this certification.
        PlanExists = "problem-plan-exists";
        /// R21: held and active: its exams are not retaken.
        AlreadyHeld = "problem-already-held";
        /// R11: a retired certification can no longer be earned.
        RetiredCannotEarn { on: NaiveDate } = "problem-retired-cannot-earn";
        /// The catalog lists no exam for this certification.
        NoExamsListed = "problem-no-exams-listed";
    }
}

/// A value of a problem's field, for the generated `every()` of `problems!` (tests only).
#[doc(hidden)]
pub trait Sample {
    fn sample() -> Self;
}

macro_rules! sample_by_default {
    ($($ty:ty),*) => {
        $(impl Sample for $ty {
            fn sample() -> Self {
                <$ty>::default()
            }
        })*
    };
}

sample_by_default!(String, &'static str, i64, u32, NaiveDate, NaiveDateTime, DateTime<Utc>);

impl Sample for CertKind {
    fn sample() -> Self {
        CertKind::Fundamentals
    }
}

impl Sample for RenewalEvidence {
    fn sample() -> Self {
        RenewalEvidence::BetaExam
    }
}

impl Sample for Wait {
    fn sample() -> Self {
        Wait::LaterRetake
    }
}

/// The variables (`$name`) message `id` uses in the catalog `source`.
fn variables(source: &str, id: &str) -> Option<Vec<String>> {
    let start = source.lines().position(|l| l.starts_with(&format!("{id} =")))?;
    let text: Vec<&str> = source
        .lines()
        .skip(start)
        .enumerate()
        .take_while(|(i, l)| *i == 0 || l.starts_with(' ') || l.starts_with('}') || l.is_empty())
        .map(|(_, l)| l)
        .collect();
    let text = text.join("\n");
    let mut out: Vec<String> = text
        .match_indices('$')
        .map(|(i, _)| {
            text[i + 1..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect()
        })
        .collect();
    out.sort();
    out.dedup();
    Some(out)
}

/// What is wrong with message `m` in the three catalogs: a catalog without its id, or a variable
/// (`$name`) its text uses that `m` does not give. Empty when nothing is. For the tests of every
/// problem type (`problems!`'s `every()`).
#[doc(hidden)]
pub fn message_gaps(m: &dyn Message) -> Vec<String> {
    use crate::i18n::{EN_FTL, JA_FTL, ZH_TW_FTL};
    let id = m.id();
    let args = m.args();
    let given: Vec<&str> = args.iter().map(|(name, _)| *name).collect();
    let mut gaps = Vec::new();
    for (lang, source) in [("en", EN_FTL), ("ja", JA_FTL), ("zh-TW", ZH_TW_FTL)] {
        match variables(source, id) {
            None => gaps.push(format!("{lang}: no message {id}")),
            Some(used) => {
                for v in used.iter().filter(|v| !given.contains(&v.as_str())) {
                    gaps.push(format!("{lang}: {id} uses ${v}, not given"));
                }
            }
        }
    }
    gaps
}

#[cfg(test)]
pub mod tests {
    use super::*;

    #[test]
    fn every_problem_has_its_message_in_each_language_with_every_argument_it_names() {
        let problems = Problem::every();
        assert!(problems.len() > 80, "{}", problems.len());
        for (lang, source) in [
            ("en", crate::i18n::EN_FTL),
            ("ja", crate::i18n::JA_FTL),
            ("zh-TW", crate::i18n::ZH_TW_FTL),
        ] {
            for problem in &problems {
                let id = problem.id();
                let used = variables(source, id)
                    .unwrap_or_else(|| panic!("{lang}: no message {id} for {problem:?}"));
                let given: Vec<&str> = problem.args().iter().map(|(name, _)| *name).collect();
                let missing: Vec<&String> =
                    used.iter().filter(|v| !given.contains(&v.as_str())).collect();
                assert!(
                    missing.is_empty(),
                    "{lang} {id} uses {missing:?}, {problem:?} gives {given:?}"
                );
            }
        }
    }
}
