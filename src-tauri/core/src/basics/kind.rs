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
    /// The other legacy credentials Learn lists (Microsoft Certified Professional, Microsoft
    /// Specialist, MCTS, MCPD): they never expire; Learn's status says whether still active.
    Legacy,
    AppliedSkills,
    /// GitHub certifications (on Learn since 2025-07-01): valid two years from earning (R11c), no
    /// renewal assessment.
    Github,
}

impl CertKind {
    pub const ALL: [CertKind; 12] = [
        CertKind::RoleBased,
        CertKind::Specialty,
        CertKind::Fundamentals,
        CertKind::Mos,
        CertKind::Mta,
        CertKind::Mcsa,
        CertKind::Mcsd,
        CertKind::Mcse,
        CertKind::Mce,
        CertKind::Legacy,
        CertKind::AppliedSkills,
        CertKind::Github,
    ];

    /// Role-based (associate, expert), specialty and GitHub certifications expire; Fundamentals,
    /// the legacy credentials and Applied Skills never do.
    pub fn expires(self) -> bool {
        matches!(self, CertKind::RoleBased | CertKind::Specialty | CertKind::Github)
    }

    /// Only role-based and specialty certifications renew through Learn's free assessment (R4);
    /// a GitHub certification is earned again.
    pub fn renews(self) -> bool {
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
            CertKind::Legacy => "legacy",
            CertKind::AppliedSkills => "applied-skills",
            CertKind::Github => "github",
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

/// What Microsoft Learn's transcript says of a credential (`status`): for what Learn lists, the
/// truth, whatever the dates say (legacy credentials have no `expiration` at all).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum LearnStatus {
    Active,
    Expired,
    Retired,
}

impl LearnStatus {
    /// Learn's spelling (`Active`, `Expired`, `Retired`), any case; `None` for anything else.
    pub fn parse(text: &str) -> Option<LearnStatus> {
        match text.trim().to_ascii_lowercase().as_str() {
            "active" => Some(LearnStatus::Active),
            "expired" => Some(LearnStatus::Expired),
            "retired" => Some(LearnStatus::Retired),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_based_specialty_and_github_expire_and_only_the_first_two_renew() {
        let expiring: Vec<_> = CertKind::ALL.into_iter().filter(|k| k.expires()).collect();
        assert_eq!(expiring, vec![CertKind::RoleBased, CertKind::Specialty, CertKind::Github]);
        let renewing: Vec<_> = CertKind::ALL.into_iter().filter(|k| k.renews()).collect();
        assert_eq!(renewing, vec![CertKind::RoleBased, CertKind::Specialty]);
    }

    #[test]
    fn names_round_trip() {
        for k in CertKind::ALL {
            assert_eq!(CertKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(CertKind::parse("Role-Based"), None);
    }
}
