// A loopback "Microsoft Learn" for the transcript journeys: serves each shared transcript by its
// share id at Learn's path, 404 (not shared) for any other, and records every request. Recert is
// pointed at it with RECERT_LEARN_BASE_URL (honoured for loopback hosts only), set here for the
// processes the test starts afterwards.
import { createServer } from "node:http";

/** `shared`: share id → the transcript's JSON bytes, or `null` for one Microsoft is slow to answer
 * (the request is held open until the server closes). `catalog.body`: what the Learn Catalog API
 * answers (changeable meanwhile); 404 without it. */
export async function startLearn(shared, catalog = {}) {
  const requests = [];
  const held = [];
  const server = createServer((req, res) => {
    requests.push({ url: req.url, agent: req.headers["user-agent"] });
    const id = Object.keys(shared).find((k) => req.url === `/api/profiles/transcript/share/${k}?locale=en-us`);
    if (req.url === "/api/catalog/?locale=en-us&type=certifications,exams" && catalog.body) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(catalog.body);
    } else if (id && shared[id] === null) {
      held.push(res);
    } else if (id) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(shared[id]);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  process.env.RECERT_LEARN_BASE_URL = `http://127.0.0.1:${server.address().port}`;
  return {
    requests,
    close() {
      for (const res of held) res.destroy();
      server.close();
      delete process.env.RECERT_LEARN_BASE_URL;
    },
  };
}
