//! The kinds of Microsoft credential and which of them expire.

use serde::{Deserialize, Serialize};

/// `certification_type` as the Learn Catalog API spells it (plus `applied-skills`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum CertKind {
    RoleBased,
    Specialty,
    Fundamentals,
    Mos,
    Mta,
    Mcsa,
    Mcsd,
    Mcse,
    Mce,
    AppliedSkills,
}

impl CertKind {
    pub const ALL: [CertKind; 10] = [
        CertKind::RoleBased,
        CertKind::Specialty,
        CertKind::Fundamentals,
        CertKind::Mos,
        CertKind::Mta,
        CertKind::Mcsa,
        CertKind::Mcsd,
        CertKind::Mcse,
        CertKind::Mce,
        CertKind::AppliedSkills,
    ];

    /// Only role-based (associate, expert) and specialty certifications expire; Fundamentals,
    /// the legacy credentials and Applied Skills never do.
    pub fn expires(self) -> bool {
        matches!(self, CertKind::RoleBased | CertKind::Specialty)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            CertKind::RoleBased => "role-based",
            CertKind::Specialty => "specialty",
            CertKind::Fundamentals => "fundamentals",
            CertKind::Mos => "mos",
            CertKind::Mta => "mta",
            CertKind::Mcsa => "mcsa",
            CertKind::Mcsd => "mcsd",
            CertKind::Mcse => "mcse",
            CertKind::Mce => "mce",
            CertKind::AppliedSkills => "applied-skills",
        }
    }

    /// Accepts the catalog's spellings; `applied-skill` is the singular some records use.
    pub fn parse(text: &str) -> Option<CertKind> {
        if text == "applied-skill" {
            return Some(CertKind::AppliedSkills);
        }
        CertKind::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_role_based_and_specialty_expire() {
        let expiring: Vec<_> = CertKind::ALL.into_iter().filter(|k| k.expires()).collect();
        assert_eq!(expiring, vec![CertKind::RoleBased, CertKind::Specialty]);
    }

    #[test]
    fn names_round_trip() {
        for k in CertKind::ALL {
            assert_eq!(CertKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(CertKind::parse("Role-Based"), None);
    }
}
