import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The web app: built into web/dist (served by the service at /); `--outDir` overrides it (the browser tests build into a temp dir). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  // No React plugin: Vite's own transform (oxc) compiles TSX with the automatic runtime.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false },
  server: {
    port: 5173,
    proxy: {
      '/graphql': 'http://127.0.0.1:4000',
      '/socket.io': { target: 'http://127.0.0.1:4000', ws: true },
    },
  },
});
