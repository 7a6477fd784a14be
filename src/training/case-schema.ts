/**
 * Training cases (`content/ovningsfall/<id>.mdx`): an invented fact pattern (the MDX body), the
 * guide it belongs to, the answers a worker should give, the expected outcome, and discussion
 * points for a trainer. A test replays every case through its machine, so training material can
 * never contradict a guide.
 */
import { z } from 'zod';
import { GUIDE_IDS } from '../engine/guide-ids.ts';

export const caseSchema = z
  .object({
    /** Short title of the case. */
    titel: z.string().min(3, 'saknas eller är för kort'),
    /** Guide id, one of src/engine/guide-ids.ts. */
    guide: z.enum(GUIDE_IDS),
    /** The expected answers, keyed by question id, in the order they are asked. */
    svar: z.record(z.string(), z.string()),
    forvantat: z
      .object({
        /** The outcome node the answers lead to (utfall-*). */
        utfall: z.string().startsWith('utfall-', 'ska vara ett utfall (utfall-…)'),
        /** The verdict of that outcome. */
        bedomning: z.string(),
        /** Provisions that must be among the outcome's deciding provisions. */
        lagrum: z.array(z.string()).min(1, 'ange minst ett lagrum'),
      })
      .strict(),
    /** Questions for the group; at least two. */
    diskussion: z.array(z.string().min(5)).min(2, 'ange minst två diskussionsfrågor'),
    granskad: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ska vara ett datum ÅÅÅÅ-MM-DD'),
  })
  .strict();

export type CaseContent = z.infer<typeof caseSchema>;
