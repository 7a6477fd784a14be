import type { Page } from '@playwright/test';

/**
 * Collects every uncaught error and every console error on `page` from now on, each with the
 * address it happened on (a hydration error logs to the console). Chromium's own "status of 404"
 * line, which the 404 page's response causes, is not an error of the app.
 */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('status of 404')) errors.push(`${page.url()}: ${m.text()}`);
  });
  return errors;
}
