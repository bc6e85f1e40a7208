//! The certification catalog: a bundled snapshot in Learn Catalog API form, and the importer for a
//! saved Catalog API response (`certifications`, `exams` and `mergedCertifications` forms).
//!
//! Unknown fields are ignored, as the API adds fields over time. Recert's own additions ride in a
//! `recert` object on each record (renewal availability, retirement, localized titles), which other
//! readers ignore in turn.

use crate::date::parse_date;
use crate::kind::CertKind;
use crate::message::Problem;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// The bundled snapshot, used until the user imports a newer response.
pub const SNAPSHOT_JSON: &str = include_str!("../../catalog/snapshot.json");

/// Larger files are refused before parsing: a full Catalog API response is about 13 MB.
pub const MAX_IMPORT_BYTES: usize = 64 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Certification {
    pub uid: String,
    pub title: String,
    pub subtitle: Option<String>,
    pub url: Option<String>,
    pub icon_url: Option<String>,
    pub kind: CertKind,
    /// Exam uids; the certification is earned when the last one is passed (R18).
    pub exams: Vec<String>,
    pub levels: Vec<String>,
    pub roles: Vec<String>,
    pub products: Vec<String>,
    /// 0 or absent: does not expire.
    pub renewal_frequency_in_days: Option<u32>,
    /// Certification uids, any one of which is required first (expert ⇐ associate).
    pub prerequisites: Vec<String>,
    pub study_guide: Vec<String>,
    pub renewal_available_from: Option<NaiveDate>,
    pub retired_on: Option<NaiveDate>,
    /// A retirement reported by one source and not yet confirmed (catalog-facts: "reported").
    #[serde(default)]
    pub retirement_reported: Option<NaiveDate>,
    /// The uid of the certification Microsoft names as its replacement.
    #[serde(default)]
    pub replaced_by: Option<String>,
    /// Titles in other languages, by locale tag (`ja`, `zh-TW`).
    pub titles: BTreeMap<String, String>,
    /// Names it went by before (the renewal guide says "Data Analyst Associate").
    pub former_titles: Vec<String>,
    /// Uids it was known by before (an older snapshot's, or a record merged into this one):
    /// holdings stored under them still find it.
    #[serde(default)]
    pub former_uids: Vec<String>,
    /// The day a catalog check first found Microsoft no longer listing it (kept all the same:
    /// Microsoft drops retired certifications while their holders still need them).
    #[serde(default)]
    pub unlisted_on: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Exam {
    pub uid: String,
    pub title: String,
    /// The exam code, such as `AZ-104`.
    pub display_name: Option<String>,
    pub url: Option<String>,
    /// R12: the renewal assessment comes in the same languages as the exam.
    pub locales: Vec<String>,
    pub levels: Vec<String>,
    pub roles: Vec<String>,
    pub products: Vec<String>,
    pub providers: Vec<String>,
    pub retired_on: Option<NaiveDate>,
    pub titles: BTreeMap<String, String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    /// The day the catalog describes (the snapshot's date, or the import's).
    pub described_on: Option<NaiveDate>,
    pub certifications: Vec<Certification>,
    pub exams: Vec<Exam>,
    #[serde(skip)]
    index: HashMap<String, usize>,
    #[serde(skip)]
    former_index: HashMap<String, usize>,
    #[serde(skip)]
    exam_index: HashMap<String, usize>,
}

/// A refused import: where in the file, and what is wrong there.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportError {
    pub path: String,
    pub problem: Problem,
}

// ---- the wire form -------------------------------------------------------------------------

#[derive(Deserialize)]
struct RawResponse {
    #[serde(default)]
    certifications: Option<Vec<RawCertification>>,
    #[serde(default, rename = "mergedCertifications")]
    merged_certifications: Option<Vec<RawCertification>>,
    #[serde(default)]
    exams: Option<Vec<RawExam>>,
    #[serde(default)]
    recert: Option<RawSnapshotInfo>,
}

#[derive(Deserialize)]
struct RawSnapshotInfo {
    described_on: Option<String>,
}

