/**
 * Makes the site installable: PNG icons drawn from the one source icon (public/favicon.svg, copied to
 * the site by Vite) and the web app manifest. No icon binary is kept in the repository.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { APP, ICONS, webAppManifest } from '../../offline/app-identity.ts';
import type { PostBuildStep } from './pipeline.ts';

export const SOURCE_ICON = 'favicon.svg';
export const MANIFEST_FILE = 'manifest.webmanifest';

/**
 * A maskable icon may be cropped to a circle of 80 % of its width, so the source is drawn at 80 % on a
 * full-bleed background in the theme colour: nothing of the symbol is cut off on any platform.
 */
export function maskableSvg(source: string): string {
  const nested = source.replace(/<svg\b/, '<svg x="10%" y="10%" width="80%" height="80%"');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="${APP.themeColor}"/>${nested}</svg>`;
}

export function drawPng(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
}

export const webApp: PostBuildStep = {
  name: 'ikoner och webbappmanifest',
  run: ({ dir, base, log }) => {
    const source = readFileSync(join(dir, SOURCE_ICON), 'utf8');
    for (const icon of ICONS) {
      const target = join(dir, icon.file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, drawPng(icon.purpose === 'maskable' ? maskableSvg(source) : source, icon.size));
    }
    writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(webAppManifest(base), null, 2)}\n`);
    log(`${ICONS.length} ikoner och ${MANIFEST_FILE} skrivna.`);
  },
};
