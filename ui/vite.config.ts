import { defineConfig } from "vitest/config";

// The UI is static files embedded in the binary: no dev server URL, no inline scripts (the CSP
// forbids them), relative asset paths.
export default defineConfig({
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "safari15",
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  test: {
    environment: "happy-dom",
  },
});
