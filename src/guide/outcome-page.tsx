/**
 * An outcome page, composed from its sections (src/guide/outcome/). The order is the message —
 * the answer first: the verdict panel, what may go, what to do now and what to document, all
 * within the first screen and a half; then the reasons, the provisions, what is uncertain (and,
 * below, the answers given) for the manager and the reviewer. In an emergency, and on a phone,
 * the steps come before the scope: on a phone the scope alone can fill a screen, and the panel
 * already says what may not go. On a wide screen the scope and the steps stand side by side, so the
 * first step is on the first screen of a 1366×657 laptop. A hand-over to another guide in an
 * emergency waits until afterwards.
 */
import { useState } from 'react';
import type { GuideBundle } from '../engine/bundle.ts';
import { outcomeMeta } from '../engine/model.ts';
import type { Step } from '../engine/links.ts';
import { decisionRecord, recordText } from './journal.ts';
import { VerdictPanel } from './outcome/verdict-panel.tsx';
import { JumpLinks } from './outcome/jump-links.tsx';
import { scopeHasLimit } from './outcome/scope.ts';
import { WhySection } from './outcome/why-section.tsx';
import { Afterwards, ContinueIn } from './outcome/continue-in.tsx';
import { UncertainSection, Warnings } from './outcome/warnings.tsx';
import { ProvisionsSection } from './outcome/provisions-section.tsx';
import { ScopeSection, StepsSection } from './outcome/scope-section.tsx';
import { DocumentSection, PrintRecord } from './outcome/document-section.tsx';
import { ReadMore } from './outcome/read-more.tsx';
import { AlsoReportSection, BasesSection } from './outcome/also-section.tsx';
import { orosanmalanPaVagen } from '../engine/path-facts.ts';
import { useNarrowScreen } from '../components/use-narrow-screen.ts';
import { lokalt } from 'virtual:lokalt';

interface Props {
  bundle: GuideBundle;
  outcome: string;
  steps: Step[];
  contentVersion: string;
  chapterTitles: Record<string, string>;
  /** The outcome's own address, written into the record. */
  outcomeUrl: string;
  /** When the record is made; defaults to when the outcome is first shown. */
  at?: Date;
}

/** A guide whose review line still says so is not reviewed by a lawyer (content/guider/<id>/index.mdx). */
const lawyerReviewed = (granskadAv: string) => !/inte juristgranskad/i.test(granskadAv);

export function OutcomePage({ bundle, outcome, steps, contentVersion, chapterTitles, outcomeUrl, at }: Props) {
  const [shownAt] = useState(() => at ?? new Date());
  const meta = outcomeMeta(bundle.machine, outcome);
  const fm = bundle.outcomes[outcome].frontmatter;
  const guide = bundle.index.frontmatter;
  const record = decisionRecord({ bundle, steps, outcome, at: shownAt, contentVersion, outcomeUrl, delegationsordning: lokalt.delegationsordning });
  const journal = recordText(record);
  const emergency = meta.verdict === 'nodsituation';
  const alsoReport = orosanmalanPaVagen(bundle.machine, steps, outcome);
  const stepsFirst = useNarrowScreen() || emergency;

  const scope = <ScopeSection scope={fm.omfattning} />;
  const actions = <StepsSection steps={fm.gorSaHarNu} />;
  const links = [
    ...(stepsFirst
      ? [
          { id: 'gor-sa-har', label: 'Gör så här nu' },
          { id: 'omfattning', label: 'Vad du får lämna' },
        ]
      : [
          { id: 'omfattning', label: 'Vad du får lämna' },
          { id: 'gor-sa-har', label: 'Gör så här nu' },
        ]),
    ...(alsoReport ? [{ id: 'orosanmalan', label: 'Orosanmälan' }] : []),
    ...(meta.grunder ? [{ id: 'grunder', label: 'Vilken grund' }] : []),
    { id: 'dokumentera', label: 'Dokumentera' },
    { id: 'darfor', label: 'Därför' },
    { id: 'lagrum-rubrik', label: 'Lagrum' },
    ...(fm.kontrolleraMedJurist ? [{ id: 'osakert', label: 'Osäkert' }] : []),
  ];

  return (
    <div className={`outcome outcome--${meta.verdict}`}>
      <div className="outcome__screen">
        <div className="print-guidance">
          <VerdictPanel
            verdict={meta.verdict}
            heading={fm.rubrik}
            limited={scopeHasLimit(meta.verdict, fm.omfattning.vad)}
            guideTitle={guide.titel}
            reviewed={guide.granskad}
            lawyerReviewed={lawyerReviewed(guide.granskadAv)}
          />
        </div>
        <JumpLinks links={links} />
        <div className="outcome__now print-guidance">
          {stepsFirst ? (
            <>
              {actions}
              {scope}
            </>
          ) : (
            <>
              {scope}
              {actions}
            </>
          )}
        </div>
        {alsoReport ? <AlsoReportSection visning={alsoReport} /> : null}
        {meta.grunder ? <BasesSection grunder={meta.grunder} facts={fm.grunder ?? {}} /> : null}
        <Warnings meta={meta} />
        {meta.fortsatt && !emergency ? <ContinueIn target={meta.fortsatt} /> : null}
        <DocumentSection journal={journal} weighing={fm.avvagning} />
        {meta.fortsatt && emergency ? <Afterwards target={meta.fortsatt} /> : null}
        <WhySection bundle={bundle} outcome={outcome} steps={steps} />
        <ProvisionsSection ids={meta.lagrum} related={meta.narliggande ?? []} />
        <UncertainSection text={fm.kontrolleraMedJurist} />
        <ReadMore slugs={fm.lasMer} chapterTitles={chapterTitles} />
      </div>
      <PrintRecord record={record} />
    </div>
  );
}
