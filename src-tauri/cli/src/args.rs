//! The command line's grammar, in one place: global options (`--data-dir`, `--today`) before or
//! after the subcommand, `--help` for each subcommand, `--version`. clap parses; the subcommands
//! get typed options.

use clap::{Parser, Subcommand};
use recert_desktop::launch::Launch;
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "recert",
    version,
    about = "Recert keeps Microsoft certifications alive.",
    long_about = "Recert keeps Microsoft certifications alive. Without a subcommand it starts the desktop app.",
    after_help = "Environment: RECERT_DATA_DIR (data directory), RECERT_TODAY (fixes today's date, for demos and tests).\n\
                  Exit status: 0 done; 1 the answer could not be written (a closed pipe); 2 invalid input, refused file or usage error."
)]
pub struct Cli {
    /// How the app is started, and the data directory and day every subcommand uses too.
    #[command(flatten)]
    pub launch: Launch,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Evaluate holdings: a JSON request from FILE (or standard input), the answer on standard output
    Eval {
        /// A saved Learn Catalog API response to use instead of the bundled catalog
        #[arg(long, value_name = "FILE")]
        catalog: Option<PathBuf>,
        /// The request (`-` or nothing: standard input)
        #[arg(value_name = "FILE")]
        input: Option<PathBuf>,
    },
    /// Write all data to FILE (docs/data-format.md)
    Export {
        /// The file to write (replaced if it exists)
        file: PathBuf,
    },
    /// Validate FILE, show the changes, then apply them all or nothing
    Import {
        /// A file written by `recert export` or the app's "Export all data"
        file: PathBuf,
        /// Only show the changes
        #[arg(long)]
        dry_run: bool,
    },
    /// Use a saved Learn Catalog API response as the catalog
    ImportCatalog {
        /// The saved answer of https://learn.microsoft.com/api/catalog/
        file: PathBuf,
    },
    /// Read Microsoft Learn's catalog now, show what it changes (new, renamed, no longer listed
    /// certifications), then apply it
    CheckCatalog {
        /// Only show the changes
        #[arg(long)]
        dry_run: bool,
    },
    /// Import a shared Microsoft Learn transcript: its share link, or a saved copy of its JSON
    ImportTranscript {
        /// The transcript's share link (https://learn.microsoft.com/…/transcript/…) or a saved copy of its JSON
        #[arg(value_name = "LINK|FILE")]
        source: String,
        /// Only show the changes
        #[arg(long)]
        dry_run: bool,
        /// Also fill the certification profile's MCID and legal name
        #[arg(long)]
        profile: bool,
    },
    /// Write an .ics calendar of renewal windows, last days to renew and booked exams
    Calendar {
        /// The .ics file to write (replaced if it exists)
        file: PathBuf,
        /// Instead: the last days to renew of one person you follow (their name, any case)
        #[arg(long, value_name = "NAME", conflicts_with = "team")]
        person: Option<String>,
        /// Instead: everyone's last days to renew (yours and each person's), whose in each event
        #[arg(long)]
        team: bool,
    },
    /// Read your and your team's shared transcript links from Microsoft Learn now and apply what
    /// changed (what "Keep in step with Microsoft Learn" does once a day)
    Sync,
    /// Delete all data: certifications, plans, profiles, settings, backups (asks for --yes)
    Forget {
        /// Delete, instead of only saying what would go
        #[arg(long)]
        yes: bool,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_grammar_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn global_options_go_before_or_after_the_subcommand() {
        for args in [
            ["recert", "--data-dir", "D", "export", "F"],
            ["recert", "export", "F", "--data-dir", "D"],
        ] {
            let cli = Cli::try_parse_from(args).expect("parses");
            assert_eq!(cli.launch.data_dir, Some(PathBuf::from("D")));
            assert!(
                matches!(cli.command, Some(Command::Export { file }) if file.as_os_str() == "F")
            );
        }
        let cli = Cli::try_parse_from(["recert", "--today", "2026-11-22"]).expect("the app");
        assert!(cli.command.is_none());
        assert!(Cli::try_parse_from(["recert", "--today", "22/11/2026"]).is_err());
    }
}
