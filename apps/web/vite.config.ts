import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server serves dist/ itself under a strict CSP (no inline scripts, no external origins), so the
// build must not emit inline scripts or reference CDNs. The manifest feeds scripts/measure-bundle.mjs.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    // Inlined module-preload polyfills would be an inline script; modern browsers do not need it.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      treeshake: {
        // @zhibu/shared is TypeScript source without a package.json "sideEffects" flag. Its modules
        // only declare constants, so let unused ones go: the login page needs role labels, not the
        // Zod field schemas (and Zod) that only the lazily loaded forms use.
        moduleSideEffects: [{ test: /packages[\\/]shared[\\/]src[\\/]/, sideEffects: false }],
      },
    },
  },
});
