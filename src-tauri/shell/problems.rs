//! What only the desktop shell can fail at: the OS's start-at-sign-in entry, the print dialog, the
//! browser, and updates. Declared like the core's problems (`recert_core::problems!`), out of the
//! core, which never does any of these.

use recert_core::{AppError, ErrorKind, Recert};

recert_core::problems! {
    /// Why something only the shell does failed.
    pub enum ShellProblem {
        Autostart { detail: String } = "problem-autostart";
        /// The browser could not be started for a link.
        CannotOpenLink { value: String, detail: String } = "problem-cannot-open-link";
        /// The system print dialog could not be opened.
        CannotPrint { detail: String } = "problem-cannot-print";
        /// The update server could not be reached (offline, refused, DNS, TLS).
        UpdateUnreachable { detail: String } = "problem-update-unreachable";
        /// The update server did not answer in time.
        UpdateTimeout { seconds: u32 } = "problem-update-timeout";
        /// The update server answered with something that is not an update manifest for this
        /// platform.
        UpdateBadAnswer { detail: String } = "problem-update-bad-answer";
        /// The downloaded update is not signed with Recert's key: it was not installed.
        UpdateSignature = "problem-update-signature";
        /// The update package is larger than Recert downloads (`updates::MAX_PACKAGE_BYTES`).
        UpdateTooLarge { max_mib: i64 as "max" } = "problem-update-too-large";
        /// The update was verified but the installer failed.
        UpdateInstall { detail: String } = "problem-update-install";
        /// "Install" with no update found by the last check.
        NoUpdatePending = "problem-no-update-pending";
        /// A build made outside the release workflow names no update server.
        UpdatesNotConfigured = "problem-updates-not-configured";
    }
}

/// A shell failure: its kind (what the page branches on) and the problem.
#[derive(Clone, Debug, PartialEq)]
pub struct ShellFailure {
    pub kind: ErrorKind,
    pub problem: ShellProblem,
}

impl ShellFailure {
    pub fn new(kind: ErrorKind, problem: ShellProblem) -> ShellFailure {
        ShellFailure { kind, problem }
    }

    /// The error the page gets, in the user's language.
    pub fn translate(&self, recert: &Recert, locale: recert_core::Locale) -> AppError {
        AppError { kind: self.kind, message: recert.text(locale, &self.problem), field: None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shell_problem_has_its_message_in_each_language_with_every_argument_it_names() {
        let gaps: Vec<String> = ShellProblem::every()
            .iter()
            .flat_map(|p| recert_core::message::message_gaps(p))
            .collect();
        assert!(gaps.is_empty(), "{gaps:#?}");
    }
}
