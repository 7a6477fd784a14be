/**
 * How the site presents itself when installed as an app (issue 12): the web app manifest written at
 * build time and the theme colour in every page's <head>. The icons are drawn from one source,
 * public/favicon.svg, at build time (src/buildtime/post-build/web-app.ts).
 */
/** The header's colour (--brand in global.css): the browser's title bar and the icons' background. */
export const THEME_COLOR = '#14365d';

export const APP = {
  name: 'Sekretessguiden',
  shortName: 'Sekretessguiden',
  description:
    'Får eller måste du lämna uppgifter om en person till polisen eller Kriminalvården? Beslutsguider och handbok för socialtjänsten. Fungerar utan nätverk.',
  themeColor: THEME_COLOR,
  backgroundColor: '#ffffff',
} as const;

export interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose: 'any' | 'maskable';
}

/** The icon files the build draws, relative to the site's root. */
export const ICONS = [
  { file: 'icons/ikon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/ikon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/ikon-maskable-192.png', size: 192, purpose: 'maskable' },
  { file: 'icons/ikon-maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

/** The web app manifest for a site served at `base` ("/" or "/x/"): start, scope and icons under it. */
export function webAppManifest(base: string) {
  return {
    id: base,
    name: APP.name,
    short_name: APP.shortName,
    description: APP.description,
    lang: 'sv',
    dir: 'ltr',
    start_url: base,
    scope: base,
    display: 'standalone',
    theme_color: APP.themeColor,
    background_color: APP.backgroundColor,
    icons: ICONS.map(
      (icon): ManifestIcon => ({ src: `${base}${icon.file}`, sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose }),
    ),
  };
}
