import type { ComponentType } from 'react';
import type { GuideBundle } from '../engine/bundle.ts';
import type { Slide, Walk } from './script.ts';

/** A training case as trainer mode needs it; the route maps a case file to this. */
export interface TrainerCase {
  id: string;
  titel: string;
  /** The facts in full (the case file's body). */
  Facts: ComponentType;
  /** The facts in short form, for the projector while the room works through the questions. */
  kortfakta?: string[];
  /** The case's answers, question id → answer value. */
  svar: Record<string, string>;
  diskussion: string[];
  vanligaMisstag?: string[];
}

/** A session: a case walked through its guide, or a guide walked live with the room's answers. */
export interface Session {
  kind: 'fall' | 'guide';
  bundle: GuideBundle;
  case?: TrainerCase;
  /** The answers that drive the walk: the case's, or those the room has given so far. */
  answers: Record<string, string>;
  walk: Walk;
  slides: Slide[];
}

/** What is on screen besides the slide itself. */
export type View = 'steg' | 'karta' | 'tankom';

export interface TrainerState {
  slide: number;
  view: View;
}

export type Command =
  | { type: 'nasta' }
  | { type: 'forra' }
  | { type: 'karta' }
  | { type: 'tankom' }
  | { type: 'helskarm' }
  | { type: 'ut' }
  /** Pick answer number `index` (from 0) of the question on screen, in a live guide walk. */
  | { type: 'valj'; index: number };
