import { defineConfig } from 'vitest/config';
import { contentPlugins } from './src/buildtime/vite-plugins.ts';

// The React Router plugin is for the site build only; tests get the same content plugins.
export default defineConfig({
  plugins: [...contentPlugins()],
  define: { __BUILD_DATE__: JSON.stringify('2026-11-22') },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**'],
    setupFiles: ['test/setup.ts'],
    // Path books, ELK layouts and jsdom renders of long pages take seconds on CI's two cores.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
