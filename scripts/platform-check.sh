#!/usr/bin/env bash
# What this Linux machine can prove about Windows and macOS (docs/PLATFORMS.md):
#   Windows: the release GUI and CLI executables cross-built with MinGW, their PE subsystems
#            (GUI 2: no console window; CLI 3), and the CLI run under Wine giving the same output,
#            files and exit codes as the Linux build, errors and Japanese included; and
#            `cargo check --all-targets` (tests, examples and benches compile there too).
#   macOS:   `cargo check --all-targets` of every cfg(target_os = "macos") path for Apple silicon
#            and Intel.
# scripts/test.sh runs it after the Linux release build (target/release/recert-cli is compared
# against). Alone: bash scripts/platform-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
setup_app_deps
setup_cross_deps
export PATH="$HOME/.cargo/bin:$PATH"

passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok   $*"; }
bad() { failed=$((failed + 1)); echo "FAIL $*" >&2; }

echo "== macOS: cargo check for aarch64-apple-darwin and x86_64-apple-darwin"
# Every Rust line, Recert's cfg(target_os = "macos") code and its dependencies', is type-checked.
# The C and Objective-C inside dependencies (ring, mac-notification-sys, objc2-exception-helper)
# need the macOS SDK: scripts/macos-check/cc stands in for the compiler and writes empty objects,
# which `cargo check` never links. Linking and running need a Mac (docs/PLATFORMS.md).
# One cargo run for both targets: it shares the host's build scripts and keeps both cores busy.
# --all-targets: the tests, examples and benches too, which the release workflow's macOS job runs.
if CC_aarch64_apple_darwin="$PWD/scripts/macos-check/cc" CC_x86_64_apple_darwin="$PWD/scripts/macos-check/cc" \
  cargo check --locked --target aarch64-apple-darwin --target x86_64-apple-darwin --all-targets; then
  ok "cargo check --all-targets --target aarch64-apple-darwin --target x86_64-apple-darwin"
else
  bad "cargo check --all-targets --target aarch64-apple-darwin --target x86_64-apple-darwin"
fi

echo "== Windows: cargo check of every target (tests, examples, benches: the Windows job runs them)"
if cargo check --locked --target x86_64-pc-windows-gnu --all-targets; then
  ok "cargo check --all-targets --target x86_64-pc-windows-gnu"
else
  bad "cargo check --all-targets --target x86_64-pc-windows-gnu"
fi

echo "== Windows: release build for x86_64-pc-windows-gnu (GUI recert.exe, console recert-cli.exe)"
[ -d ui/dist ] || npm --prefix ui run build
cargo build --release --locked --features custom-protocol --target x86_64-pc-windows-gnu --bins
win=target/x86_64-pc-windows-gnu/release
for exe in "$win/recert.exe" "$win/recert-cli.exe"; do printf '%-50s %10d bytes\n' "$exe" "$(stat -c %s "$exe")"; done

# The PE optional header's Subsystem field: 2 = Windows GUI (no console), 3 = console.
subsystem() {
  python3 - "$1" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read(4096)
pe = struct.unpack_from("<I", data, 0x3C)[0]
assert data[pe:pe + 4] == b"PE\0\0", "not a PE file"
print(struct.unpack_from("<H", data, pe + 24 + 68)[0])
PY
}
[ "$(subsystem "$win/recert.exe")" = 2 ] && ok "recert.exe is a GUI-subsystem program (no console window)" || bad "recert.exe subsystem is $(subsystem "$win/recert.exe"), not 2 (GUI)"
[ "$(subsystem "$win/recert-cli.exe")" = 3 ] && ok "recert-cli.exe is a console program" || bad "recert-cli.exe subsystem is $(subsystem "$win/recert-cli.exe"), not 3 (console)"

