/**
 * The one list of decision guides. One id names the machine (src/machines/<id>.ts), the content
 * folder (content/guider/<id>/), the bundle (src/engine/bundles/<id>.ts), the URL (/guide/<id>) and
 * the path book (test/artefacts/<id>/). The build checks that all of them exist for every id and
 * that no machine or content folder exists without an id here.
 */
export const GUIDE_IDS = ['polisen', 'kriminalvarden', 'roc', 'polisen-fragar'] as const;
export type GuideId = (typeof GUIDE_IDS)[number];

export function isGuideId(id: string): id is GuideId {
  return (GUIDE_IDS as readonly string[]).includes(id);
}
