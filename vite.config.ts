import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { firstPageChunks } from './scripts/lib/firstPageChunks.ts';
import { muiWithoutCssVars } from './scripts/lib/muiWithoutCssVars.ts';

// The Altinn platform sends no CORS headers, so the app always calls it on its own origin
// under /platform and the dev/preview server forwards to the emulator (nginx does this in production).
const platformTarget = process.env.PLATFORM_URL ?? 'http://127.0.0.1:5101';
// Altinn's CDN (altinncdn.no, e.g. /orgs/altinn-orgs.json) is reached the same way under /cdn; the
// emulator serves the CDN's files on its platform origin, so both prefixes go to the same target.
const cdnTarget = process.env.CDN_URL ?? platformTarget;
const platformProxy = {
  '/platform': {
    target: platformTarget,
    changeOrigin: true,
    rewrite: (path: string) => path.replace(/^\/platform/, ''),
  },
  '/cdn': {
    target: cdnTarget,
    changeOrigin: true,
    rewrite: (path: string) => path.replace(/^\/cdn/, ''),
  },
};

// What index.html loads goes into one vendor and one app file (see the plugin for why and how).
const firstPage = firstPageChunks({ entry: 'src/main.tsx', serviceWorker: 'src/sw/download-sw.ts' });

export default defineConfig({
  plugins: [react(), muiWithoutCssVars(), firstPage.plugin],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: platformProxy,
    // In development the download worker is served from /src/sw/; this lets it control /download/.
    headers: { 'Service-Worker-Allowed': '/download/' },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, proxy: platformProxy },
  build: {
    sourcemap: true,
    // dist/.vite/manifest.json: the chunk graph the bundle budget (scripts/bundle-budget.ts) and
    // the benchmark read to know which files the first signed-in page needs.
    manifest: true,
    // The first page's vendor chunk (react-dom, MUI, the router, oidc-client-ts) is ~560 kB before
    // gzip by design (scripts/lib/firstPageChunks.ts); the bundle budget limits what it weighs gzipped.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // The download service worker is its own entry at a fixed, unhashed URL: a worker's script
      // URL must stay the same across deploys, and it must sit above the /download/ scope.
      input: { index: 'index.html', 'download-sw': 'src/sw/download-sw.ts' },
      // @emotion/react imports hoist-non-react-statics (CommonJS, no "sideEffects" flag) for its
      // withTheme, which nothing here uses; declared free of side effects it is dropped along with
      // the old react-is it carries (-0.9 kB gzip on the first page). If withTheme is ever used,
      // its exports are, and it stays.
      treeshake: {
        moduleSideEffects: (id: string) =>
          /[\\/]node_modules[\\/]hoist-non-react-statics[\\/]/.test(id) ? false : undefined,
      },
      output: {
        codeSplitting: { groups: firstPage.groups },
        entryFileNames: (chunk) =>
          chunk.name === 'download-sw' ? 'download-sw.js' : 'assets/[name]-[hash].js',
      },
    },
  },
});
