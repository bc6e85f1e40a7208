// Reports the first paint exactly as Recert's UI does: two frames after the page is shown, with
// the same marks (milliseconds after navigation start) that Recert's page sends.
const marks = [{ what: "script", at_ms: performance.now() }];
requestAnimationFrame(() => {
  marks.push({ what: "frame", at_ms: performance.now() });
  requestAnimationFrame(() => {
    marks.push({ what: "frame", at_ms: performance.now() });
    window.__TAURI_INTERNALS__.invoke("report_painted", { marks });
  });
});
