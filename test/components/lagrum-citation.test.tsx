import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRoutesStub } from 'react-router';
import axe from 'axe-core';
import { LagrumCitation } from '../../src/components/lagrum-citation.tsx';
import { lagrumCardProps } from '../../src/law/card.ts';

function renderCitation(id: Parameters<typeof lagrumCardProps>[0]) {
  const Stub = createRoutesStub([{ path: '/', Component: () => <p>Se <LagrumCitation {...lagrumCardProps(id)} />.</p> }]);
  return render(<Stub initialEntries={['/']} />);
}

describe('<Lagrum>', () => {
  it('visar hänvisningen som en länk till lagrummets sida', () => {
    renderCitation('osl-10-21');
    expect(screen.getByRole('link', { name: '10 kap. 21 § OSL' })).toHaveAttribute('href', '/lagrum/osl-10-21');
  });

  it('fäller ut och döljer sammanfattningen med en knapp som säger vad den gör', async () => {
    renderCitation('osl-10-21');
    const button = screen.getByRole('button', { name: 'Visa sammanfattning av 10 kap. 21 § OSL' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel).not.toBeVisible();
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toBeVisible();
    expect(panel).toHaveTextContent(/Misstanke om brott mot barn|barn/i);
    expect(screen.getByRole('button', { name: 'Dölj sammanfattning av 10 kap. 21 § OSL' })).toBeInTheDocument();
  });

  it('visar den gamla paragrafen för en flyttad bestämmelse', async () => {
    renderCitation('sol-19-1');
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByText(/Tidigare: 14 kap\. 1 § SoL \(2001:453\)/)).toBeVisible();
  });

  it('säger till när en bestämmelse inte är kontrollerad', async () => {
    renderCitation('lag-2025-170');
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByText(/kontrollera med jurist/)).toBeVisible();
  });

  it('har inga tillgänglighetsfel enligt axe, stängd och öppen', async () => {
    const { container } = renderCitation('osl-10-18a');
    expect((await axe.run(container)).violations).toEqual([]);
    await userEvent.click(screen.getByRole('button'));
    expect((await axe.run(container)).violations).toEqual([]);
  });
});
