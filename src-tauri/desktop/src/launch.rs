//! How Recert is started, in one grammar: the options every launch of the app, the command line and
//! the Linux tray process understands (`--data-dir`, `--today`, `--hidden`, `--open`, `--closed`),
//! parsed by clap wherever a launch is read (the program's own arguments, a second launch's
//! forwarded ones) and written back by `to_args` wherever one process starts another. The command
//! line's subcommands add their own options around it (`recert_cli::args`).

use chrono::NaiveDate;
use clap::{Args, Parser};
use std::ffi::OsString;
use std::path::PathBuf;

/// `RECERT_TODAY=YYYY-MM-DD` fixes today's date where `--today` is not given.
pub const TODAY_VAR: &str = "RECERT_TODAY";

#[derive(Args, Clone, Debug, Default, PartialEq, Eq)]
pub struct Launch {
    /// The data directory (default: RECERT_DATA_DIR, else the OS app-data directory)
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Today's date, for demos and tests (default: RECERT_TODAY, else the clock)
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = day)]
    pub today: Option<NaiveDate>,
    /// Start in the tray, with no window until it is opened (what the start at sign-in does)
    #[arg(long)]
    pub hidden: bool,
    /// Open the window on one certification or plan (`holding:ID`, `plan:ID`): what the tray and
    /// notifications of the tray process ask for
    #[arg(long, hide = true, value_name = "ID")]
    pub open: Option<String>,
    /// The window was just closed: the app handing back to the tray process, which says once
    /// that Recert keeps running there
    #[arg(long, hide = true)]
    pub closed: bool,
}

/// What starting the app needs, once the command line has read and checked the launch (no
/// subcommand): the launch (today from the environment included), the data directory resolved,
/// and the certification or plan to open.
#[derive(Clone, Debug)]
pub struct AppStart {
    pub launch: Launch,
    pub data_dir: PathBuf,
    pub open: Option<recert_core::alerts::Focus>,
}

/// A launch on its own (no subcommand): what the tray process and a second launch read.
#[derive(Parser)]
#[command(name = "recert", disable_help_flag = true, disable_version_flag = true)]
struct LaunchOnly {
    #[command(flatten)]
    launch: Launch,
}

/// `text` as a day, for `--today`.
pub fn day(text: &str) -> Result<NaiveDate, String> {
    recert_core::date::parse_date(text).ok_or_else(|| format!("{text} is not a date (YYYY-MM-DD)"))
}

impl Launch {
    /// The launch options in `args` (the program's name left out), as written: a process's own
    /// launch then takes `with_env_today`, a forwarded one does not (the environment is the
    /// other process's). One line saying what is wrong otherwise.
    pub fn parse_args<T: Into<OsString> + Clone>(
        args: impl IntoIterator<Item = T>,
    ) -> Result<Launch, String> {
        let parsed = LaunchOnly::try_parse_from(
            std::iter::once(OsString::from("recert")).chain(args.into_iter().map(Into::into)),
        );
        Ok(parsed
            .map_err(|e| {
                e.to_string().lines().next().unwrap_or("").trim_start_matches("error: ").to_owned()
            })?
            .launch)
    }

    /// `--today`, else `RECERT_TODAY` when set and not empty; its text when it is not a date.
    pub fn with_env_today(mut self) -> Result<Launch, String> {
        if self.today.is_none() {
            if let Some(text) = std::env::var(TODAY_VAR).ok().filter(|t| !t.is_empty()) {
                self.today = Some(recert_core::date::parse_date(&text).ok_or(text)?);
            }
        }
        Ok(self)
    }

    /// The arguments that start another Recert process with these options: `--name value`, as a
    /// user types them (and as `ps` shows them), or `--name=value` for a value that starts with
    /// `-`, so a folder named like an option stays a value.
    pub fn to_args(&self) -> Vec<OsString> {
        let mut args: Vec<OsString> = Vec::new();
        let mut valued = |name: &str, value: &std::ffi::OsStr| {
            if value.to_string_lossy().starts_with('-') {
                let mut arg = OsString::from(format!("--{name}="));
                arg.push(value);
                args.push(arg);
            } else {
                args.extend([OsString::from(format!("--{name}")), value.to_owned()]);
            }
        };
        if let Some(dir) = &self.data_dir {
            valued("data-dir", dir.as_os_str());
        }
        if let Some(day) = self.today {
            valued("today", day.to_string().as_ref());
        }
        if let Some(open) = &self.open {
            valued("open", open.as_ref());
        }
        if self.hidden {
            args.push("--hidden".into());
        }
        if self.closed {
            args.push("--closed".into());
        }
        args
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_launch_reads_back_as_written() {
        let days = [None, NaiveDate::from_ymd_opt(2026, 11, 22)];
        let dirs = [
            None,
            Some(PathBuf::from("/data dir/with spaces")),
            Some(PathBuf::from("--looks-like-a-flag")),
        ];
        let opens = [None, Some("holding:42".to_owned()), Some("plan:7".to_owned())];
        for today in days {
            for data_dir in &dirs {
                for open in &opens {
                    for (hidden, closed) in
                        [(false, false), (true, false), (false, true), (true, true)]
                    {
                        let launch = Launch {
                            data_dir: data_dir.clone(),
                            today,
                            hidden,
                            open: open.clone(),
                            closed,
                        };
                        assert_eq!(
                            Launch::parse_args(launch.to_args()).as_ref(),
                            Ok(&launch),
                            "{:?}",
                            launch.to_args()
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_forms_users_and_scripts_type_are_understood_and_nonsense_is_refused() {
        let launch =
            Launch::parse_args(["--hidden", "--data-dir", "/d", "--today=2026-11-22", "--closed"])
                .expect("parsed");
        assert_eq!(launch.data_dir.as_deref(), Some(std::path::Path::new("/d")));
        assert_eq!(launch.today, NaiveDate::from_ymd_opt(2026, 11, 22));
        assert!(launch.hidden && launch.closed);
        for bad in [
            &["--today", "tomorrow"][..],
            &["--data-dir"],
            &["--frobnicate"],
            &["export", "x.json"],
        ] {
            assert!(Launch::parse_args(bad.iter().copied()).is_err(), "{bad:?}");
        }
    }
}
