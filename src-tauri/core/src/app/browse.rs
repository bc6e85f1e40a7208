//! The catalog browser: certifications filtered by role, level, product and kind, with facet
//! counts, and one certification's page (exams, prerequisites, renewal, preparation links).

use crate::catalog::Certification;
use crate::ctx::Ctx;
use crate::engine::{evaluate, Status};
use crate::error::{ErrorKind, Failure, Outcome};
use crate::kind::CertKind;
use crate::locale::Locale;
use crate::message::{Arg, Problem};
use crate::plans::{exam_code, exam_links, ExamLinks};
use crate::service::{Recert, MAX_TEXT};
use crate::views::{self, localized_title, CatalogEntry};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

#[derive(Clone, Debug, Default, Deserialize, TS)]
#[ts(export)]
pub struct BrowseFilter {
    pub query: String,
    pub role: Option<String>,
    pub level: Option<String>,
    pub product: Option<String>,
    pub kind: Option<CertKind>,
    /// Retired certifications are hidden unless asked for.
    pub include_retired: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Facet {
    pub value: String,
    pub label: String,
    /// Certifications with this value among those the other filters leave.
    pub count: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct BrowseResult {
    pub entries: Vec<CatalogEntry>,
    pub total: u32,
    pub roles: Vec<Facet>,
    pub levels: Vec<Facet>,
    pub products: Vec<Facet>,
    pub kinds: Vec<Facet>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ExamSummary {
    pub uid: String,
    pub code: String,
    pub title: String,
    pub links: ExamLinks,
    pub languages: Vec<String>,
    pub retired_on: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Prerequisite {
    pub uid: String,
    pub title: String,
    /// The user holds it and it is in force.
    pub held: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct CertificationPage {
    pub uid: String,
    pub title: String,
    pub kind: CertKind,
    pub url: Option<String>,
    pub roles: Vec<String>,
    pub levels: Vec<String>,
    pub products: Vec<String>,
    /// R18: every exam listed must be passed.
    pub exams: Vec<ExamSummary>,
    /// Any one of these is required first (expert ⇐ associate).
    pub prerequisites: Vec<Prerequisite>,
    /// Whether and how it renews, in the user's language.
    pub renewal: String,
    pub retired_on: Option<NaiveDate>,
    /// The user's holding of it, if any, and whether it is in force.
    pub holding: Option<String>,
    pub held_in_force: bool,
    /// The user's plan for it, if any.
    pub plan: Option<String>,
    pub can_plan: bool,
}

/// Brand names stay as Microsoft writes them in every language.
pub(crate) fn product_label(value: &str) -> String {
    let known = [
        ("azure", "Azure"),
        ("m365", "Microsoft 365"),
        ("power-bi", "Power BI"),
        ("power-platform", "Power Platform"),
        ("github", "GitHub"),
        ("sap", "SAP"),
        ("microsoft-entra", "Microsoft Entra"),
        ("azure-ai-services", "Azure AI Services"),
        ("azure-cosmos-db", "Azure Cosmos DB"),
        ("azure-devops", "Azure DevOps"),
        ("azure-iot-hub", "Azure IoT Hub"),
        ("azure-sql-database", "Azure SQL Database"),
        ("dynamics-finance-operations", "Dynamics 365 Finance and Operations"),
        ("office-powerpoint", "PowerPoint"),
    ];
    if let Some((_, label)) = known.iter().find(|(k, _)| *k == value) {
        return (*label).to_owned();
    }
    let words: Vec<String> = value
        .split('-')
        .map(|w| match w {
            "dynamics" => "Dynamics 365".to_owned(),
            "office" => "Office".to_owned(),
            "microsoft" => "Microsoft".to_owned(),
            w => {
                let mut c = w.chars();
                c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
            }
        })
        .collect();
    words.join(" ")
}

impl Recert {
    fn facet_label(&self, locale: Locale, group: &str, value: &str) -> String {
        let id = format!("{group}-{value}");
        match group {
            "product" => product_label(value),
            _ if self.catalogs.has(locale, &id) => self.catalogs.text(locale, &id, &[]),
            _ => product_label(value),
        }
    }

    pub fn browse_catalog(&self, filter: &BrowseFilter, ctx: &Ctx) -> BrowseResult {
        let Ctx { today, locale, .. } = *ctx;
        let q: String = filter.query.chars().take(MAX_TEXT).collect();
        let matching: Vec<&Certification> = self
            .catalog()
            .search(&q)
            .into_iter()
            .filter(|c| filter.include_retired || c.retired_on.is_none_or(|r| r > today))
            .collect();
        let pass = |c: &Certification, skip: &str| {
            (skip == "role" || filter.role.as_ref().is_none_or(|r| c.roles.contains(r)))
                && (skip == "level" || filter.level.as_ref().is_none_or(|l| c.levels.contains(l)))
                && (skip == "product"
                    || filter.product.as_ref().is_none_or(|p| c.products.contains(p)))
                && (skip == "kind" || filter.kind.is_none_or(|k| c.kind == k))
        };
        // Each facet counts what the *other* filters leave, so choosing a role still shows how
        // many certifications each other role would give.
        let facet = |group: &str, values: &dyn Fn(&Certification) -> Vec<String>| -> Vec<Facet> {
            let mut counts: BTreeMap<String, u32> = BTreeMap::new();
            for c in matching.iter().filter(|c| pass(c, group)) {
                for v in values(c) {
                    *counts.entry(v).or_default() += 1;
                }
            }
            let mut out: Vec<Facet> = counts
                .into_iter()
                .map(|(value, count)| Facet {
                    label: self.facet_label(locale, group, &value),
                    value,
                    count,
                })
                .collect();
            out.sort_by(|a, b| a.label.cmp(&b.label));
            out
        };
        let roles = facet("role", &|c| c.roles.clone());
        let levels = facet("level", &|c| c.levels.clone());
        let products = facet("product", &|c| c.products.clone());
        let kinds = facet("kind", &|c| vec![c.kind.as_str().to_owned()])
            .into_iter()
            .map(|f| Facet {
                label: self.catalogs.text(locale, &format!("kind-{}", f.value), &[]),
                ..f
            })
            .collect();
        let selected: Vec<&&Certification> = matching.iter().filter(|c| pass(c, "")).collect();
        BrowseResult {
            total: selected.len() as u32,
            entries: selected
                .into_iter()
                .map(|c| views::catalog_entry(c, self.catalog(), locale))
                .collect(),
            roles,
            levels,
            products,
            kinds,
        }
    }

    pub fn certification_page(&self, uid: &str, ctx: &Ctx) -> Outcome<CertificationPage> {
        let Ctx { today, now, locale, .. } = *ctx;
        let catalog = self.catalog();
        let cert = catalog.certification(uid).ok_or_else(|| {
            Failure::new(
                ErrorKind::NotFound,
                Problem::UnknownCertification { value: uid.chars().take(80).collect() },
            )
        })?;
        let offsets = self.store().settings()?.reminder_offsets;
        let mut in_force: Vec<String> = Vec::new();
        let mut holding = None;
        for r in self.store().holdings()? {
            let live = evaluate(&r.to_holding(catalog), &offsets, today, now)
                .is_ok_and(|ev| ev.status != Status::Expired);
            if r.certification.as_deref() == Some(&cert.uid) && (holding.is_none() || live) {
                holding = Some((r.id.clone(), live));
            }
            if live {
                in_force.extend(r.certification);
            }
        }
        let plan =
            self.store().plans()?.into_iter().find(|p| p.certification == cert.uid).map(|p| p.id);
        let exams = cert
            .exams
            .iter()
            .filter_map(|e| catalog.exam(e))
            .map(|e| ExamSummary {
                uid: e.uid.clone(),
                code: exam_code(e),
                title: e.titles.get(locale.tag()).cloned().unwrap_or_else(|| e.title.clone()),
                links: exam_links(e),
                languages: e.locales.clone(),
                retired_on: e.retired_on,
            })
            .collect();
        let c = &self.catalogs;
        let renewal = if !cert.kind.expires() {
            c.text(locale, "browse-renewal-never", &[])
        } else if let Some(from) = cert.renewal_available_from.filter(|&f| f > today) {
            c.text(locale, "browse-renewal-from", &[("from", Arg::Date(from))])
        } else {
            c.text(locale, "browse-renewal-yearly", &[])
        };
        let retired = cert.retired_on.filter(|&r| r <= today);
        let held_in_force = holding.as_ref().is_some_and(|h| h.1);
        Ok(CertificationPage {
            uid: cert.uid.clone(),
            title: localized_title(cert, locale),
            kind: cert.kind,
            url: cert.url.clone().filter(|u| crate::links::allowed(u)),
            roles: cert.roles.iter().map(|v| self.facet_label(locale, "role", v)).collect(),
            levels: cert.levels.iter().map(|v| self.facet_label(locale, "level", v)).collect(),
            products: cert.products.iter().map(|v| product_label(v)).collect(),
            prerequisites: cert
                .prerequisites
                .iter()
                .map(|p| Prerequisite {
                    uid: p.clone(),
                    title: catalog
                        .certification(p)
                        .map_or_else(|| p.clone(), |x| localized_title(x, locale)),
                    held: in_force.contains(p),
                })
                .collect(),
            exams,
            renewal,
            retired_on: cert.retired_on,
            can_plan: retired.is_none()
                && plan.is_none()
                && !held_in_force
                && !cert.exams.is_empty(),
            holding: holding.map(|h| h.0),
            held_in_force,
            plan,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::product_label;

    #[test]
    fn product_labels_are_brand_names() {
        assert_eq!(product_label("azure"), "Azure");
        assert_eq!(product_label("dynamics-sales"), "Dynamics 365 Sales");
        assert_eq!(product_label("office-excel"), "Office Excel");
        assert_eq!(product_label("microsoft-sentinel"), "Microsoft Sentinel");
    }
}
