/// <reference types="vite/client" />

declare module 'virtual:handbok' {
  import type { ChapterMeta } from './handbook/types.ts';
  /** Every chapter's metadata, sorted by `order`. */
  export const kapitel: ChapterMeta[];
}

/** ISO date of the build; pages compare review dates against the real date after hydration. */
declare const __BUILD_DATE__: string;

declare module 'virtual:guider' {
  /** Title and description of every guide that exists (from its index.mdx), for lists and links. */
  export const guider: { id: string; titel: string; beskrivning: string; version: number }[];
}

declare module 'virtual:handbok-lagrum' {
  /** Provision id → slugs of the chapters that cite it. */
  export const citing: Record<string, string[]>;
}

declare module 'virtual:handbok-sammanfattningar' {
  /** Chapter slug → its "I korthet" summary, for list pages. */
  export const sammanfattningar: Record<string, string>;
}

declare module 'virtual:innehallsversion' {
  import type { Innehallsversion } from './buildtime/content-version.ts';
  /** The newest content version and the fact base's date (content/andringar.ts). */
  export const innehallsversion: Innehallsversion;
}

declare module 'virtual:lokalt' {
  import type { LokalaInstallningar } from './components/local-text.ts';
  /** The municipality's own settings (content/lokalt.ts), validated at build time. */
  export const lokalt: LokalaInstallningar;
}

declare module 'virtual:guide-innehall/*' {
  import type { GuideContent } from './engine/content-schema.ts';
  /** The guide's frontmatter as the build validated it (schema defaults applied). */
  export const content: GuideContent;
}

declare module 'virtual:diagrams' {
  import type { Diagram } from './diagrams/types.ts';
  /** One guide's laid-out decision diagram, as its own chunk; the same promise for the same guide. */
  export function loadDiagram(id: string): Promise<Diagram> | undefined;
  /** Every diagram, already loaded, while prerendering; empty in the browser. */
  export const ssrDiagrams: Record<string, Diagram>;
}

declare module 'virtual:sok-index' {
  /** Path of the search index file under the base path: "assets/sok-index.<hash>.json". */
  export const sokIndexPath: string;
}
