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
import { useMemo, useState } from 'react';
import type { GuideBundle } from '../engine/bundle.ts';
import { outcomeMeta } from '../engine/model.ts';
import type { Step } from '../engine/links.ts';
import { decisionRecord, recordText, type RecordInput } from './journal.ts';
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
import { NARROW, NARROW_ORDER_MARK, useNarrowScreen } from '../components/use-narrow-screen.ts';
import { useHydrated } from '../components/use-hydrated.ts';
import { lokalt } from 'virtual:lokalt';

interface Props {
  bundle: GuideBundle;
  outcome: string;
  steps: Step[];
  contentVersion: string;
  chapterTitles: Record<string, string>;
  /** The outcome's own address, written into the record (once the page runs in the browser). */
  outcomeUrl: string;
  /** When the record is made; defaults to when the outcome is first shown. */
  at?: Date;
}

/**
 * A prerendered outcome (src/buildtime/outcome-pages.ts) is in the wide screen's order. On a phone
 * this script, run as the HTML is read, puts the steps before the scope (and their jump links) before
 * anything is painted, and marks the page so that hydration renders the same order
 * (useNarrowScreen). Rendered by React after an answer, it does not run: the order is then React's.
 */
const PHONE_ORDER_SCRIPT =
  `if(matchMedia(${JSON.stringify(NARROW)}).matches){const n=document.currentScript.previousElementSibling,` +
  `j=document.querySelector('.outcome .jump-links ul');n.prepend(n.children[1]);j.prepend(j.children[1]);` +
  `document.documentElement.setAttribute(${JSON.stringify(NARROW_ORDER_MARK)},'')}`;

type RecordFacts = Omit<RecordInput, 'at' | 'outcomeUrl'> & { at: Date; outcomeUrl: string };

/**
 * The record, with the time and the address once the page runs in the browser: a prerendered outcome
 * knows neither, and its record has blanks for them until then. Each of the two places that show
 * the record asks for itself, so the switch after hydration re-renders only them, not the page.
 */
function useRecord({ at, outcomeUrl, ...facts }: RecordFacts) {
  const running = useHydrated();
  const { bundle, steps, outcome, contentVersion, delegationsordning } = facts;
  return useMemo(
    () => decisionRecord({ bundle, steps, outcome, contentVersion, delegationsordning, at: running ? at : null, outcomeUrl: running ? outcomeUrl : null }),
    [bundle, steps, outcome, contentVersion, delegationsordning, running, at, outcomeUrl],
  );
}

function RecordToCopy({ facts, weighing }: { facts: RecordFacts; weighing?: string }) {
  return <DocumentSection journal={recordText(useRecord(facts))} weighing={weighing} />;
}

function RecordToPrint({ facts }: { facts: RecordFacts }) {
  return <PrintRecord record={useRecord(facts)} />;
}

/** A guide whose review line still says so is not reviewed by a lawyer (content/guider/<id>/index.mdx). */
const lawyerReviewed = (granskadAv: string) => !/inte juristgranskad/i.test(granskadAv);

export function OutcomePage({ bundle, outcome, steps, contentVersion, chapterTitles, outcomeUrl, at }: Props) {
  const [shownAt] = useState(() => at ?? new Date());
  const meta = outcomeMeta(bundle.machine, outcome);
  const fm = bundle.outcomes[outcome].frontmatter;
  const guide = bundle.index.frontmatter;
  const facts: RecordFacts = { bundle, steps, outcome, at: shownAt, contentVersion, outcomeUrl, delegationsordning: lokalt.delegationsordning };
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
        {emergency ? null : <script dangerouslySetInnerHTML={{ __html: PHONE_ORDER_SCRIPT }} />}
        {alsoReport ? <AlsoReportSection visning={alsoReport} /> : null}
        {meta.grunder ? <BasesSection grunder={meta.grunder} facts={fm.grunder ?? {}} /> : null}
        <Warnings meta={meta} />
        {meta.fortsatt && !emergency ? <ContinueIn target={meta.fortsatt} /> : null}
        <RecordToCopy facts={facts} weighing={fm.avvagning} />
        {meta.fortsatt && emergency ? <Afterwards target={meta.fortsatt} /> : null}
        <WhySection bundle={bundle} outcome={outcome} steps={steps} />
        <ProvisionsSection ids={meta.lagrum} related={meta.narliggande ?? []} />
        <UncertainSection text={fm.kontrolleraMedJurist} />
        <ReadMore slugs={fm.lasMer} chapterTitles={chapterTitles} />
      </div>
      <RecordToPrint facts={facts} />
    </div>
  );
}
