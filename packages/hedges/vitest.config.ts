import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The golden test runs the stages before this one (tokenize, entities) and renders CSV (report);
// they are not dependencies of this package, so tests read their sources instead of their builds.
const src = (name: string) => fileURLToPath(new URL(`../${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  // several tests run whole essays through compromise; CI runs every package's tests at once
  test: { testTimeout: 60_000 },
  resolve: {
    alias: {
      '@essaylens/tokenize': src('tokenize'),
      '@essaylens/entities': src('entities'),
      '@essaylens/report': src('report'),
    },
  },
});
