import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { basePath, normaliseBasePath, withBase } from '../../src/buildtime/base-path.ts';
import { buildOutputDir, outputDir } from '../../src/buildtime/output-dir.ts';

describe('bassökvägen', () => {
  it('normaliseras till /x/-form oavsett hur den skrivs', () => {
    expect(normaliseBasePath('')).toBe('/');
    expect(normaliseBasePath('/')).toBe('/');
    expect(normaliseBasePath('guide')).toBe('/guide/');
    expect(normaliseBasePath(' /a//b/ ')).toBe('/a/b/');
    expect(basePath({ BASE_PATH: 'sekretessguiden/' })).toBe('/sekretessguiden/');
    expect(basePath({})).toBe('/');
  });

  it('vägrar sökvägar som lämnar mappen eller behöver kodas i en adress', () => {
    expect(() => normaliseBasePath('/../x/')).toThrow(/BASE_PATH/);
    expect(() => normaliseBasePath('/min guide/')).toThrow(/BASE_PATH/);
    expect(() => normaliseBasePath('/x?y/')).toThrow(/BASE_PATH/);
  });

  it('sätter ihop adresser under bassökvägen', () => {
    expect(withBase('/', '/om')).toBe('/om');
    expect(withBase('/x/', '/om')).toBe('/x/om');
    expect(withBase('/x/', '/')).toBe('/x/');
  });

  it('är samma i den lokala servern som i bygget', async () => {
    // scripts/serve.mjs must serve under exactly the base the build wrote the site for.
    const dist = mkdtempSync(join(tmpdir(), 'sg-serve-'));
    writeFileSync(join(dist, 'index.html'), 'startsidan');
    writeFileSync(join(dist, '404.html'), 'saknas');
    const server = spawn(process.execPath, ['scripts/serve.mjs'], {
      env: { ...process.env, BASE_PATH: ' a//b ', PORT: '4194', DIST: dist },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /körs på (\S+)/.exec(out);
          if (match) resolve(match[1]);
        });
        server.on('exit', (code) => reject(new Error(`servern avslutades (${code}): ${out}`)));
      });
      expect(address).toBe(`http://127.0.0.1:4194${basePath({ BASE_PATH: ' a//b ' })}`);
      expect(await (await fetch('http://127.0.0.1:4194/a/b/')).text()).toBe('startsidan');
      expect((await fetch('http://127.0.0.1:4194/a/', { redirect: 'manual' })).status).toBe(404);
      expect((await fetch('http://127.0.0.1:4194/a/b', { redirect: 'manual' })).headers.get('location')).toBe('/a/b/');
    } finally {
      server.kill();
    }
  }, 60_000); // starting serve.mjs loads Vite's module runner, which is slow on a busy machine
});

describe('byggmappen', () => {
  it('är dist/ om inget annat anges och måste ligga i projektet', () => {
    expect(outputDir({})).toBe('dist');
    expect(buildOutputDir({ DIST: 'test-results/dist-bas' }, '/projekt')).toBe('test-results/dist-bas');
    expect(() => buildOutputDir({ DIST: '/tmp/annan' }, '/projekt')).toThrow(/inne i projektet/);
    expect(() => buildOutputDir({ DIST: '.' }, '/projekt')).toThrow(/inne i projektet/);
  });
});
