import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { drawPng, maskableSvg } from '../../src/buildtime/post-build/web-app.ts';
import { ICONS, THEME_COLOR, webAppManifest } from '../../src/offline/app-identity.ts';

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('webbappen', () => {
  it('har start, omfång och ikoner under bassökvägen', () => {
    const manifest = webAppManifest('/sekretessguiden/');
    expect(manifest).toMatchObject({ start_url: '/sekretessguiden/', scope: '/sekretessguiden/', id: '/sekretessguiden/', display: 'standalone', lang: 'sv' });
    expect(manifest.icons.map((i) => i.src)).toEqual(ICONS.map((i) => `/sekretessguiden/${i.file}`));
  });

  it('har ikoner i de storlekar som krävs för installation, även maskable', () => {
    const icons = webAppManifest('/').icons;
    expect(icons.filter((i) => i.purpose === 'any').map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512')).toBe(true);
  });

  it('ritar ikonerna från den enda källbilden, i rätt storlek', () => {
    const source = readFileSync('public/favicon.svg', 'utf8');
    expect(pngSize(drawPng(source, 192))).toEqual({ width: 192, height: 192 });
    expect(pngSize(drawPng(maskableSvg(source), 512))).toEqual({ width: 512, height: 512 });
  });

  it('lägger symbolen inom den säkra zonen på en utfallande bakgrund i maskable-ikonen', () => {
    const svg = maskableSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect/></svg>');
    expect(svg).toContain(`<rect width="100" height="100" fill="${THEME_COLOR}"/>`);
    expect(svg).toContain('<svg x="10%" y="10%" width="80%" height="80%" xmlns=');
  });
});
