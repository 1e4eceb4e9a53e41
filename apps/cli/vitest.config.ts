import { defineConfig } from 'vitest/config';

// The CLI tests start the built command as a child process (compromise loads in each), so a
// test takes about a second; the limit is generous because CI machines are shared.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
