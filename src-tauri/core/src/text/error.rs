//! The one error type that crosses to the UI: `{kind, message}`, the message already in the
//! user's language. The UI branches on `kind`; it never parses `message`. A form's invalid input
//! also says which `field` (its id, `earned_on`): the UI marks that field invalid and ties the
//! message to it, so a screen reader says it there; the message names the field by its label too.
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
    /// The form field at fault (absent for every other failure, and for a path in a file).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub field: Option<String>,
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
        let mut form_field = None;
        let message = match &self.field {
            None => text,
            Some(field) => {
                let label_id = format!("field-{field}");
                let label = if catalogs.has(locale, &label_id) {
                    form_field = Some(field.clone());
                    catalogs.text(locale, &label_id, &[])
                } else {
                    field.clone()
                };
                let sep = if locale == Locale::En { ": " } else { "：" };
                format!("{label}{sep}{text}")
            }
        };
        AppError { kind: self.kind, message, field: form_field }
    }
}

pub type Outcome<T> = Result<T, Failure>;

#[cfg(test)]
mod tests {
    use super::*;

    /// The UI gets `{kind, message}`, and `field` only where a form's control is at fault.
    #[test]
    fn only_a_form_fields_error_names_its_field() {
        let c = Catalogs::new();
        let date = Problem::NotADate { value: "2026-02-30".into() };
        let form = Failure::invalid("earned_on", date.clone()).translate(&c, Locale::En);
        assert_eq!(
            serde_json::to_value(&form).expect("json"),
            serde_json::json!({"kind": "invalid", "message": "Earned on: 2026-02-30 is not a date", "field": "earned_on"})
        );
        // A path in an imported file is said in the message, but is no field of a form.
        let file = Failure::invalid("holdings[2].earned_on", date).translate(&c, Locale::En);
        assert_eq!(file.field, None);
        let json = serde_json::to_value(&file).expect("json");
        assert_eq!(json.as_object().map(|o| o.len()), Some(2), "{json}");
    }
}
