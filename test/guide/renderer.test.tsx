import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRoutesStub } from 'react-router';
import axe from 'axe-core';
import { bundle } from '../../src/engine/bundles/polisen.ts';
import { QuestionPage } from '../../src/guide/question-page.tsx';
import { OutcomePage } from '../../src/guide/outcome-page.tsx';
import { journalText } from '../../src/guide/journal.ts';
import type { Step } from '../../src/engine/url.ts';

function inRouter(ui: React.ReactNode) {
  const Stub = createRoutesStub([{ path: '/', Component: () => <>{ui}</> }]);
  return render(<Stub initialEntries={['/']} />);
}

/** Named examples of the question page; each is rendered, checked by role and run through axe. */
const questionExamples: Record<string, { node: string; selected?: string }> = {
  standard: { node: 'akut-fara' },
  'med svarstips': { node: 'skyldighet' },
  'med vet inte': { node: 'identifierbar' },
  'med förvalt svar': { node: 'samtycke', selected: 'nej' },
};

describe('frågesidan', () => {
  for (const [name, ex] of Object.entries(questionExamples)) {
    it(`exempel "${name}": frågan är rubriken och svaren är radioknappar i en fieldset, utan axe-fel`, async () => {
      const { container } = inRouter(<QuestionPage bundle={bundle} node={ex.node} selected={ex.selected} onAnswer={() => {}} />);
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
    const { container } = inRouter(<QuestionPage bundle={bundle} node="akut-fara" onAnswer={onAnswer} />);
    await userEvent.click(screen.getByRole('button', { name: 'Fortsätt' }));
    const summary = screen.getByRole('heading', { name: 'Det finns ett problem' }).closest('.error-summary')!;
    expect(summary).toHaveFocus();
    expect(within(summary as HTMLElement).getByRole('link', { name: 'Välj ett svar för att gå vidare' })).toHaveAttribute('href', '#akut-fara-ja');
    expect(onAnswer).not.toHaveBeenCalled();
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it('skickar det valda svarets id, inte dess text', async () => {
    const onAnswer = vi.fn();
    inRouter(<QuestionPage bundle={bundle} node="identifierbar" onAnswer={onAnswer} />);
    await userEvent.click(screen.getByRole('radio', { name: bundle.questions.identifierbar.frontmatter.svar['vet-inte'] }));
    await userEvent.click(screen.getByRole('button', { name: 'Fortsätt' }));
    expect(onAnswer).toHaveBeenCalledWith('vet-inte');
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
  const renderOutcome = () =>
    inRouter(<OutcomePage bundle={bundle} outcome="utfall-10-21" steps={steps} today="2026-11-22" contentVersion="2026.11.1" chapterTitles={{}} />);

  it('visar beslutet på en rad, skälen, lagrummen, omfattningen, stegen och dokumentationen', async () => {
    const { container } = renderOutcome();
    expect(screen.getByText('Får lämnas')).toBeInTheDocument();
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

  it('ger en journaltext med frågor, svar, bedömning, lagrum, version och datum men inga personuppgifter', () => {
    const text = journalText({ bundle, steps, outcome: 'utfall-10-21', date: '2026-11-22', contentVersion: '2026.11.1' });
    expect(text).toContain('Sekretessprövning: Får jag lämna uppgifter till polisen?');
    expect(text).toContain('Datum: 2026-11-22');
    expect(text).toContain('Svar: Nej.');
    expect(text).toContain('Lagstöd: 10 kap. 21 § OSL.');
    expect(text).toContain(`guiden "polisen" version ${bundle.index.frontmatter.version}, innehållsversion 2026.11.1`);
    expect(text).toContain('Ärende: [fyll i]');
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
