//! `run_entry NAME PROGRAM [ARGS...]`: writes the Windows start-at-sign-in entry NAME as Recert
//! does after the autostart plugin (`recert_desktop::autostart`), for scripts/platform-check.sh,
//! which reads it back from the registry under Wine and starts exactly that command line.

#[cfg(windows)]
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [name, program, rest @ ..] = args.as_slice() else {
        eprintln!("usage: run_entry NAME PROGRAM [ARGS...]");
        std::process::exit(2);
    };
    let rest: Vec<&str> = rest.iter().map(String::as_str).collect();
    if let Err(e) =
        recert_desktop::autostart::write_run_entry(name, std::path::Path::new(program), &rest)
    {
        eprintln!("run_entry: {e}");
        std::process::exit(1);
    }
}

#[cfg(not(windows))]
fn main() {
    eprintln!("run_entry: the Run registry entry is Windows'");
    std::process::exit(2);
}
