import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The DPO's console: built into dist/console and served by the ledger at /console/. `npm run dev:console`
 * serves it with hot reload and sends /v1 to a ledger on port 3000.
 */
export default defineConfig({
  root: here('.'),
  base: '/console/',
  plugins: [react()],
  resolve: {
    // Leaf modules of the pure core only (`@ledger/domain/events`, ...): its enumerations and small rules
    // such as what a restriction covers. Decisions themselves always come from the API.
    alias: { '@ledger/domain': here('../../libs/domain/src') },
  },
  build: {
    outDir: here('../../dist/console'),
    emptyOutDir: true,
  },
  server: { proxy: { '/v1': 'http://localhost:3000' } },
});