/// A list item that is either a plain string or an object with a `uid`/`url`/`type`.
#[derive(Deserialize)]
#[serde(untagged)]
enum RawRef {
    Text(String),
    Object {
        #[serde(default)]
        uid: Option<String>,
        #[serde(default)]
        url: Option<String>,
        #[serde(default, rename = "type")]
        kind: Option<String>,
    },
}

impl RawRef {
    fn into_text(self) -> Option<String> {
        match self {
            RawRef::Text(s) => Some(s),
            RawRef::Object { uid, url, kind } => uid.or(url).or(kind),
        }
    }
}

fn texts(refs: Vec<RawRef>) -> Vec<String> {
    refs.into_iter().filter_map(RawRef::into_text).collect()
}

#[derive(Default, Deserialize)]
struct RawExtension {
    renewal_available_from: Option<String>,
    retired_on: Option<String>,
    retirement_reported: Option<String>,
    replaced_by: Option<String>,
    #[serde(default)]
    titles: BTreeMap<String, String>,
    #[serde(default)]
    former_titles: Vec<String>,
    #[serde(default)]
    former_uids: Vec<String>,
}

#[derive(Deserialize)]
struct RawCertification {
    uid: Option<String>,
    title: Option<String>,
    subtitle: Option<String>,
    url: Option<String>,
    icon_url: Option<String>,
    certification_type: Option<String>,
    #[serde(default)]
    exams: Vec<RawRef>,
    #[serde(default)]
    levels: Vec<String>,
    #[serde(default)]
    roles: Vec<String>,
    #[serde(default)]
    products: Vec<String>,
    renewal_frequency_in_days: Option<u32>,
    #[serde(default)]
    prerequisites: Vec<RawRef>,
    #[serde(default)]
    study_guide: Vec<RawRef>,
    #[serde(default)]
    recert: Option<RawExtension>,
}

#[derive(Deserialize)]
struct RawExam {
    uid: Option<String>,
    title: Option<String>,
    display_name: Option<String>,
    url: Option<String>,
    #[serde(default)]
    locales: Vec<String>,
    #[serde(default)]
    levels: Vec<String>,
    #[serde(default)]
    roles: Vec<String>,
    #[serde(default)]
    products: Vec<String>,
    #[serde(default)]
    providers: Vec<RawRef>,
    #[serde(default)]
    recert: Option<RawExtension>,
}

fn at(path: String, problem: Problem) -> ImportError {
    ImportError { path, problem }
}

fn required(path: &str, field: &str, value: Option<String>) -> Result<String, ImportError> {
    match value {
        Some(v) if !v.trim().is_empty() => Ok(v),
        Some(_) => Err(at(format!("{path}.{field}"), Problem::Empty)),
        None => Err(at(format!("{path}.{field}"), Problem::Required)),
    }
}

fn optional_date(
    path: &str,
    field: &str,
    value: Option<String>,
) -> Result<Option<NaiveDate>, ImportError> {
    value
        .map(|v| {
            parse_date(&v)
                .ok_or_else(|| at(format!("{path}.recert.{field}"), Problem::NotADate { value: v }))
        })
        .transpose()
}

impl RawCertification {
    fn into_certification(self, path: &str) -> Result<Certification, ImportError> {
        let uid = required(path, "uid", self.uid)?;
        let title = required(path, "title", self.title)?;
        let type_text = required(path, "certification_type", self.certification_type)?;
        let kind = CertKind::parse(&type_text).ok_or_else(|| {
            at(format!("{path}.certification_type"), Problem::UnknownKind { value: type_text })
        })?;
        let ext = self.recert.unwrap_or_default();
        Ok(Certification {
            uid,
            title,
            subtitle: self.subtitle,
            url: self.url,
            icon_url: self.icon_url,
            kind,
            exams: texts(self.exams),
            levels: self.levels,
            roles: self.roles,
            products: self.products,
            renewal_frequency_in_days: self.renewal_frequency_in_days,
            prerequisites: texts(self.prerequisites),
            study_guide: texts(self.study_guide),
            renewal_available_from: optional_date(
                path,
                "renewal_available_from",
                ext.renewal_available_from,
            )?,
            retired_on: optional_date(path, "retired_on", ext.retired_on)?,
            retirement_reported: optional_date(
                path,
                "retirement_reported",
                ext.retirement_reported,
            )?,
            replaced_by: ext.replaced_by,
            titles: ext.titles,
            former_titles: ext.former_titles,
            former_uids: ext.former_uids,
            unlisted_on: None,
        })
    }
}

