// The fake notification daemon (tests/support/fake_notification_server.rs) as a process on the
// test's D-Bus session: `calls` fills as Notify calls arrive, `closed` with the ids an app took
// back (CloseNotification); `invoke` clicks one.
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";

const root = resolve(import.meta.dirname, "../..");
const daemonBin = resolve(process.env.RECERT_FAKE_NOTIFIER ?? join(root, "target/debug/examples/fake_notification_server"));

export async function startDaemon() {
  const proc = spawn(daemonBin, [], { stdio: ["pipe", "pipe", "inherit"] });
  const calls = [];
  const closed = [];
  let ready;
  const isReady = new Promise((r) => (ready = r));
  createInterface({ input: proc.stdout }).on("line", (line) => {
    const msg = JSON.parse(line);
    if (msg.ready) ready();
    else if (msg.closed !== undefined) closed.push(msg.closed);
    else calls.push(msg);
  });
  await isReady;
  return { calls, closed, invoke: (id, action) => proc.stdin.write(`invoke ${id} ${action}\n`), stop: () => proc.kill() };
}
