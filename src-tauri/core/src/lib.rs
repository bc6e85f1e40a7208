//! Recert's core: the renewal rules, the certification catalog, the message catalogs and the
//! `recert eval` contract. Plain Rust with no Tauri and no clock: every function that depends on
//! the day takes `today`/`now` as arguments, so the app, the CLI and the tests agree.

pub mod catalog;
pub mod date;
pub mod engine;
pub mod eval;
pub mod i18n;
pub mod kind;
pub mod learn_transcript;
pub mod message;

pub use catalog::Catalog;
pub use engine::{evaluate, Evaluation, Holding, Status};
pub use i18n::{Catalogs, Locale};
pub use kind::CertKind;
pub use message::{Message, Problem, Reason, RenewalEvidence};
pub mod alerts;
pub mod backup;
pub mod browse;
pub mod calendar;
pub mod error;
pub mod exams;
pub mod files;
pub mod forget;
pub mod links;
pub mod model;
pub mod plans;
pub mod recovery;
pub mod reminders;
pub mod service;
pub mod store;
pub mod timeline;
pub mod transcript;
pub mod transcript_import;
pub mod views;

pub use error::{AppError, ErrorKind, Failure};
pub use service::Recert;
