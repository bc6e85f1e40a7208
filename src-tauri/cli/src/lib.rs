//! `recert-cli`, Recert's command line: `recert eval`, `export`, `import`, `calendar`, the Learn
//! transcript and catalog, `sync`, `forget`. Each subcommand is a thin adapter: read the input,
//! call the core, print the answer or one translated error line. No Tauri and no web view: the
//! app (`recert`) and the console program (`recert-cli`) both run this, each saying how the app
//! starts when there is no subcommand.

mod args;
mod data;
mod eval;
mod forget;
mod sync;
mod transcript;

pub use args::{Cli, Command};
use clap::Parser;
use recert_core::eval::InputError;
use recert_core::{Catalogs, Locale, Problem};
use recert_desktop::launch::{AppStart, Launch};
use std::ffi::OsString;
use std::path::PathBuf;

/// Exit status for a refused input or a usage error.
pub const EXIT_INVALID: i32 = 2;

pub(crate) fn usage(detail: &str) -> InputError {
    InputError { path: "(arguments)".into(), problem: Problem::Usage { detail: detail.to_owned() } }
}

pub(crate) fn fail(e: &InputError) -> i32 {
    eprintln!("{}", e.line(&Catalogs::new(), Locale::from_os_tag(&os_locale())));
    EXIT_INVALID
}

pub use recert_desktop::os_locale::os_locale;

/// `--data-dir DIR` and `--today DATE`, shared by the app and the data subcommands.
#[derive(Default)]
pub(crate) struct Global {
    pub data_dir: Option<PathBuf>,
    pub today: Option<chrono::NaiveDate>,
}

impl Global {
    /// The options as given, `RECERT_TODAY` standing in for an absent `--today`.
    fn from(cli: &Cli) -> Result<Global, InputError> {
        let launch = cli.launch.clone().with_env_today().map_err(|value| InputError {
            path: recert_desktop::launch::TODAY_VAR.into(),
            problem: Problem::NotADate { value },
        })?;
        Ok(Global { data_dir: launch.data_dir, today: launch.today })
    }
}

pub(crate) fn resolve_data_dir(g: &Global) -> Result<PathBuf, InputError> {
    recert_desktop::paths::data_dir(g.data_dir.clone())
        .ok_or_else(|| usage("no data directory: set --data-dir or RECERT_DATA_DIR"))
}

/// Help and version on standard output (exit 0); anything else clap refuses as one translated
/// line (exit 2).
fn clap_refusal(e: clap::Error) -> i32 {
    use clap::error::ErrorKind as K;
    if matches!(e.kind(), K::DisplayHelp | K::DisplayVersion) {
        print!("{e}");
        return 0;
    }
    // clap's message up to its usage lines, on one line: "the following required arguments were
    // not provided: <FILE>".
    let text = e.render().to_string();
    let message: Vec<&str> = text
        .lines()
        .map(str::trim)
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .filter(|l| !l.is_empty())
        .collect();
    fail(&usage(message.join(" ").trim_start_matches("error: ")))
}

/// `args` without the program's name; `start_app` when there is no subcommand.
pub fn main(args: Vec<OsString>, start_app: fn(AppStart) -> i32) -> i32 {
    let cli = match Cli::try_parse_from(std::iter::once(OsString::from("recert")).chain(args)) {
        Ok(c) => c,
        Err(e) => return clap_refusal(e),
    };
    let global = match Global::from(&cli) {
        Ok(g) => g,
        Err(e) => return fail(&e),
    };
    match cli.command {
        None => checked_start(&global, cli.launch, start_app),
        Some(Command::Eval { catalog, input }) => eval::run(catalog.as_deref(), input.as_deref()),
        Some(Command::Export { file }) => data::export(&global, file),
        Some(Command::Import { file, dry_run }) => data::import(&global, file, dry_run),
        Some(Command::ImportCatalog { file }) => data::import_catalog(&global, file),
        Some(Command::CheckCatalog { dry_run }) => data::check_catalog(&global, dry_run),
        Some(Command::ImportTranscript { source, dry_run, profile }) => {
            transcript::run(&global, &source, dry_run, profile)
        }
        Some(Command::Calendar { file, person, team }) => {
            data::calendar(&global, file, person.as_deref(), team)
        }
        Some(Command::Forget { yes }) => forget::run(&global, yes),
        Some(Command::Sync) => sync::run(&global),
    }
}

fn checked_start(global: &Global, launch: Launch, start_app: fn(AppStart) -> i32) -> i32 {
    let data_dir = match resolve_data_dir(global) {
        Ok(d) => d,
        Err(e) => return fail(&e),
    };
    // `holding:h1`, or the address a Windows toast starts Recert with (`recert:holding:h1`).
    let open = match launch.open.as_deref().map(|id| {
        recert_desktop::toast::open_value(id)
            .ok_or_else(|| usage(&format!("--open: not a certification or plan: {id}")))
    }) {
        Some(Err(e)) => return fail(&e),
        Some(Ok(focus)) => focus,
        None => None,
    };
    let launch = Launch { data_dir: Some(data_dir.clone()), today: global.today, ..launch };
    start_app(AppStart { launch, data_dir, open })
}

/// `recert-cli` with no subcommand: the app beside it (`recert`), started as this was.
pub fn start_beside(start: AppStart) -> i32 {
    let name = if cfg!(windows) { "recert.exe" } else { "recert" };
    let Some(app) = std::env::current_exe().ok().map(|exe| exe.with_file_name(name)) else {
        return fail(&usage("cannot find the app beside this program"));
    };
    let mut command = std::process::Command::new(&app);
    command.args(start.launch.to_args());
    // Unix: the app takes this process's place (same pid, same terminal); Windows: the GUI
    // program starts on its own and the console is given back.
    #[cfg(unix)]
    let e = std::os::unix::process::CommandExt::exec(&mut command);
    #[cfg(not(unix))]
    let e = match command.spawn() {
        Ok(_) => return 0,
        Err(e) => e,
    };
    fail(&usage(&format!("{}: {e}", app.display())))
}
