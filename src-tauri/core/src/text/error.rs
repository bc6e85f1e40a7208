//! The one error type that crosses to the UI: `{kind, message}`, the message already in the
//! user's language. The UI branches on `kind`; it never parses `message`.
//!
//! Kinds:
//! - `invalid`: an input (form field, imported file, argument) is wrong; nothing was changed.
//! - `not-found`: the certification or file named does not exist (any more).
//! - `conflict`: the request contradicts what is stored, such as changing connected profiles.
//! - `storage`: the database could not be read or written; nothing acknowledged was lost.
//! - `io`: a file outside the database could not be read or written.
//! - `network`: a server (updates) could not be reached or gave an answer Recert refuses;
//!   nothing was changed.

use crate::i18n::Catalogs;
use crate::locale::Locale;
use crate::message::Problem;
use serde::Serialize;
use ts_rs::TS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ErrorKind {
    Invalid,
    NotFound,
    Conflict,
    Storage,
    Io,
    Network,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct AppError {
    pub kind: ErrorKind,
    pub message: String,
}

/// A failure before translation: its kind, the problem, and the form field or file path at fault.
#[derive(Clone, Debug, PartialEq)]
pub struct Failure {
    pub kind: ErrorKind,
    pub problem: Problem,
    /// A form field id (`earned_on`) shown through its label, or a path in a file.
    pub field: Option<String>,
}

impl Failure {
    pub fn invalid(field: impl Into<String>, problem: Problem) -> Failure {
        Failure { kind: ErrorKind::Invalid, problem, field: Some(field.into()) }
    }

    pub fn new(kind: ErrorKind, problem: Problem) -> Failure {
        Failure { kind, problem, field: None }
    }

    /// "Earned on: 2026-11-23 is after today (2026-11-22)". A field with a label in the catalogs
    /// (`field-earned_on`) shows the label; a file path shows as it is.
    pub fn translate(&self, catalogs: &Catalogs, locale: Locale) -> AppError {
        let text = catalogs.message(locale, &self.problem);
        let message = match &self.field {
            None => text,
            Some(field) => {
                let label_id = format!("field-{field}");
                let label = if catalogs.has(locale, &label_id) {
                    catalogs.text(locale, &label_id, &[])
                } else {
                    field.clone()
                };
                let sep = if locale == Locale::En { ": " } else { "：" };
                format!("{label}{sep}{text}")
            }
        };
        AppError { kind: self.kind, message }
    }
}

pub type Outcome<T> = Result<T, Failure>;
