/**
 * Types for the one registry of legal provisions (`content/lagrum.ts`).
 * Every chapter, guide outcome and glossary entry cites provisions by id from that registry;
 * the id union (`LagrumId`) is derived from the registry's keys so a typo cannot compile.
 */

/** How well a fact was checked — mirrors the labels in shared/legal/brief.md §0.1. */
export type VerificationStatus = 'verifierad' | 'delvis-verifierad' | 'overifierad';

/** What kind of rule a provision is; drives grouping on /lagrum and the overview tables. */
export type ProvisionKind =
  | 'sekretess' // a rule that creates secrecy (e.g. 26 kap. 1 § OSL)
  | 'sekretessbrytande' // a rule that lets information cross the secrecy boundary
  | 'uppgiftsskyldighet' // a duty to give information (works through 10 kap. 28 § OSL)
  | 'anmalan' // reporting duties and reception of reports (SoL 19–20 kap.)
  | 'ansvar' // responsibility, organisation, delegation, agreements
  | 'forfarande' // procedure: documentation, appeal, court, förhör
  | 'straffratt'; // criminal law used in the guides (nöd, tystnadsplikt)

export interface FormerReference {
  /** The old citation as people still write it, e.g. "14 kap. 1 § SoL (2001:453)". */
  citation: string;
  /** SFS number of the old law, e.g. "2001:453". */
  sfs: string;
  /** Optional caveat, e.g. that the mapping is our own comparison and not an official table. */
  note?: string;
}

/** When a breaking rule applies, to whom, and whether it is a permission or a duty. */
export interface BreakingRule {
  /** Plain-Swedish condition, e.g. "Brott mot barn under 18 enligt 3, 4 eller 6 kap. BrB". */
  when: string;
  /** Recipients, e.g. "Polismyndigheten och åklagare". */
  to: string;
  /** "får" = permission (sekretessen hindrar inte), "måste" = duty. */
  verdict: 'får' | 'måste';
}

export interface Provision {
  /** Citation exactly as Swedes write it: "10 kap. 21 § OSL". */
  citation: string;
  /** Short Swedish heading for lists: "Misstanke om brott mot barn". */
  title: string;
  /** Full name of the law: "Offentlighets- och sekretesslagen". */
  law: string;
  /** The law's SFS number: "2009:400". */
  sfs: string;
  /** One or two sentences in our own plain Swedish. Never a quote of the statute. */
  summary: string;
  /**
   * ISO date (YYYY-MM-DD) from which the wording we rely on applies, or null where the brief does
   * not give one (the UI then says the date is not checked).
   */
  appliesFrom: string | null;
  /** Link to the official consolidated text (Regeringskansliets rättsdatabas). */
  url: string;
  /** The former reference where the provision moved (old SoL 2001:453 → SoL 2025:400). */
  former?: FormerReference;
  /** Mirrors the brief's label for this provision. */
  status: VerificationStatus;
  /** Shown prominently: what is uncertain, ending in "kontrollera med jurist" where apt. */
  caveat?: string;
  kind: ProvisionKind;
  /** For breaking rules and duties: the overview-table row. */
  breaking?: BreakingRule;
  /**
   * Dated changes to the wording that matter for practice (newest last), e.g. the 1 April 2025
   * threshold change in 10 kap. 23 § OSL. The "Lagändringar" chapter is generated from these.
   */
  history?: ProvisionChange[];
  /** Where in shared/legal the fact comes from, e.g. "brief §2.12". For reviewers. */
  source: string;
}

export interface ProvisionChange {
  /** ISO date the change applies from. */
  date: string;
  /** Amending SFS number, e.g. "2025:179", if the brief gives one. */
  sfs?: string;
  /** What changed, one plain-Swedish sentence. */
  text: string;
}
