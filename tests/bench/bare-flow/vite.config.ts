import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Where the bare React Flow reference page is built (production mode, minified like the app). */
export const BARE_OUT = resolve(import.meta.dirname, '../../../out/bench-bare');

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  mode: 'production',
  logLevel: 'warn',
  plugins: [react()],
  build: { outDir: BARE_OUT, emptyOutDir: true, minify: true, chunkSizeWarningLimit: 1500 },
});
