//! The app's part of keeping in step with Microsoft Learn (`recert_core::sync`): asks the core
//! which links are due, reads each from Learn with the store closed (another Recert may use it
//! meanwhile), then hands the answer to the core, which applies it and records the read.

use super::state::Shell;
use recert_core::sync::SyncOutcome;

/// Reads what is due (`all`: every link, the user's "Read now"); what each read did, by whose.
pub async fn read(shell: &Shell, all: bool) -> Vec<(String, SyncOutcome)> {
    let targets = match shell.run(|r, c| r.sync_due(c.now, all)) {
        Ok(targets) => targets,
        Err(e) => {
            eprintln!("recert: sync: {}", e.message);
            return Vec::new();
        }
    };
    let mut out = Vec::with_capacity(targets.len());
    for target in targets {
        let fetched = super::learn::fetch_transcript(&target.share_id).await;
        match shell.change(|r, c| r.sync_apply(&target.who, fetched, &c)) {
            Ok(outcome) => out.push((target.who, outcome)),
            Err(e) => eprintln!("recert: sync: {}", e.message),
        }
    }
    out
}

/// Whether any read changed what Recert holds (the window then shows it).
pub fn changed(outcomes: &[(String, SyncOutcome)]) -> bool {
    outcomes
        .iter()
        .any(|(_, o)| matches!(o, SyncOutcome::Applied { added, updated } if added + updated > 0))
}
