/**
 * Frontmatter schemas for guide content (`content/guider/<guide>/*.mdx`). One file per node: the
 * file name is the node id in the machine. `index.mdx` describes the guide itself.
 * Checked by the tests and by `node scripts/check-content.mjs`; errors name file and field.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ska vara ett datum ÅÅÅÅ-MM-DD');
const text = (min = 3) => z.string().min(min, 'saknas eller är för kort');

/** index.mdx — the guide's overview page. Body: what the guide decides and what it does not. */
export const guideIndexSchema = z
  .object({
    /** The question the guide answers, e.g. "Får jag lämna uppgifter till polisen?". */
    titel: text(),
    /** One or two sentences for the start page and the overview. */
    beskrivning: text(20),
    /** Who the guide is for. */
    forVem: text(10),
    /**
     * Content version. Raise it whenever a question, an answer value or the routing changes: links
     * made under an older version then get a message instead of a silently different outcome.
     */
    version: z.number().int().positive(),
    /** Older versions whose links still mean the same (only wording changed since). */
    kompatiblaVersioner: z.array(z.number().int().positive()).default([]),
    granskad: isoDate,
    granskadAv: text(),
    nastaGranskning: isoDate,
    /** Chapters the guide applies (slugs); shown on the overview and outcomes. */
    kapitel: z.array(z.string()).min(1, 'ange minst ett kapitel'),
  })
  .strict();

/** <node>.mdx for a question. Body: the help text shown under "Vad betyder det här?". */
export const questionSchema = z
  .object({
    /** The question; it is the page heading (legend). Ask positively. */
    rubrik: text(),
    /** Answer labels keyed by the answer values the machine knows, e.g. { ja: "Ja", nej: "Nej" }. */
    svar: z.record(z.string(), text(1)),
    /** Optional hint under an answer label. */
    svarTips: z.record(z.string(), text()).optional(),
  })
  .strict();

/** utfall-*.mdx for an outcome. Body: "Därför" — why this is the answer, citing <Lagrum>. */
export const outcomeSchema = z
  .object({
    /** The verdict in one line: "Du får lämna uppgiften till polisen." */
    rubrik: text(),
    /** Scope: what may go, to whom, on whose initiative, and how. */
    omfattning: z
      .object({
        vad: text(),
        till: text(),
        initiativ: text(),
        hur: text(),
      })
      .strict(),
    /** "Gör så här nu": concrete steps, in order. */
    gorSaHarNu: z.array(text()).min(1, 'ange minst ett steg'),
    /** What the journal note must contain beyond the standard items. */
    dokumentera: z.array(text()).min(1, 'ange minst en punkt'),
    /**
     * Where the outcome can rest on more than one basis (meta `grunder`): which facts fit which basis,
     * keyed by the basis's first provision id. The journal then asks the worker to pick one.
     */
    grunder: z.record(z.string(), text()).optional(),
    /** The weighing to record, where the outcome needs one (10:15 a, 10:21 best interest …). */
    avvagning: text().optional(),
    /** What is uncertain, shown as "Osäkert – kontrollera med jurist". */
    kontrolleraMedJurist: text().optional(),
    /** Chapter slugs to read more in. */
    lasMer: z.array(z.string()).default([]),
  })
  .strict();

export type GuideIndexContent = z.infer<typeof guideIndexSchema>;
export type QuestionContent = z.infer<typeof questionSchema>;
export type OutcomeContent = z.infer<typeof outcomeSchema>;

/** A guide's validated frontmatter, as the build ships it (`virtual:guide-innehall/<id>`). */
export interface GuideContent {
  index: GuideIndexContent;
  questions: Record<string, QuestionContent>;
  outcomes: Record<string, OutcomeContent>;
}
