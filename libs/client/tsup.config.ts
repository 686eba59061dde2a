import { defineConfig } from 'tsup';

/**
 * The package as other services install it: CommonJS and ES modules, and one declaration file into which the
 * wire types (from `libs/wire` and the domain's vocabulary) are inlined, so it needs nothing of
 * this repository. `eventsource-parser`, its one dependency, stays external.
 */
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['cjs', 'esm'],
  dts: true,
  tsconfig: 'tsconfig.build.json',
  outDir: 'dist',
  target: 'node20',
  platform: 'node',
  clean: true,
  sourcemap: true,
});