echo "== Windows: the CLI under Wine against the Linux build"
command -v wine64 >/dev/null || export PATH="$PATH:/usr/lib/wine"
command -v wine64 >/dev/null || { echo "FAILED: wine64 is not installed" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/linux" "$work/windows"
# The MinGW build loads WebView2's loader from beside the .exe (MSVC builds, which the installers
# ship, link it in); the GUI program needs it to start, the CLI to load.
cp "$win/recert-cli.exe" "$win/recert.exe" "$win/WebView2Loader.dll" "$work/bin/"
x86_64-w64-mingw32-gcc -shared -O2 -o "$work/bin/bcryptprimitives.dll" scripts/wine/bcryptprimitives.c scripts/wine/bcryptprimitives.def -ladvapi32
for side in linux windows; do
  cp tests/integration/fixtures/eval_request.json "$work/$side/request.json"
  cp tests/e2e/fixtures/idle-three.json "$work/$side/data.json"
  printf '{"today": "2026-13-01", "holdings": []}' >"$work/$side/bad-date.json"
  printf '{"today": "2026-11-22", "holdings": [], "extra": 1}' >"$work/$side/unknown-field.json"
done
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" WINEARCH=win64
# The first start creates the prefix (tens of seconds); its messages are not the program's.
wine64 wineboot --init >/dev/null 2>&1 || true

linux_cli="$PWD/target/release/recert-cli"
[ -x "$linux_cli" ] || cargo build --release --locked --features custom-protocol --bin recert-cli
# run SIDE NAME [ENV=VALUE ...] -- ARGS...: runs the CLI in $work/SIDE, output into files named NAME.
run() {
  local side=$1 name=$2; shift 2
  local envs=()
  while [ "$1" != "--" ]; do envs+=("$1"); shift; done
  shift
  local stdin=/dev/null
  if [ "${1:-}" = "<" ]; then stdin="$work/$side/$2"; shift 2; fi
  local code=0
  if [ "$side" = linux ]; then
    (cd "$work/$side" && env LANG=C "${envs[@]}" "$linux_cli" "$@" <"$stdin" >"$name.out" 2>"$name.err") || code=$?
  else
    (cd "$work/$side" && env LANG=C "${envs[@]}" wine64 "$work/bin/${EXE:-recert-cli.exe}" "$@" <"$stdin" >"$name.out" 2>"$name.err") || code=$?
  fi
  echo "$code" >"$work/$side/$name.code"
}
# same NAME [ENV=VALUE ...] -- ARGS...: both sides give the same stdout, stderr and exit code.
same() {
  local name=$1; shift
  run linux "$name" "$@"
  run windows "$name" "$@"
  local what
  for what in code out err; do
    # OS error texts are the OS's own ("No such file or directory" / "File not found."): compare
    # what Recert wrote around them.
    sed -i -E 's/[^:：]*\(os error ([0-9]+)\)/<os error \1>/' "$work/linux/$name.$what" "$work/windows/$name.$what"
    if ! cmp -s "$work/linux/$name.$what" "$work/windows/$name.$what"; then
      bad "$name: $what differs (Linux, then Windows):"
      diff "$work/linux/$name.$what" "$work/windows/$name.$what" | head -n 20 >&2 || true
      return
    fi
  done
  ok "$name: same output and exit $(cat "$work/linux/$name.code")$( [ -s "$work/linux/$name.err" ] && echo ": $(head -c 120 "$work/linux/$name.err")")"
}
# same_file NAME FILE [SED]: a file both sides wrote is the same (SED drops lines that hold the time).
same_file() {
  local name=$1 file=$2 drop=${3:-}
  if [ ! -s "$work/linux/$file" ] || [ ! -s "$work/windows/$file" ]; then bad "$name: $file was not written on both sides"; return; fi
  if cmp -s <(sed -e "${drop:-/^\$^/d}" "$work/linux/$file") <(sed -e "${drop:-/^\$^/d}" "$work/windows/$file"); then
    ok "$name: $file is the same ($(wc -c <"$work/windows/$file") bytes)"
  else
    bad "$name: $file differs"; diff <(sed -e "${drop:-/^\$^/d}" "$work/linux/$file") <(sed -e "${drop:-/^\$^/d}" "$work/windows/$file") | head -n 20 >&2 || true
  fi
}

same version -- --version
EXE=recert.exe same version-gui -- --version
same eval-file -- eval request.json
same eval-stdin -- "<" request.json eval
same eval-bad-date -- eval bad-date.json
same eval-unknown-field -- eval unknown-field.json
same import-dry-run -- import data.json --data-dir data --today 2026-11-22 --dry-run
same import -- import data.json --data-dir data --today 2026-11-22
same import-again -- import data.json --data-dir data --today 2026-11-22
same import-missing -- import missing.json --data-dir data
same import-missing-ja LANG=ja_JP.UTF-8 -- import missing.json --data-dir data
same import-missing-zh LANG=zh_TW.UTF-8 -- import missing.json --data-dir data
same export -- export out.json --data-dir data --today 2026-11-22
same_file export out.json '/"exported_at"/d'
same calendar RECERT_TODAY=2026-11-22 -- calendar renewals.ics --data-dir data
same_file calendar renewals.ics '/^DTSTAMP/d'
same bad-option -- import data.json --data-dir
# The translated lines above are equal on both sides; make sure they are translated at all.
cjk() { python3 -c 'import sys; t = open(sys.argv[1], encoding="utf-8").read(); sys.exit(0 if any("\u3040" <= c <= "\u9fff" for c in t) else 1)' "$1"; }
for name in import-missing-ja import-missing-zh; do
  cjk "$work/windows/$name.err" && ok "$name: the Windows CLI answers in the asked language" || bad "$name: not translated: $(cat "$work/windows/$name.err")"
done

echo "== Windows: start at sign-in from a folder with a space, as the MSI installs"
# Recert writes the Run entry again after the autostart plugin (recert_desktop::autostart; the
# plugin's is unquoted). The entry is written here by the same function for a program under
# "C:\Program Files\…", read back from Wine's registry, and started exactly as written (a batch
# file holding the value, which cmd runs as one command line); the unquoted form fails the same way.
cargo build --release --locked --target x86_64-pc-windows-gnu -p recert-desktop --example run_entry
installed="$WINEPREFIX/drive_c/Program Files/Recert Rehearsal"
mkdir -p "$installed"
cp "$work/bin/recert-cli.exe" "$work/bin/bcryptprimitives.dll" "$work/bin/WebView2Loader.dll" "$installed/"
run_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Run'
wine64 "$win/examples/run_entry.exe" "Recert Rehearsal" 'C:\Program Files\Recert Rehearsal\recert-cli.exe' --version
value="$(wine64 reg query "$run_key" /v "Recert Rehearsal" 2>/dev/null | tr -d '\r' | sed -n 's/.*REG_SZ[[:space:]]*//p')"
if [ "$value" = '"C:\Program Files\Recert Rehearsal\recert-cli.exe" --version' ]; then
  ok "the Run entry is quoted: $value"
else
  bad "the Run entry reads: $value"
fi
printf '@%s\r\n' "$value" >"$work/windows/at-sign-in.bat"
printf '@%s\r\n' 'C:\Program Files\Recert Rehearsal\recert-cli.exe --version' >"$work/windows/unquoted.bat"
started="$(cd "$work/windows" && wine64 cmd /c at-sign-in.bat 2>/dev/null | tr -d '\r')"
unquoted="$(cd "$work/windows" && wine64 cmd /c unquoted.bat 2>/dev/null | tr -d '\r' || true)"
if [ "$started" = "$(cat "$work/linux/version.out")" ] && [ "$unquoted" != "$started" ]; then
  ok "the entry starts the program: $started (unquoted, it would not)"
else
  bad "the entry started: '$started'; unquoted: '$unquoted'"
fi

echo "== Windows: recert.exe --hidden under Wine (no web view needed), a second launch, the recert: address"
# The start at sign-in: the tray, the store and the reminder loop come up and a pass runs; the due
# reminder, with no toast service in Wine, is kept for the window's banner; a second launch, plain and
# with the address a toast's click starts, reaches this instance (it exits at once, the first runs
# on); and the address is registered for the user, pointing at this recert.exe.
wine_data="Z:$(tr / '\\' <<<"$work/hidden-data")"
cp tests/e2e/fixtures/due-reminder.json "$work/windows/due.json"
run windows import-hidden -- import due.json --data-dir "$wine_data" --today 2026-11-22
hidden_log="$work/windows/hidden"
(cd "$work/bin" && RECERT_STARTUP_PROBE=1 wine64 recert.exe --hidden --data-dir "$wine_data" --today 2026-11-22 >"$hidden_log.out" 2>"$hidden_log.err") &
hidden_pid=$!
for _ in $(seq 1 120); do grep -q "reminder pass done" "$hidden_log.err" 2>/dev/null && break; sleep 0.5; done
if grep -q "^tray-ready" "$hidden_log.out" && grep -q "reminder pass done" "$hidden_log.err"; then
  ok "--hidden: tray, store and reminder loop up, a pass run ($(grep -c probe "$hidden_log.err") marks)"
else
  bad "--hidden did not come up: $(tail -n 3 "$hidden_log.err")"
fi
if grep -q "reminder: no notification service, kept as an in-app banner" "$hidden_log.err"; then
  ok "the due reminder, with no toast service, is kept as an in-app banner"
else
  bad "the due reminder was not kept for the banner: $(grep 'reminder:' "$hidden_log.err")"
fi
protocol="$(wine64 reg query 'HKCU\Software\Classes\recert\shell\open\command' /ve 2>/dev/null | tr -d '\r' | sed -n 's/.*REG_SZ[[:space:]]*//p')"
if [ "$protocol" = "\"$(tr / '\\' <<<"Z:$work/bin/recert.exe")\" --open \"%1\"" ]; then
  ok "the recert: address is registered: $protocol"
else
  bad "the recert: address reads: $protocol"
fi
for second in "" "--open recert:holding:az104"; do
  if (cd "$work/bin" && timeout 30 wine64 recert.exe $second --data-dir "$wine_data" >/dev/null 2>&1) && kill -0 "$hidden_pid" 2>/dev/null; then
    ok "a second launch ${second:+($second) }reaches the first and exits; the first runs on"
  else
    bad "a second launch ${second:+($second) }did not reach the first, or the first ended"
  fi
done
wineserver -k 2>/dev/null || true
wait "$hidden_pid" 2>/dev/null || true

echo "== Release workflow: the native npm packages the Windows and macOS runners add"
for case in "win32 x64:@tauri-apps/cli-win32-x64-msvc@ @rollup/rollup-win32-x64-msvc@" "darwin arm64:@tauri-apps/cli-darwin-arm64@ @rollup/rollup-darwin-arm64@" "darwin x64:@tauri-apps/cli-darwin-x64@ @rollup/rollup-darwin-x64@"; do
  platform=${case%%:*}
  got="$(node scripts/npm-native.mjs --print $platform | sed 's/@[^@]*$/@/' | tr '\n' ' ')"
  [ "$got" = "${case#*:} " ] && ok "npm-native for $platform: $got" || bad "npm-native for $platform named: $got"
done
# tauri-action finds the project by the files git tracks (it honours .gitignore).
configs="$(git ls-files '*tauri.conf.json' '*tauri.conf.json5' '*Tauri.toml' | tr '\n' ' ')"
[ "$configs" = "tauri.conf.json " ] && ok "one Tauri config tracked in the repository" || bad "tauri-action would have to choose among: $configs"

echo "platform checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
