/**
 * Read access to the provision registry (`content/lagrum.ts`). Machines, pages and tests go through
 * here; ids are the `LagrumId` union, so an unknown id is a compile error.
 */
import { lagrum, type LagrumId } from '../../content/lagrum.ts';
import type { Provision, ProvisionKind } from './types.ts';

export type { LagrumId };

export const KIND_LABEL: Record<ProvisionKind, string> = {
  sekretess: 'Bestämmelser om sekretess',
  sekretessbrytande: 'Sekretessbrytande bestämmelser',
  uppgiftsskyldighet: 'Skyldigheter att lämna uppgifter',
  anmalan: 'Orosanmälan och mottagande av anmälan',
  ansvar: 'Ansvar, organisation och delegering',
  forfarande: 'Handläggning, dokumentation och domstol',
  straffratt: 'Straffrättsliga bestämmelser',
};

const KIND_ORDER = Object.keys(KIND_LABEL) as ProvisionKind[];

export function isLagrumId(id: string | undefined): id is LagrumId {
  return id !== undefined && Object.prototype.hasOwnProperty.call(lagrum, id);
}

export function provision(id: LagrumId): Provision {
  return lagrum[id];
}

export function allProvisions(): [LagrumId, Provision][] {
  return Object.entries(lagrum) as [LagrumId, Provision][];
}

/** Natural order within a law: "10 kap. 2 §" before "10 kap. 15 a §". */
function sortKey(p: Provision): string {
  const parts = [...p.citation.matchAll(/(\d+)(?: ([a-z])\b)?/g)];
  return p.law + parts.map(([, num, letter]) => num.padStart(4, '0') + (letter ?? ' ')).join('.');
}

export function provisionsByKind(): [ProvisionKind, [LagrumId, Provision][]][] {
  return KIND_ORDER.map((kind) => [
    kind,
    allProvisions()
      .filter(([, p]) => p.kind === kind)
      .sort(([, a], [, b]) => sortKey(a).localeCompare(sortKey(b), 'sv')),
  ]).filter(([, items]) => items.length > 0) as [ProvisionKind, [LagrumId, Provision][]][];
}