impl RawExam {
    fn into_exam(self, path: &str) -> Result<Exam, ImportError> {
        let ext = self.recert.unwrap_or_default();
        Ok(Exam {
            uid: required(path, "uid", self.uid)?,
            title: required(path, "title", self.title)?,
            display_name: self.display_name,
            url: self.url,
            locales: self.locales,
            levels: self.levels,
            roles: self.roles,
            products: self.products,
            providers: texts(self.providers),
            retired_on: optional_date(path, "retired_on", ext.retired_on)?,
            titles: ext.titles,
        })
    }
}

/// Turns serde_path_to_error's path (`certifications[3].exams`) into ours, unchanged but for the
/// root, which it calls `.`.
fn serde_error(err: serde_path_to_error::Error<serde_json::Error>) -> ImportError {
    let path = err.path().to_string();
    let path = if path == "." { "(file)".to_owned() } else { path };
    let inner = err.into_inner();
    let problem = if inner.is_syntax() || inner.is_eof() {
        Problem::NotJson { detail: inner.to_string() }
    } else {
        Problem::WrongType { expected: describe_expected(&inner.to_string()) }
    };
    at(path, problem)
}

/// serde's messages read "invalid type: integer `3`, expected a string at line 1 column 9";
/// keep the noun the user can act on.
fn describe_expected(message: &str) -> &'static str {
    let expected = message.split("expected ").nth(1).unwrap_or("");
    if expected.starts_with("a string") {
        "a string"
    } else if expected.starts_with("a sequence") || expected.starts_with("an array") {
        "an array"
    } else if expected.starts_with("u32") || expected.contains("integer") {
        "a whole number"
    } else if expected.starts_with("struct") || expected.starts_with("a map") {
        "an object"
    } else {
        "another type"
    }
}

impl Catalog {
    /// The bundled snapshot. It is checked by the tests; should it ever fail to parse, the app
    /// still starts with an empty catalog and custom certifications work.
    pub fn bundled() -> Catalog {
        Catalog::import(SNAPSHOT_JSON.as_bytes()).unwrap_or_default()
    }

    /// Parses a saved Learn Catalog API response, or Recert's snapshot. All or nothing: the first
    /// problem refuses the whole file.
    pub fn import(bytes: &[u8]) -> Result<Catalog, ImportError> {
        Catalog::parse(bytes, false)
    }

    /// Parses Microsoft's live answer for a catalog check: a record Recert cannot read (a kind of
    /// certification it does not know yet, a record without a title) is left out rather than
    /// refusing the rest; what is left out stays as Recert knows it.
    pub fn import_answer(bytes: &[u8]) -> Result<Catalog, ImportError> {
        Catalog::parse(bytes, true)
    }

