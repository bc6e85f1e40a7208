#!/usr/bin/env bash
# Recert against a bare Tauri window built with the same Tauri, features and release profile, in
# one run (docs/BENCHMARKS.md): start-up to the first screen painted with 0, 1,000 and 10,000
# certifications; memory (PSS of the whole process tree) and wake-ups while idle, shown and in the
# tray; the start at sign-in to tray ready; the tray's Open to the dashboard painted, and memory
# over ten open/close cycles; command round trip listing 1,000 certifications; the team dashboard
# with 200 people of 10 certifications each. Sizes of the binary and the .deb when one was built.
# Usage: bash scripts/bench.sh [IDLE_SECONDS]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
setup_test_deps
export PATH="$HOME/.cargo/bin:$PATH" NO_AT_BRIDGE=1
idle="${1:-60}"
build_release
cargo build --release --locked --features custom-protocol,tray-process --example bare_window
recert="$PWD/target/release/recert"
bare="$PWD/target/release/examples/bare_window"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for n in 0 1000 10000; do
  mkdir -p "$work/$n"
  python3 benches/bench_data.py "$n" > "$work/$n.json"
  "$recert" import "$work/$n.json" --data-dir "$work/$n" --today 2026-11-22 >/dev/null
done
# The team: the user's 10 certifications and 200 people with 10 each; "single" is the user alone.
for set in single team; do
  mkdir -p "$work/$set"
  if [ "$set" = team ]; then python3 benches/bench_data.py 10 --people 200; else python3 benches/bench_data.py 10; fi > "$work/$set.json"
  "$recert" import "$work/$set.json" --data-dir "$work/$set" --today 2026-11-22 >/dev/null
done

under_x() { xvfb-run -a -s "-screen 0 1280x900x24 -noreset" dbus-run-session --config-file=tests/support/test-session-bus.conf -- "$@"; }

# Start-up is paired (bench_ab.py: the bare window and Recert in turns, median of the paired
# differences): this machine drifts by ±100 ms over minutes, as much as the gap measured.
echo "== start-up to first paint, paired with the bare window (15 pairs after a warm-up; a = bare, b = Recert)"
for n in 0 1000 10000; do
  echo "certifications: $n"
  under_x python3 benches/bench_ab.py 15 -- "$bare" -- "$recert" --data-dir "$work/$n" --today 2026-11-22
done
# Where no GPU can be reached Recert has WebKit paint on the CPU (src-tauri/shell/painting.rs); a
# plain Tauri app does not. The bare window given the same switch shows what is left of the gap.
if ! compgen -G "/dev/dri/renderD*" >/dev/null && [ -z "${WEBKIT_SKIA_ENABLE_CPU_RENDERING+set}" ]; then
  echo "== the same, 1,000 certifications, the bare window also painting on the CPU (no GPU here)"
  under_x python3 benches/bench_ab.py 15 -- env WEBKIT_SKIA_ENABLE_CPU_RENDERING=1 "$bare" -- "$recert" --data-dir "$work/1000" --today 2026-11-22
  echo "== idle, the bare window painting on the CPU"
  under_x python3 benches/bench_idle.py "$idle" 10 -- env WEBKIT_SKIA_ENABLE_CPU_RENDERING=1 "$bare"
fi

echo "== start-up, the user's 10 certifications alone, then with 200 people of 10 each"
for set in single team; do
  echo "data: $set"
  under_x python3 benches/bench_start.py 7 -- "$recert" --data-dir "$work/$set" --today 2026-11-22
done

echo "== idle for ${idle} s after 10 s: CPU, wake-ups, memory (PSS)"
under_x python3 benches/bench_idle.py "$idle" 10 -- "$bare"
under_x python3 benches/bench_idle.py "$idle" 10 -- "$recert" --data-dir "$work/1000" --today 2026-11-22

echo "== in the tray (--hidden, the start at sign-in: recert-tray on Linux), 1,000 certifications: idle ${idle} s after 10 s"
under_x python3 benches/bench_idle.py "$idle" 10 -- "$recert" --data-dir "$work/1000" --today 2026-11-22 --hidden

echo "== the same with the app's own tray (RECERT_SINGLE_PROCESS=1: what Windows and macOS run)"
RECERT_SINGLE_PROCESS=1 under_x python3 benches/bench_idle.py "$idle" 10 -- "$recert" --data-dir "$work/1000" --today 2026-11-22 --hidden

echo "== start at sign-in to tray ready; tray Open to dashboard painted (web view rebuilt) and memory after closing, 10 cycles"
under_x python3 benches/bench_reopen.py 10 -- "$recert" --data-dir "$work/1000" --today 2026-11-22

echo "== command round trip (500 calls), 1,000 certifications in the store"
under_x node benches/bench_roundtrip.mjs report_painted '{}' 500 -- "$bare"
# As the dashboard asks (ui/src/screens/dashboard.ts, PAGE): the first page of 30, with counts over all 1,000.
under_x node benches/bench_roundtrip.mjs get_dashboard '{"limit":30,"focus":null}' 500 -- "$recert" --data-dir "$work/1000" --today 2026-11-22
# All 1,000 listed with their reasons.
under_x node benches/bench_roundtrip.mjs get_dashboard '{"limit":null,"focus":null}' 500 -- "$recert" --data-dir "$work/1000" --today 2026-11-22

echo "== team dashboard round trip (500 calls), 200 people of 10 certifications and the user's 10"
under_x node benches/bench_roundtrip.mjs get_team '{"filter":{"person":null,"query":"","product":null,"expanded":null},"limit":20}' 500 -- "$recert" --data-dir "$work/team" --today 2026-11-22

echo "== sizes"
ls -l "$recert" "$(dirname "$recert")/recert-cli" "$(dirname "$recert")/recert-tray" "$bare" | awk '{printf "%s %.2f MiB\n", $NF, $5 / 1048576}'
ls -l target/release/bundle/deb/*.deb target/release/bundle/rpm/*.rpm 2>/dev/null | awk '{printf "%s %.2f MiB\n", $NF, $5 / 1048576}' || true
