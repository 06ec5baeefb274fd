/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The desk is served by the wiredesk server from web/dist; in development, API calls go to a running desk.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/v1': 'http://127.0.0.1:8080' } },
  // Unit tests of the desk's own logic (web/src/**/*.test.ts), run by `npm test` through scripts/test.mjs.
  test: { environment: 'happy-dom', include: ['src/**/*.test.{ts,tsx}'] },
});