    fn parse(bytes: &[u8], skip_unreadable: bool) -> Result<Catalog, ImportError> {
        if bytes.len() > MAX_IMPORT_BYTES {
            return Err(at("(file)".into(), Problem::TooLong { max: MAX_IMPORT_BYTES as i64 }));
        }
        let mut de = serde_json::Deserializer::from_slice(bytes);
        let raw: RawResponse = serde_path_to_error::deserialize(&mut de).map_err(serde_error)?;
        de.end().map_err(|e| at("(file)".into(), Problem::NotJson { detail: e.to_string() }))?;

        let described_on =
            match raw.recert.and_then(|r| r.described_on) {
                Some(v) => Some(parse_date(&v).ok_or_else(|| {
                    at("recert.described_on".into(), Problem::NotADate { value: v })
                })?),
                None => None,
            };
        if raw.certifications.is_none()
            && raw.merged_certifications.is_none()
            && raw.exams.is_none()
        {
            return Err(at("(file)".into(), Problem::NoCatalogRecords));
        }
        let mut catalog = Catalog { described_on, ..Catalog::default() };
        // The merged form carries more fields; where both forms name a uid, it wins.
        for (name, list) in [
            ("certifications", raw.certifications),
            ("mergedCertifications", raw.merged_certifications),
        ] {
            for (i, rc) in list.into_iter().flatten().enumerate() {
                let cert = match rc.into_certification(&format!("{name}[{i}]")) {
                    Err(_) if skip_unreadable => continue,
                    other => other?,
                };
                match catalog.index.get(&cert.uid) {
                    Some(&at) => catalog.certifications[at] = cert,
                    None => {
                        catalog.index.insert(cert.uid.clone(), catalog.certifications.len());
                        catalog.certifications.push(cert);
                    }
                }
            }
        }
        for (i, re) in raw.exams.into_iter().flatten().enumerate() {
            let exam = match re.into_exam(&format!("exams[{i}]")) {
                Err(_) if skip_unreadable => continue,
                other => other?,
            };
            match catalog.exam_index.get(&exam.uid) {
                Some(&at) => catalog.exams[at] = exam,
                None => {
                    catalog.exam_index.insert(exam.uid.clone(), catalog.exams.len());
                    catalog.exams.push(exam);
                }
            }
        }
        // A catalog without certifications would replace every record Recert knows with nothing.
        if catalog.certifications.is_empty() {
            return Err(at("certifications".into(), Problem::NoCatalogRecords));
        }
        catalog.reindex();
        Ok(catalog)
    }

    /// Rebuilds the look-up tables after deserializing a stored catalog.
    pub fn reindex(&mut self) {
        self.index =
            self.certifications.iter().enumerate().map(|(i, c)| (c.uid.clone(), i)).collect();
        self.former_index = self
            .certifications
            .iter()
            .enumerate()
            .flat_map(|(i, c)| c.former_uids.iter().map(move |u| (u.clone(), i)))
            .collect();
        self.exam_index = self.exams.iter().enumerate().map(|(i, e)| (e.uid.clone(), i)).collect();
    }

    /// The certification with this uid, or that was known by it before.
    pub fn certification(&self, uid: &str) -> Option<&Certification> {
        self.index.get(uid).or_else(|| self.former_index.get(uid)).map(|&i| &self.certifications[i])
    }

    /// What the catalog knows of a certification that the engine needs: its kind, when renewal
    /// became available, its retirement (confirmed or reported) and its replacement's title.
    pub fn holding_facts(&self, uid: &str) -> Option<crate::engine::Holding> {
        let cert = self.certification(uid)?;
        Some(crate::engine::Holding {
            kind: Some(cert.kind),
            renewal_available_from: cert.renewal_available_from,
            retired_on: cert.retired_on,
            retirement_reported: cert.retirement_reported,
            replaced_by: cert
                .replaced_by
                .as_deref()
                .and_then(|r| self.certification(r))
                .map(|r| r.title.clone()),
            has_prerequisites: !cert.prerequisites.is_empty(),
            ..crate::engine::Holding::default()
        })
    }

    pub fn exam(&self, uid: &str) -> Option<&Exam> {
        self.exam_index.get(uid).map(|&i| &self.exams[i])
    }

    /// Exam codes of a certification (`AZ-104`), in catalog order.
    pub fn exam_codes(&self, cert: &Certification) -> Vec<String> {
        cert.exams
            .iter()
            .map(|uid| match self.exam(uid).and_then(|e| e.display_name.clone()) {
                Some(code) => code,
                None => uid.trim_start_matches("exam.").to_uppercase(),
            })
            .collect()
    }

    /// R12: the renewal assessment is offered in the languages of the certification's exam(s).
    pub fn renewal_languages(&self, cert: &Certification) -> Vec<String> {
        let mut langs: Vec<String> = Vec::new();
        for exam in cert.exams.iter().filter_map(|uid| self.exam(uid)) {
            for l in &exam.locales {
                if !langs.contains(l) {
                    langs.push(l.clone());
                }
            }
        }
        langs
    }

