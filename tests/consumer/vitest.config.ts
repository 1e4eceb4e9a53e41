import { defineConfig } from 'vitest/config';

// Packing and installing every package takes a while: one shared setup, generous timeouts.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
