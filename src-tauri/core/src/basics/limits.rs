//! One set of limits for what Recert stores, whichever way it comes in (a form, a data file, a
//! transcript, a team refresh, the catalog), and the characters no stored name may hold.

/// The longest name or title Recert stores, whichever way it comes in (a form, a data file, a
/// transcript, a team refresh, the catalog): one limit, so everything stored exports and imports
/// back.
pub const MAX_TEXT: usize = 300;

/// The most certifications one transcript may bring (a long-time holder's has a few dozen).
pub const MAX_TRANSCRIPT_CERTIFICATIONS: usize = 1_000;

/// The most records (certifications and plans, the user's and everyone followed) a store holds:
/// with every text at its limit, their export stays under `backup::MAX_FILE_BYTES` (a test in
/// backup.rs checks the arithmetic), so every export and every backup imports back.
pub const MAX_RECORDS: usize = 20_000;

/// Characters no stored name may hold: C0 and C1 controls (ESC and the terminal sequences it
/// starts, BEL, CR, NEL U+0085) and the bidirectional formatting characters (U+202E and its
/// kin), which reorder what calendars, CSV files and notifications show.
pub fn unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A name from Microsoft (a transcript): `unsafe_char`s removed, runs of spaces made one, cut to
/// `MAX_TEXT`. What `text_field` then accepts, unless nothing is left.
pub fn clean_text(value: &str) -> String {
    let kept: String = value.chars().map(|c| if unsafe_char(c) { ' ' } else { c }).collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(MAX_TEXT).collect()
}

/// Text for a terminal: any `unsafe_char` (from a store older than these checks) shown as
/// U+FFFD, never sent raw.
pub fn printable(value: &str) -> String {
    value.chars().map(|c| if unsafe_char(c) { '\u{FFFD}' } else { c }).collect()
}
