// Reports the first paint exactly as Recert's UI does: two frames after the page is shown.
requestAnimationFrame(() => requestAnimationFrame(() => window.__TAURI_INTERNALS__.invoke("report_painted")));