    /// Certifications whose title (in any language) or exam code contains `query`, ignoring case.
    pub fn search(&self, query: &str) -> Vec<&Certification> {
        let q = query.trim().to_lowercase();
        self.certifications
            .iter()
            .filter(|c| {
                q.is_empty()
                    || c.title.to_lowercase().contains(&q)
                    || c.titles
                        .values()
                        .chain(&c.former_titles)
                        .any(|t| t.to_lowercase().contains(&q))
                    || self.exam_codes(c).iter().any(|code| code.to_lowercase().contains(&q))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r12_renewal_assessment_languages_are_the_exam_languages() {
        let json = br#"{"certifications":[{"uid":"certification.x","title":"X","certification_type":"role-based","exams":["exam.a","exam.b"]}],
            "exams":[{"uid":"exam.a","title":"A","locales":["en","ja"]},{"uid":"exam.b","title":"B","locales":["ja","zh-tw"]}]}"#;
        let c = Catalog::import(json).expect("valid");
        let cert = c.certification("certification.x").expect("present");
        assert_eq!(c.renewal_languages(cert), vec!["en", "ja", "zh-tw"]);
        let az104 = Catalog::bundled();
        let admin = az104.certification("certification.azure-administrator").expect("in snapshot");
        let langs = az104.renewal_languages(admin);
        assert!(langs.contains(&"ja".to_owned()) && langs.contains(&"zh-tw".to_owned()));
    }

    #[test]
    fn bundled_snapshot_parses_with_exam_codes() {
        let c = Catalog::bundled();
        assert!(c.certifications.len() >= 50, "{}", c.certifications.len());
        assert!(c.described_on.is_some());
        let admin = c.certification("certification.azure-administrator").expect("AZ-104 cert");
        assert_eq!(c.exam_codes(admin), vec!["AZ-104"]);
        assert_eq!(admin.kind, CertKind::RoleBased);
        for cert in &c.certifications {
            assert!(!cert.exams.is_empty(), "{} lists no exam", cert.uid);
            for exam in &cert.exams {
                assert!(c.exam(exam).is_some(), "{} names missing {exam}", cert.uid);
            }
            for pre in &cert.prerequisites {
                assert!(
                    c.certification(pre).is_some(),
                    "{} names missing prerequisite {pre}",
                    cert.uid
                );
            }
        }
        assert_eq!(c.search("az-104").len(), 1);
        assert!(c.search("Fundamentals").len() >= 6);
    }

    #[test]
    fn import_names_the_path_of_a_bad_field() {
        let bad_type = br#"{"certifications":[{"uid":"a","title":"A","certification_type":"role-based"},{"uid":"b","title":"B","certification_type":"wizard"}]}"#;
        let e = Catalog::import(bad_type).expect_err("unknown type");
        assert_eq!(e.path, "certifications[1].certification_type");
        assert_eq!(e.problem, Problem::UnknownKind { value: "wizard".into() });

        let wrong = br#"{"exams":[{"uid":"exam.a","title":"A","locales":"en"}]}"#;
        let e = Catalog::import(wrong).expect_err("locales must be an array");
        assert_eq!(e.path, "exams[0].locales");
        assert_eq!(e.problem, Problem::WrongType { expected: "an array" });

        let missing =
            br#"{"mergedCertifications":[{"title":"No uid","certification_type":"specialty"}]}"#;
        assert_eq!(Catalog::import(missing).expect_err("uid").path, "mergedCertifications[0].uid");
        assert!(matches!(
            Catalog::import(b"{\"certifications\": [").expect_err("truncated").problem,
            Problem::NotJson { .. }
        ));
        assert_eq!(
            Catalog::import(b"{\"modules\": []}").expect_err("nothing").problem,
            Problem::NoCatalogRecords
        );
        assert!(Catalog::import(b"[]").is_err());
    }

    #[test]
    fn unknown_fields_are_ignored_and_merged_form_wins() {
        let json = br#"{"modules":[{"uid":"m"}],"certifications":[{"uid":"c","title":"Old","certification_type":"specialty","new_field":{"x":1}}],
            "mergedCertifications":[{"uid":"c","title":"New","certification_type":"specialty","renewal_frequency_in_days":365,"skills":[{"a":1}]}]}"#;
        let c = Catalog::import(json).expect("valid");
        assert_eq!(c.certifications.len(), 1);
        assert_eq!(c.certification("c").map(|x| x.title.as_str()), Some("New"));
    }
}

#[cfg(test)]
mod facts_tests;
