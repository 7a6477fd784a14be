import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRoutesStub } from 'react-router';
import axe from 'axe-core';
import { bundle } from '../../src/engine/bundles/polisen.ts';
import { QuestionPage } from '../../src/guide/question-page.tsx';
import { loadDeferredParts } from '../../src/guide/lazy-parts.tsx';
import { OutcomePage } from '../../src/guide/outcome-page.tsx';
import { journalText, neutralAssessment } from '../../src/guide/journal.ts';
import { swedishDateTime } from '../../src/components/format.ts';
import { scopeHasLimit } from '../../src/guide/outcome/scope.ts';
import { bundle as polisenFragar } from '../../src/engine/bundles/polisen-fragar.ts';
import type { Step } from '../../src/engine/url.ts';
import { toSearch } from '../../src/engine/links.ts';

function inRouter(ui: React.ReactNode) {
  const Stub = createRoutesStub([{ path: '/', Component: () => <>{ui}</> }]);
  return render(<Stub initialEntries={['/']} />);
}

/** The first question: only the guide's version is carried along. */
const START = { version: bundle.index.frontmatter.version, steps: [] };

/** Named examples of the question page; each is rendered, checked by role and run through axe. */
const questionExamples: Record<string, { node: string; selected?: string }> = {
  standard: { node: 'akut-fara' },
  'med svarstips': { node: 'skyldighet' },
  'med vet inte': { node: 'identifierbar' },
  'med förvalt svar': { node: 'samtycke', selected: 'nej' },
};

// A threshold question's penalty table is in the walk's deferred chunk; load it once, then it renders at once.
beforeAll(() => loadDeferredParts());

