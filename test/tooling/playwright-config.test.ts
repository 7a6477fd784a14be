import { describe, expect, it, vi } from 'vitest';

describe('Playwright-inställningarna', () => {
  it('stoppar en kvarglömd test.only i CI och skriver JSON-rapporten till en fil, inte till terminalen', async () => {
    vi.stubEnv('CI', 'true');
    vi.resetModules();
    const { default: config } = await import('../../playwright.config.ts');
    vi.unstubAllEnvs();
    expect(config.forbidOnly).toBe(true);
    const reporters = Array.isArray(config.reporter) ? config.reporter : [];
    const json = reporters.find((r) => r[0] === 'json');
    expect(JSON.stringify(json?.[1])).toMatch(/"outputFile":"[^"]+\.json"/);
  });
});
