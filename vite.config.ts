import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The renderer is plain TSX: esbuild compiles it, so no framework plugin is needed.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Everything is served from the app itself; nothing may be inlined as a data: script.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
});
