import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Where `npm run dev:web` sends API and live-channel requests (the service started with `npm run dev`). */
const api = process.env.API_URL ?? 'http://127.0.0.1:4000';

/** The web app: built into web/dist (served by the service at /); `--outDir` overrides it (the browser tests build into a temp dir). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  // node_modules is shared between checkouts; keep Vite's dependency cache out of it.
  cacheDir: fileURLToPath(new URL('./.vite-cache', import.meta.url)),
  // No React plugin: Vite's own transform (oxc) compiles TSX with the automatic runtime.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false },
  server: {
    port: 5173,
    proxy: {
      '/graphql': api,
      '/socket.io': { target: api, ws: true },
    },
  },
});
