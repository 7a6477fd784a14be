import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CACHE_IMMUTABLE, SECURITY_HEADERS, cacheControl } from '../../src/buildtime/security-headers.ts';

const EXAMPLES = ['deploy/nginx.conf', 'deploy/apache.htaccess', 'deploy/web.config'];

describe('serverexemplen i deploy/', () => {
  for (const file of EXAMPLES) {
    it(`${file} skickar samma säkerhetsrubriker som den lokala servern`, () => {
      const text = readFileSync(file, 'utf8');
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(text, `${name} i ${file}`).toContain(name);
        expect(text, `värdet för ${name} i ${file}`).toContain(value);
      }
    });

    it(`${file} cachar bara Vites filer länge och ger 404.html med status 404`, () => {
      const text = readFileSync(file, 'utf8');
      expect(text).toMatch(/max-age=31536000|365\.00:00:00/);
      expect(text).toMatch(/immutable/);
      expect(text).toMatch(/no-cache|DisableCache/);
      expect(text).toMatch(/404\.html/);
    });
  }

  it('varje exempel skickar komprimerade filer: byggets .br/.gz-kopior (nginx, Apache) eller IIS egen komprimering', () => {
    const nginx = readFileSync('deploy/nginx.conf', 'utf8');
    expect(nginx).toMatch(/^\s*gzip_static on;/m);
    // Without it nginx sends its .gz copies with no Vary, and a proxy may pass them to anyone.
    expect(nginx).toMatch(/^\s*gzip_vary on;/m);
    const apache = readFileSync('deploy/apache.htaccess', 'utf8');
    expect(apache).toMatch(/RewriteCond %\{REQUEST_FILENAME\}\.br -f/);
    expect(apache).toMatch(/RewriteCond %\{REQUEST_FILENAME\}\.gz -f/);
    expect(apache).toMatch(/^AddEncoding br \.br$/m);
    expect(apache).toMatch(/Header append Vary Accept-Encoding/);
    expect(readFileSync('deploy/web.config', 'utf8')).toMatch(/<urlCompression doStaticCompression="true"/);
  });

  it('Vites filer är de enda som cachas länge', () => {
    expect(cacheControl('/assets/root-abc.js')).toBe(CACHE_IMMUTABLE);
    for (const path of ['/sw.js', '/index.html', '/handbok/samtycke/index.html', '/manifest.webmanifest', '/icons/ikon-192.png']) {
      expect(cacheControl(path)).toBe('no-cache');
    }
  });
});
