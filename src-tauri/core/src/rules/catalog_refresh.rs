//! "Check Microsoft Learn for catalog changes": a fresh answer of Microsoft's catalog endpoint
//! merged into the catalog Recert has, and what that changes, for the user to see before it is
//! applied.
//!
//! Microsoft's answer is the truth for what it lists (titles, exams, levels, links, new
//! certifications). Recert's own knowledge rides on: renewal availability, retirements and their
//! successors, titles in other languages, former titles and uids, and every field
//! `catalog/corrections.json` pins (a title or exam list Microsoft's data has wrong). What the
//! answer no longer lists is kept, as Microsoft drops retired certifications while their holders
//! still need them; it is named in the preview. An answer that lists far fewer certifications than
//! Recert knows is refused whole: a broken or cut answer must not look like mass retirement.

use crate::catalog::{Catalog, Certification};
use crate::message::Problem;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;
use ts_rs::TS;

/// The certifications an answer must list, as a share of those Recert knows Learn lists (current
/// and not retired): a full answer lists them all, plus new ones.
const MIN_SHARE_PERCENT: usize = 75;

/// Recert's uids for certifications Microsoft launched before its catalog listed them.
const LOCAL_UID_PREFIX: &str = "recert.";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Renamed {
    pub from: String,
    pub to: String,
}

/// What applying an answer would change. The UI shows it and sends it back with "Apply": the
/// answer read again must change exactly this, or nothing is applied.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CatalogChanges {
    /// Certifications Microsoft lists that Recert did not know (titles).
    pub new: Vec<String>,
    pub renamed: Vec<Renamed>,
    /// Known to Recert, current, and no longer listed by Microsoft (retired, most likely): kept.
    pub unlisted: Vec<String>,
    /// Exams Recert did not know.
    pub new_exams: u32,
    /// Certifications in Microsoft's answer.
    pub listed: u32,
}

impl CatalogChanges {
    pub fn is_empty(&self) -> bool {
        self.new.is_empty()
            && self.renamed.is_empty()
            && self.unlisted.is_empty()
            && self.new_exams == 0
    }
}

/// Fields `corrections.json` sets for a uid, which an answer does not override.
#[derive(Default)]
struct Pins {
    title: bool,
    exams: bool,
}

fn pins() -> &'static BTreeMap<String, Pins> {
    static PINS: OnceLock<BTreeMap<String, Pins>> = OnceLock::new();
    PINS.get_or_init(|| {
        let corrections: serde_json::Value =
            serde_json::from_str(include_str!("../../catalog/corrections.json"))
                .unwrap_or_default();
        let Some(certs) = corrections.get("certifications").and_then(|c| c.as_object()) else {
            return BTreeMap::new();
        };
        certs
            .iter()
            .map(|(uid, fix)| {
                (
                    uid.clone(),
                    Pins { title: fix.get("title").is_some(), exams: fix.get("exams").is_some() },
                )
            })
            .collect()
    })
}

/// Whether Microsoft's answer should list `cert` on `on`: current, Learn's uid, and not already
/// found missing by an earlier check.
fn listed_on(cert: &Certification, on: NaiveDate) -> bool {
    !cert.uid.starts_with(LOCAL_UID_PREFIX)
        && cert.retired_on.is_none_or(|d| d > on)
        && cert.unlisted_on.is_none()
}

/// Microsoft's fields of `fresh` into `into`, Recert's own kept.
fn take_listed(into: &mut Certification, fresh: &Certification, pinned: Option<&Pins>) {
    if !pinned.is_some_and(|p| p.title) {
        into.title.clone_from(&fresh.title);
    }
    if !pinned.is_some_and(|p| p.exams) && !fresh.exams.is_empty() {
        into.exams.clone_from(&fresh.exams);
        into.study_guide.clone_from(&fresh.study_guide);
    }
    for (to, from) in [
        (&mut into.subtitle, &fresh.subtitle),
        (&mut into.url, &fresh.url),
        (&mut into.icon_url, &fresh.icon_url),
    ] {
        if from.is_some() {
            to.clone_from(from);
        }
    }
    for (to, from) in [
        (&mut into.levels, &fresh.levels),
        (&mut into.roles, &fresh.roles),
        (&mut into.products, &fresh.products),
    ] {
        if !from.is_empty() {
            to.clone_from(from);
        }
    }
    if fresh.renewal_frequency_in_days.is_some() {
        into.renewal_frequency_in_days = fresh.renewal_frequency_in_days;
    }
}

