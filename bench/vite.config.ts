/** Builds the two bench pages (peers comparison and the JavaScript floor) into bench/tmp/. */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench',
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: 'tmp/dist',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: { page: 'bench/page/index.html', floor: 'bench/floor/index.html' } },
  },
});
