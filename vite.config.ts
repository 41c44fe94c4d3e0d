import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The Altinn platform sends no CORS headers, so the app always calls it on its own origin
// under /platform and the dev/preview server forwards to the emulator (nginx does this in production).
const platformTarget = process.env.PLATFORM_URL ?? 'http://127.0.0.1:5101';
const platformProxy = {
  '/platform': {
    target: platformTarget,
    changeOrigin: true,
    rewrite: (path: string) => path.replace(/^\/platform/, ''),
  },
};

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy: platformProxy },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, proxy: platformProxy },
  build: { sourcemap: true },
});