/// `current` with Microsoft's answer `fresh` (read on `on`) merged in, and what that changes.
pub fn merge(
    current: &Catalog,
    fresh: &Catalog,
    on: NaiveDate,
) -> Result<(Catalog, CatalogChanges), Problem> {
    let known = current.certifications.iter().filter(|c| listed_on(c, on)).count();
    let listed = fresh.certifications.len();
    if listed == 0 || listed * 100 < known * MIN_SHARE_PERCENT {
        return Err(Problem::CatalogShrunk { listed: listed as i64, known: known as i64 });
    }
    let listed_uids: HashSet<&str> = fresh.certifications.iter().map(|c| c.uid.as_str()).collect();
    let mut out = current.clone();
    let mut changes = CatalogChanges { listed: listed as u32, ..CatalogChanges::default() };
    let mut matched: HashSet<String> = HashSet::new();
    // Learn's prerequisites under the uids Recert keeps them by.
    let prerequisites = |f: &Certification| -> Vec<String> {
        let uid =
            |p: &String| current.certification(p).map_or_else(|| p.clone(), |c| c.uid.clone());
        f.prerequisites.iter().map(uid).collect()
    };
    for f in &fresh.certifications {
        let at = match current.certification(&f.uid) {
            // An old uid Recert merged into one the answer also lists: that record wins.
            Some(c) if c.uid != f.uid && listed_uids.contains(c.uid.as_str()) => continue,
            Some(c) => out.certifications.iter().position(|o| o.uid == c.uid),
            // Launched before Learn listed it: Recert's record under its own uid takes Learn's,
            // keeping its own as a former uid so what is stored under it still finds it.
            None => out
                .certifications
                .iter()
                .position(|o| {
                    o.uid.starts_with(LOCAL_UID_PREFIX)
                        && o.title.to_lowercase() == f.title.to_lowercase()
                })
                .inspect(|&i| {
                    let local = &mut out.certifications[i];
                    local.former_uids.push(std::mem::replace(&mut local.uid, f.uid.clone()));
                }),
        };
        let Some(i) = at else {
            changes.new.push(f.title.clone());
            matched.insert(f.uid.clone());
            out.certifications.push(Certification { prerequisites: prerequisites(f), ..f.clone() });
            continue;
        };
        let cert = &mut out.certifications[i];
        matched.insert(cert.uid.clone());
        cert.unlisted_on = None;
        let before = cert.title.clone();
        take_listed(cert, f, pins().get(&cert.uid));
        cert.prerequisites = prerequisites(f);
        if cert.title != before {
            if !cert.former_titles.contains(&before) {
                cert.former_titles.push(before.clone());
            }
            changes.renamed.push(Renamed { from: before, to: cert.title.clone() });
        }
    }
    for cert in
        out.certifications.iter_mut().filter(|c| listed_on(c, on) && !matched.contains(&c.uid))
    {
        changes.unlisted.push(cert.title.clone());
        cert.unlisted_on = Some(on);
    }
    for e in &fresh.exams {
        match out.exams.iter_mut().find(|o| o.uid == e.uid) {
            Some(o) => {
                o.title.clone_from(&e.title);
                for (to, from) in [(&mut o.display_name, &e.display_name), (&mut o.url, &e.url)] {
                    if from.is_some() {
                        to.clone_from(from);
                    }
                }
                for (to, from) in [
                    (&mut o.locales, &e.locales),
                    (&mut o.levels, &e.levels),
                    (&mut o.roles, &e.roles),
                    (&mut o.products, &e.products),
                    (&mut o.providers, &e.providers),
                ] {
                    if !from.is_empty() {
                        to.clone_from(from);
                    }
                }
            }
            None => {
                changes.new_exams += 1;
                out.exams.push(e.clone());
            }
        }
    }
    out.described_on = Some(on);
    out.reindex();
    Ok((out, changes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::date::parse_date(s).expect("date")
    }

    /// Microsoft's answer as the bundled snapshot's certifications Learn lists today, in Learn's
    /// own form (no `recert` object), with `edit` applied.
    fn answer(
        edit: impl FnOnce(&mut Vec<serde_json::Value>, &mut Vec<serde_json::Value>),
    ) -> Catalog {
        let snapshot: serde_json::Value =
            serde_json::from_str(crate::catalog::SNAPSHOT_JSON).expect("snapshot");
        let on = d("2026-12-07");
        let bundled = Catalog::bundled();
        let mut certs: Vec<serde_json::Value> = snapshot["certifications"]
            .as_array()
            .expect("certifications")
            .iter()
            .filter(|c| {
                bundled
                    .certification(c["uid"].as_str().unwrap_or(""))
                    .is_some_and(|c| listed_on(c, on))
            })
            .cloned()
            .map(|mut c| {
                c.as_object_mut().expect("object").remove("recert");
                c
            })
            .collect();
        let mut exams: Vec<serde_json::Value> =
            snapshot["exams"].as_array().expect("exams").clone();
        edit(&mut certs, &mut exams);
        let bytes =
            serde_json::to_vec(&serde_json::json!({ "certifications": certs, "exams": exams }))
                .expect("json");
        Catalog::import_answer(&bytes).expect("an answer")
    }

    #[test]
    fn the_same_answer_changes_nothing_and_keeps_recerts_own_knowledge() {
        let bundled = Catalog::bundled();
        let (merged, changes) =
            merge(&bundled, &answer(|_, _| {}), d("2026-12-07")).expect("merged");
        assert!(changes.is_empty(), "{changes:?}");
        assert_eq!(merged.described_on, Some(d("2026-12-07")));
        for c in &bundled.certifications {
            let m = merged.certification(&c.uid).expect("kept");
            assert_eq!(
                (m.retired_on, m.renewal_available_from, &m.titles, &m.replaced_by),
                (c.retired_on, c.renewal_available_from, &c.titles, &c.replaced_by),
                "{}",
                c.uid
            );
        }
    }

    #[test]
    fn new_renamed_and_unlisted_certifications_are_named_and_retired_ones_are_kept() {
        let bundled = Catalog::bundled();
        let fresh = answer(|certs, exams| {
            certs.retain(|c| c["uid"] != "certification.azure-administrator");
            for c in certs
                .iter_mut()
                .filter(|c| c["uid"] == "certification.azure-network-engineer-associate")
            {
                c["title"] = "Microsoft Certified: Azure Networking Engineer Associate".into();
            }
            certs.push(serde_json::json!({"uid": "certification.brand-new", "title": "Microsoft Certified: Brand New Associate", "certification_type": "role-based", "exams": ["exam.xx-100"]}));
            exams.push(serde_json::json!({"uid": "exam.xx-100", "title": "Brand New", "display_name": "XX-100"}));
        });
        let (merged, changes) = merge(&bundled, &fresh, d("2026-12-07")).expect("merged");
        assert_eq!(changes.new, ["Microsoft Certified: Brand New Associate"]);
        assert_eq!(changes.new_exams, 1);
        assert_eq!(
            changes.renamed,
            [Renamed {
                from: "Microsoft Certified: Azure Network Engineer Associate".into(),
                to: "Microsoft Certified: Azure Networking Engineer Associate".into()
            }]
        );
        assert_eq!(changes.unlisted, ["Microsoft Certified: Azure Administrator Associate"]);
        // Unlisted is kept; the renamed one is still found by its former title; retired ones stay.
        assert!(merged.certification("certification.azure-administrator").is_some());
        assert_eq!(merged.search("Azure Network Engineer").len(), 1);
        assert_eq!(
            merged.certification("certification.azure-developer").and_then(|c| c.retired_on),
            Some(d("2026-07-31"))
        );
        assert_eq!(
            merged.exam_codes(merged.certification("certification.brand-new").expect("new")),
            ["XX-100"]
        );
    }

    #[test]
    fn a_certification_found_unlisted_is_named_once_and_again_if_listed_then_dropped() {
        let without =
            || answer(|certs, _| certs.retain(|c| c["uid"] != "certification.azure-administrator"));
        let (once, changes) =
            merge(&Catalog::bundled(), &without(), d("2026-12-07")).expect("merged");
        assert_eq!(changes.unlisted.len(), 1);
        assert_eq!(
            once.certification("certification.azure-administrator").and_then(|c| c.unlisted_on),
            Some(d("2026-12-07"))
        );
        let (twice, changes) = merge(&once, &without(), d("2026-12-08")).expect("merged");
        assert!(changes.is_empty(), "said once: {changes:?}");
        let (listed, _) = merge(&twice, &answer(|_, _| {}), d("2026-12-09")).expect("merged");
        assert_eq!(
            listed.certification("certification.azure-administrator").and_then(|c| c.unlisted_on),
            None,
            "listed again"
        );
        assert_eq!(
            merge(&listed, &without(), d("2026-12-10")).expect("merged").1.unlisted.len(),
            1
        );
    }

    #[test]
    fn a_certification_recert_added_under_its_own_uid_takes_learns_and_keeps_its_own() {
        let bundled = Catalog::bundled();
        let local = bundled.certification("recert.ab-900").expect("added by corrections").clone();
        let fresh = answer(|certs, _| {
            certs.push(
                serde_json::json!({"uid": "certification.copilot-agent-administration-fundamentals", "title": local.title.to_uppercase(), "certification_type": "fundamentals"}),
            );
        });
        let (merged, changes) = merge(&bundled, &fresh, d("2026-12-07")).expect("merged");
        assert!(changes.new.is_empty(), "{changes:?}");
        let m = merged.certification("recert.ab-900").expect("found by its former uid");
        assert_eq!(m.uid, "certification.copilot-agent-administration-fundamentals");
        // MS-900's successor still resolves.
        assert_eq!(
            merged
                .holding_facts("certification.microsoft-365-fundamentals")
                .and_then(|h| h.replaced_by),
            Some(local.title.to_uppercase())
        );
    }

    #[test]
    fn corrected_titles_and_exams_are_not_overridden() {
        let bundled = Catalog::bundled();
        let fresh = answer(|certs, _| {
            for c in certs.iter_mut().filter(|c| c["uid"] == "certification.modern-desktop") {
                c["title"] =
                    "Microsoft 365 Certified: Modern Desktop Administrator Associate".into();
                c["exams"] = serde_json::json!(["exam.md-100", "exam.md-101"]);
            }
        });
        let (merged, changes) = merge(&bundled, &fresh, d("2026-12-07")).expect("merged");
        assert!(changes.renamed.is_empty(), "{changes:?}");
        let m = merged.certification("certification.modern-desktop").expect("there");
        assert_eq!(
            (m.title.as_str(), m.exams.as_slice()),
            (
                "Microsoft 365 Certified: Endpoint Administrator Associate",
                ["exam.md-102".to_owned()].as_slice()
            )
        );
    }

    #[test]
    fn a_record_of_a_kind_recert_does_not_know_is_left_out_not_the_whole_answer() {
        let fresh = answer(|certs, _| {
            certs.push(serde_json::json!({"uid": "certification.some-new-kind", "title": "A new kind", "certification_type": "credential-of-the-future"}));
            certs.push(serde_json::json!({"uid": "certification.untitled", "certification_type": "role-based"}));
        });
        let (_, changes) = merge(&Catalog::bundled(), &fresh, d("2026-12-07")).expect("merged");
        assert!(changes.is_empty(), "{changes:?}");
    }

    #[test]
    fn an_empty_or_shrunken_answer_is_refused() {
        let bundled = Catalog::bundled();
        let fresh = answer(|certs, _| certs.truncate(certs.len() / 2));
        assert!(matches!(
            merge(&bundled, &fresh, d("2026-12-07")),
            Err(Problem::CatalogShrunk { .. })
        ));
        let fresh = answer(|certs, _| {
            let keep = certs.len() * 3 / 4 + 1;
            certs.truncate(keep);
        });
        assert!(
            merge(&bundled, &fresh, d("2026-12-07")).is_ok(),
            "a quarter gone at most is retirements"
        );
    }
}
