/**
 * "Gör också: orosanmälan" – the block every guide outcome shows where a child is or may be
 * concerned (the machines mark the outcomes; src/engine/path-facts.ts decides from the answers).
 *
 * Why (brief §3.3, §2.17, §6.3): fältassistenter, socialjour and handläggare work in a "myndighet
 * inom socialtjänsten" and must themselves report a child who may be harmed (SoL 19:1). The report
 * goes to the socialnämnd of the child's bosättningskommun, handed over under OSL 26:9 (at night to
 * that municipality's socialjour); where the child is their own municipality's, the immediate
 * skyddsbedömning follows (SoL 20:1). A disclosure to the police under OSL 10:20–10:22 never replaces it.
 *
 * Plain text with the provisions listed per step, so the page, the journal text and the path book
 * say exactly the same. Provisions are registry ids and are shown as citations.
 */
import type { LagrumId } from '../lagrum.ts';

export interface OrosanmalanSteg {
  text: string;
  lagrum: LagrumId[];
}

export const orosanmalan = {
  /** Heading: a child is concerned, or may be. */
  rubrik: {
    barn: 'Gör också: orosanmälan',
    kanske: 'Gäller det ett barn under 18 år, eller kan ett barn fara illa? Gör också: orosanmälan',
  },
  steg: [
    {
      text: 'Du som arbetar inom socialtjänsten måste själv genast anmäla till socialnämnden när du får veta eller misstänker att ett barn far illa. Det gäller också fältassistenter och socialjour.',
      lagrum: ['sol-19-1'],
    },
    {
      text: 'Anmälan går till socialnämnden i barnets bosättningskommun. Bor barnet i en annan kommun får du lämna uppgifterna dit. Utanför kontorstid går anmälan till den kommunens socialjour.',
      lagrum: ['osl-26-9'],
    },
    {
      text: 'Bor barnet i er egen kommun: se till att den omedelbara skyddsbedömningen görs direkt när anmälan har kommit in.',
      lagrum: ['sol-20-1'],
    },
    {
      text: 'Att du lämnar uppgifter till polisen, till exempel om ett barn i akut fara eller om brott mot ett barn, ersätter aldrig orosanmälan.',
      lagrum: ['osl-10-20', 'osl-10-21', 'osl-10-22'],
    },
  ] satisfies OrosanmalanSteg[],
  /** The journal line; the worker fills in the blanks. */
  journal: 'Orosanmälan (19 kap. 1 § SoL): [gjord till socialnämnden i … kommun, datum och klockslag / inte aktuell, eftersom …]',
} as const;
