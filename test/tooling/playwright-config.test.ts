import { describe, expect, it, vi } from 'vitest';

describe('Playwright-inställningarna', () => {
  it('stoppar en kvarglömd test.only i CI och skriver JSON-rapporten till en fil, inte till terminalen', async () => {
    vi.stubEnv('CI', 'true');
    vi.resetModules();
    const { default: config } = await import('../../playwright.config.ts');
    vi.unstubAllEnvs();
    expect(config.forbidOnly).toBe(true);
    const reporters = config.reporter as [string, Record<string, unknown>?][];
    const json = reporters.find(([name]) => name === 'json');
    expect(json?.[1]?.outputFile).toMatch(/\.json$/);
  });
});
