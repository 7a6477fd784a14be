import { describe, expect, it } from 'vitest';
import { HEADER_POLICY, inlineScriptHashes, pagePolicy, sha256, withPolicyMeta } from '../../src/buildtime/content-security-policy.ts';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="sv"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;

describe('Content-Security-Policy', () => {
  it('hashar ett inline-skript som webbläsaren gör (sha256 av texten, base64)', () => {
    // The value Chromium prints for `alert(1)` in its CSP violation message.
    expect(sha256('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });

  it('tar med inline-skript men inte skript med src', () => {
    const html = page('<script src="/assets/a.js"></script>', '<script>a()</script><script type="module" async="">import "/x.js";</script>');
    expect(inlineScriptHashes(html)).toEqual([sha256('a()'), sha256('import "/x.js";')]);
  });

  it('sätter policyn först i head, före alla skript, och byter ut en gammal', () => {
    const html = page('<title>t</title><script>a()</script>', '');
    const once = withPolicyMeta(html);
    const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy([sha256('a()')])}"/>`;
    expect(once).toContain(`<meta charSet="utf-8"/>${meta}<title>`);
    expect(withPolicyMeta(once)).toBe(once);
  });

  it('tillåter bara den egna webbplatsen, ingen eval och inga andra inline-skript', () => {
    const policy = pagePolicy(['sha256-abc']);
    expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'sha256-abc';/);
    expect(policy).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
    expect(policy).not.toMatch(/frame-ancestors/); // ignored (with a console error) in a meta tag
  });

  it('servern skickar samma regler som huvud, utom skriptregeln för skriptelement, och med frame-ancestors', () => {
    const shared = pagePolicy([]).split('; ').filter((d) => !/^(default-src|script-src) /.test(d));
    expect(HEADER_POLICY).toBe([...shared, "frame-ancestors 'none'"].join('; '));
    expect(HEADER_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });
});
