import { defineConfig } from 'vitest/config';

// CI runs every package's tests at once on two cores, and several tests spawn node or run
// compromise on whole essays: a generous per-test limit keeps a slow machine from failing a
// correct test. Speed is measured by `npm run bench`, never here.
export default defineConfig({
  test: {
    testTimeout: 60_000,
  },
});
