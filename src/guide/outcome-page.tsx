/**
 * An outcome page, composed from its sections (src/guide/outcome/). The order of the sections is
 * the page's message; each section only renders what the machine's meta and the node's content say.
 */
import type { GuideBundle } from '../engine/bundle.ts';
import { outcomeMeta } from '../engine/model.ts';
import type { Step } from '../engine/links.ts';
import { journalText } from './journal.ts';
import { VerdictPanel } from './outcome/verdict-panel.tsx';
import { WhySection } from './outcome/why-section.tsx';
import { ContinueIn } from './outcome/continue-in.tsx';
import { JuristBox, Warnings } from './outcome/warnings.tsx';
import { ProvisionsSection } from './outcome/provisions-section.tsx';
import { ScopeSection, StepsSection } from './outcome/scope-section.tsx';
import { DocumentSection, PrintRecord } from './outcome/document-section.tsx';
import { ReadMore } from './outcome/read-more.tsx';

interface Props {
  bundle: GuideBundle;
  outcome: string;
  steps: Step[];
  today: string;
  contentVersion: string;
  chapterTitles: Record<string, string>;
}

export function OutcomePage({ bundle, outcome, steps, today, contentVersion, chapterTitles }: Props) {
  const meta = outcomeMeta(bundle.machine, outcome);
  const fm = bundle.outcomes[outcome].frontmatter;
  const journal = journalText({ bundle, steps, outcome, date: today, contentVersion });

  return (
    <div className={`outcome outcome--${meta.verdict}`}>
      <div className="outcome__screen">
        <VerdictPanel meta={meta} heading={fm.rubrik} />
        <WhySection bundle={bundle} outcome={outcome} steps={steps} />
        {meta.fortsatt ? <ContinueIn target={meta.fortsatt} /> : null}
        <Warnings meta={meta} />
        <JuristBox text={fm.kontrolleraMedJurist} />
        <ProvisionsSection ids={meta.lagrum} />
        <ScopeSection scope={fm.omfattning} />
        <StepsSection steps={fm.gorSaHarNu} />
        <DocumentSection journal={journal} weighing={fm.avvagning} />
        <ReadMore slugs={fm.lasMer} chapterTitles={chapterTitles} />
      </div>
      <PrintRecord journal={journal} today={today} />
    </div>
  );
}