describe('frågesidan', () => {
  for (const [name, ex] of Object.entries(questionExamples)) {
    it(`exempel "${name}": frågan är rubriken och svaren är radioknappar i en fieldset, utan axe-fel`, async () => {
      const { container } = inRouter(<QuestionPage bundle={bundle} node={ex.node} selected={ex.selected} carried={START} onAnswer={() => {}} />);
      const rubrik = bundle.questions[ex.node].frontmatter.rubrik;
      const group = screen.getByRole('group', { name: rubrik });
      expect(within(group).getByRole('heading', { level: 1, name: rubrik })).toBeInTheDocument();
      const radios = within(group).getAllByRole('radio');
      expect(radios.length).toBe(Object.keys(bundle.questions[ex.node].frontmatter.svar).length);
      if (ex.selected) expect(screen.getByRole('radio', { name: bundle.questions[ex.node].frontmatter.svar[ex.selected] })).toBeChecked();
      expect(screen.getByText('Vad betyder det här?')).toBeInTheDocument();
      expect((await axe.run(container)).violations).toEqual([]);
    });
  }

  it('visar en felsammanfattning som tar fokus när inget svar är valt, och skickar inget svar', async () => {
    const onAnswer = vi.fn();
    const { container } = inRouter(<QuestionPage bundle={bundle} node="akut-fara" carried={START} onAnswer={onAnswer} />);
    await userEvent.click(screen.getByRole('button', { name: 'Fortsätt' }));
    const summary = screen.getByRole('heading', { name: 'Det finns ett problem' }).closest('.error-summary')!;
    expect(summary).toHaveFocus();
    expect(within(summary as HTMLElement).getByRole('link', { name: 'Välj ett svar för att gå vidare' })).toHaveAttribute('href', '#akut-fara-ja');
    expect(onAnswer).not.toHaveBeenCalled();
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it('skickar det valda svarets id, inte dess text', async () => {
    const onAnswer = vi.fn();
    inRouter(<QuestionPage bundle={bundle} node="identifierbar" carried={START} onAnswer={onAnswer} />);
    await userEvent.click(screen.getByRole('radio', { name: bundle.questions.identifierbar.frontmatter.svar['vet-inte'] }));
    await userEvent.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(onAnswer).toHaveBeenCalledWith('vet-inte');
  });
});

describe('frågesidan innan skripten har körts', () => {
  it('ett tidigt "Fortsätt" ber om samma adress som appen hade gått till: version, tidigare svar, detta svar', () => {
    const earlier: Step[] = [{ node: 'akut-fara', answer: 'nej' }];
    const { container } = inRouter(
      <QuestionPage bundle={bundle} node="identifierbar" carried={{ version: 7, steps: earlier }} onAnswer={() => {}} />,
    );
    const form = container.querySelector('form.question') as HTMLFormElement;
    expect(form.method).toBe('get');
    (screen.getByRole('radio', { name: bundle.questions.identifierbar.frontmatter.svar.nej }) as HTMLInputElement).checked = true;
    const sent = new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString();
    expect(`?${sent}`).toBe(toSearch([...earlier, { node: 'identifierbar', answer: 'nej' }], 7));
  });
});

const steps: Step[] = [
  { node: 'akut-fara', answer: 'nej' },
  { node: 'identifierbar', answer: 'ja' },
  { node: 'skyldighet', answer: 'inget' },
  { node: 'samtycke', answer: 'nej' },
  { node: 'ingripande', answer: 'nej' },
  { node: 'vad-galler', answer: 'begaget-brott' },
  { node: 'brott-verksamhet', answer: 'nej' },
  { node: 'brottstyp', answer: 'mot-barn' },
];

describe('utfallssidan', () => {
  // 23:40 UTC on 1 December is 00:40 on 2 December in Sweden.
  const at = new Date('2026-12-01T23:40:00Z');
  const url = 'https://intranat.example/guide/polisen/fragor?v=1&akut-fara=nej';
  const renderOutcome = () =>
    inRouter(<OutcomePage bundle={bundle} outcome="utfall-10-21" steps={steps} contentVersion="2026.11.1" chapterTitles={{}} outcomeUrl={url} at={at} />);

  it('visar beslutet på en rad, skälen, lagrummen, omfattningen, stegen och dokumentationen', async () => {
    const { container } = renderOutcome();
    expect(screen.getByText('Får lämnas', { selector: '.verdict-panel__verdict' })).toBeInTheDocument();
    expect(screen.getByText(/inte juristgranskat/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: bundle.outcomes['utfall-10-21'].frontmatter.rubrik })).toBeInTheDocument();
    for (const h of ['Därför', 'Lagrum som avgör', 'Vad du får lämna, och hur', 'Gör så här nu', 'Dokumentera']) {
      expect(screen.getByRole('heading', { level: 2, name: h })).toBeInTheDocument();
    }
    expect(screen.getByRole('heading', { level: 3, name: /10 kap\. 21 § OSL/ })).toBeInTheDocument();
    expect(screen.getByText(/Gäller det en adress eller var någon finns\?/)).toBeInTheDocument();
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it('knyter varje svar till det lagrum det uppfyller', () => {
    renderOutcome();
    const reasonList = document.querySelector<HTMLElement>('.reasons')!;
    const reasons = within(reasonList).getByText(/Vilket slags brott gäller det\?/).closest('li')!;
    expect(within(reasons).getByRole('link', { name: '10 kap. 21 § OSL' })).toBeInTheDocument();
  });

  it('ger ett journalunderlag med fält att fylla i, svensk tid, guidens titel, länken och lagstödet – inga personuppgifter', () => {
    const text = journalText({ bundle, steps, outcome: 'utfall-10-21', at, contentVersion: '2026.11.1', outcomeUrl: url, delegationsordning: 'delegationsordningen' });
    expect(text).toContain('Datum och tid: 2026-12-02 kl. 00:40');
    expect(text).toContain(`Guide: ${bundle.index.frontmatter.titel} (version ${bundle.index.frontmatter.version})`);
    expect(text).not.toContain('guiden "polisen"');
    expect(text).toContain(`Bedömningen i guiden: ${url}`);
    expect(text).toContain('Ärende: [fyll i]');
    expect(text).toMatch(/^Bedömning: Tillåtet att lämna /m);
    expect(text).toContain('Lagstöd: 10 kap. 21 § OSL.');
    expect(text).toContain('Beslut fattat av (enligt delegationsordningen): [fyll i]');
    for (const item of bundle.outcomes['utfall-10-21'].frontmatter.dokumentera) expect(text).toContain(`${item.replace(/[.:]$/, '')}: [fyll i]`);
    expect(text).toContain('Svar: Nej.');
    expect(text).toContain('innehållsversion 2026.11.1');
  });

  it('har tid och adress som fält att fylla i när de inte är kända (ett förrenderat utfall innan sidan har startat)', () => {
    const text = journalText({ bundle, steps, outcome: 'utfall-10-21', at: null, contentVersion: '2026.11.1', outcomeUrl: null, delegationsordning: 'x' });
    expect(text).toContain('Datum och tid: [fyll i]');
    expect(text).toContain('Bedömningen i guiden: [fyll i]');
    expect(text).toContain('Lagstöd: 10 kap. 21 § OSL.');
  });

  it('skriver bedömningen i neutral form och tiden i svensk tid också på sommaren', () => {
    expect(neutralAssessment('Du måste svara ja eller nej på om personen vistas i familjehem – men inget mer.', 'Måste lämnas')).toBe(
      'Skyldighet att svara ja eller nej på om personen vistas i familjehem – men inget mer.',
    );
    expect(neutralAssessment('Du får inte lämna uppgiften utan samtycke.', 'Får inte lämnas')).toBe('Inte tillåtet att lämna uppgiften utan samtycke.');
    expect(neutralAssessment('Lämna ingenting än.', 'Får inte lämnas')).toBe('Får inte lämnas. Lämna ingenting än.');
    expect(swedishDateTime(new Date('2026-07-01T22:05:00Z'))).toBe('2026-07-02 kl. 00:05');
  });

  it('säger både vad som måste lämnas och vad som inte får lämnas när rubriken begränsar beslutet', () => {
    expect(scopeHasLimit('ska-lamnas', 'Bara ja eller nej på frågan. Inte adressen, inte vilket hem det är.')).toBe(true);
    expect(scopeHasLimit('far-inte-lamnas', 'Bara ja eller nej. Inte adressen.')).toBe(false);
    expect(scopeHasLimit('ska-lamnas', 'Allt som behövs.')).toBe(false);
    const vistelse = 'utfall-vistelse';
    inRouter(<OutcomePage bundle={polisenFragar} outcome={vistelse} steps={[]} contentVersion="x" chapterTitles={{}} outcomeUrl={url} at={at} />);
    const panel = document.querySelector<HTMLElement>('.verdict-panel')!;
    expect(panel).toHaveTextContent('Måste lämnas (skyldighet)');
    expect(panel).toHaveTextContent('Inget utöver det');
  });

  it('i en nödsituation kommer stegen först och överlämningen till en annan guide först efteråt, som en vanlig länk', () => {
    const akut = Object.keys(polisenFragar.outcomes).find((o) => o === 'utfall-akut')!;
    inRouter(<OutcomePage bundle={polisenFragar} outcome={akut} steps={[{ node: 'begaran', answer: 'akut' }]} contentVersion="x" chapterTitles={{}} outcomeUrl={url} at={at} />);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('Gör så här nu')).toBeLessThan(headings.indexOf('Vad du får lämna, och hur'));
    expect(headings.indexOf('Efteråt')).toBeGreaterThan(headings.indexOf('Dokumentera'));
    expect(screen.queryByRole('link', { name: 'Fortsätt i guiden' })).toBeNull();
    expect(screen.getByText('Nödsituation – agera nu')).toBeInTheDocument();
  });

  it('skriver ut vägledningen och journalunderlaget med rader att fylla i', () => {
    renderOutcome();
    const record = document.querySelector<HTMLElement>('.print-record')!;
    expect(within(record).getByText('Ärende:')).toBeInTheDocument();
    expect(record.querySelectorAll('.print-record__blank').length).toBeGreaterThan(3);
    expect(record.textContent).not.toContain('[fyll i]');
  });

  it('kopierar journaltexten och säger det', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderOutcome();
    await userEvent.click(screen.getByRole('button', { name: 'Kopiera' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Lagstöd: 10 kap. 21 § OSL.'));
    expect(screen.getByRole('status')).toHaveTextContent('Journaltexten är kopierad');
  });
});

describe('utfallssidan: orosanmälan, grunder och närliggande lagrum (issue 9 punkt 1 och 6)', () => {
  const at = new Date('2026-12-01T23:40:00Z');
  const url = 'https://intranat.example/guide/polisen/fragor';
  // The walk to 10:21 (a crime against a child) used by the outcome tests above.
  const toChild = steps;
  const acute: Step[] = [
    { node: 'akut-fara', answer: 'ja' },
    { node: 'akut-situation', answer: 'annan-fara' },
  ];
  const show = (outcome: string, steps: Step[]) =>
    inRouter(<OutcomePage bundle={bundle} outcome={outcome} steps={steps} contentVersion="2026.12.1" chapterTitles={{}} outcomeUrl={url} at={at} />);

  it('ett brott mot ett barn: sidan och journalen säger att polisanmälan aldrig ersätter orosanmälan', () => {
    show('utfall-10-21', toChild);
    const block = screen.getByRole('region', { name: 'Gör också: orosanmälan' });
    expect(within(block).getByText(/ersätter aldrig orosanmälan/)).toBeInTheDocument();
    expect(within(block).getAllByRole('link', { name: '19 kap. 1 § SoL' }).length).toBeGreaterThan(0);
    const text = journalText({ bundle, steps: toChild, outcome: 'utfall-10-21', at, contentVersion: '2026.12.1', outcomeUrl: url, delegationsordning: 'x' });
    expect(text).toMatch(/^Orosanmälan \(19 kap\. 1 § SoL\): \[gjord till socialnämnden/m);
  });

  it('akut fara där det kan gälla ett barn: rutan frågar först, och journalen låter dig välja den grund du använde', async () => {
    const { container } = show('utfall-akut', acute);
    expect(screen.getByRole('region', { name: /Gäller det ett barn under 18 år.*Gör också: orosanmälan/ })).toBeInTheDocument();
    const bases = screen.getByRole('region', { name: 'Vilken grund passar?' });
    for (const citation of ['10 kap. 20 § OSL', '10 kap. 18 c § OSL', '10 kap. 15 a § OSL', '24 kap. 4 § BrB']) {
      expect(within(bases).getAllByRole('link', { name: citation }).length).toBeGreaterThan(0);
    }
    const text = journalText({ bundle, steps: acute, outcome: 'utfall-akut', at, contentVersion: '2026.12.1', outcomeUrl: url, delegationsordning: 'x' });
    expect(text).toContain('Lagstöd: [välj den grund du använde: 10 kap. 20 § OSL / 10 kap. 18 c § OSL / 10 kap. 15 a § OSL / 24 kap. 4 § BrB]');
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it('en vuxen som samtycker: ingen orosanmälan; och närliggande lagrum står för sig, aldrig som lagstöd', () => {
    const { unmount } = show('utfall-samtycke', [
      { node: 'akut-fara', answer: 'nej' },
      { node: 'identifierbar', answer: 'ja' },
      { node: 'skyldighet', answer: 'inget' },
      { node: 'samtycke', answer: 'ja' },
      { node: 'samtycke-alder', answer: 'vuxen' },
    ]);
    expect(screen.queryByRole('region', { name: /orosanmälan/ })).toBeNull();
    unmount();
    const missing: Step[] = [
      { node: 'akut-fara', answer: 'ja' },
      { node: 'akut-situation', answer: 'forsvunnen-annan' },
    ];
    show('utfall-akut-forsvunnen', missing);
    expect(screen.getByRole('heading', { level: 3, name: 'Närliggande lagrum' })).toBeInTheDocument();
    const text = journalText({ bundle, steps: missing, outcome: 'utfall-akut-forsvunnen', at, contentVersion: '2026.12.1', outcomeUrl: url, delegationsordning: 'x' });
    expect(text).not.toMatch(/^Lagstöd:.*10 kap\. 2 § OSL/m);
  });
});

describe('frågorna om straffgränsen visar den daterade tabellen (issue 9 punkt 4)', () => {
  it('fullbordat brott: tabellen svarar på sex månader; försök: på ett år', async () => {
    const { unmount, container } = inRouter(<QuestionPage bundle={bundle} node="straffminimum" carried={START} onAnswer={() => {}} />);
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Når sex månader?' })).toBeInTheDocument();
    const grovStold = within(table).getByRole('rowheader', { name: 'Grov stöld' }).closest('tr')!;
    expect(within(grovStold).getByText('Ja')).toBeInTheDocument();
    expect(screen.getByText(/Kontrollera straffskalan:/).closest('p')).toHaveTextContent(/reform/);
    expect((await axe.run(container)).violations).toEqual([]);
    unmount();
    inRouter(<QuestionPage bundle={bundle} node="straffminimum-forsok" carried={START} onAnswer={() => {}} />);
    const forsok = screen.getByRole('table');
    expect(within(forsok).getByRole('columnheader', { name: 'Når ett år?' })).toBeInTheDocument();
    expect(within(within(forsok).getByRole('rowheader', { name: 'Grov stöld' }).closest('tr')!).getByText('Nej')).toBeInTheDocument();
  });

  it('andra frågor har ingen tabell', () => {
    inRouter(<QuestionPage bundle={bundle} node="akut-fara" carried={START} onAnswer={() => {}} />);
    expect(screen.queryByRole('table')).toBeNull();
  });
});
