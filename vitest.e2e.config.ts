// `npm run test:e2e`: browser tests in Debian's Chromium against the production build.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: ["./tests/support/build.ts"],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    pool: "forks",
    // One browser at a time: the machine has two cores and the server needs one.
    fileParallelism: false,
  },
});
