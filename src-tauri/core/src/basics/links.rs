//! Which web addresses Recert opens in the browser: https only, on an allowlist of hosts.

/// Microsoft's certification and Learn sites, and the short links the renewal guides use.
pub const ALLOWED_HOSTS: &[&str] =
    &["learn.microsoft.com", "aka.ms", "docs.microsoft.com", "www.microsoft.com"];

pub const CERT_DASHBOARD: &str = "https://aka.ms/CertDashboard";
pub const RENEWAL_BLOG: &str = "https://aka.ms/CertRenewalBlog";
pub const MERGE_PROFILES: &str = "https://aka.ms/mcpforum";

/// `true` when `url` is `https://HOST/...` with HOST on the allowlist, no user info and no port.
pub fn allowed(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else { return false };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..end];
    !url.chars().any(|c| c.is_whitespace() || c.is_control())
        && ALLOWED_HOSTS.iter().any(|h| host.eq_ignore_ascii_case(h))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_on_the_allowlist() {
        for ok in [
            CERT_DASHBOARD,
            RENEWAL_BLOG,
            MERGE_PROFILES,
            "https://learn.microsoft.com/credentials/certifications/azure-administrator/",
        ] {
            assert!(allowed(ok), "{ok}");
        }
        for bad in [
            "http://aka.ms/CertDashboard",
            "https://aka.ms.evil.example/x",
            "https://evil.example/?https://aka.ms",
            "https://user@aka.ms/x",
            "https://aka.ms:8443/x",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "https://aka.ms/a b",
            "",
        ] {
            assert!(!allowed(bad), "{bad}");
        }
    }
}
