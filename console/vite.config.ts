import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Swagger UI's prebuilt files, served by the API at /console/docs/ for the /docs page. */
function swaggerUiAssets(): Plugin {
  const dist = path.dirname(require.resolve('swagger-ui-dist/package.json'));
  return {
    name: 'assay-swagger-ui-assets',
    apply: 'build',
    generateBundle() {
      for (const file of ['swagger-ui-bundle.js', 'swagger-ui.css']) {
        this.emitFile({
          type: 'asset',
          fileName: `docs/${file}`,
          source: readFileSync(path.join(dist, file)),
        });
      }
    },
  };
}

export default defineConfig({
  root: here,
  base: '/console/',
  plugins: [react(), swaggerUiAssets()],
  build: {
    outDir: path.resolve(here, '..', 'dist', 'console'),
    emptyOutDir: true,
    // Warnings only: the charts library is the largest part, and it loads with the app.
    chunkSizeWarningLimit: 1000,
  },
});
