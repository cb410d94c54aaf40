import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// Two pages: the explorer (index.html, served at / and every view's URL)
// and GraphiQL (graphiql/index.html, served at /graphiql). The build is
// committed in dist/ and must be reproducible: no timestamps, content-hashed
// file names only.
export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // GraphiQL's Radix UI modules start with "use client" (a React server
      // components marker that means nothing in a browser bundle).
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        explorer: resolve(__dirname, 'index.html'),
        graphiql: resolve(__dirname, 'graphiql/index.html'),
      },
    },
  },
});
