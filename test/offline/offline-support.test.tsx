import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfflineSupport } from '../../src/offline/offline-support.tsx';
import { UpdateNotice } from '../../src/offline/update-notice.tsx';
import { useHoldUpdates, useUpdatesHeld } from '../../src/offline/update-holds.ts';

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

afterEach(() => vi.restoreAllMocks());

describe('offlinestödet', () => {
  it('säger att användaren är offline och från vilket datum innehållet är, och slutar när nätet är tillbaka', () => {
    render(<OfflineSupport contentDate="2026-11-22" />);
    expect(screen.queryByText(/Du är offline/)).toBeNull();
    setOnline(false);
    expect(screen.getByText('Du är offline – innehållet är från 22 november 2026.')).toBeInTheDocument();
    setOnline(true);
    expect(screen.queryByText(/Du är offline/)).toBeNull();
  });

  it('aviseringen om ny version uppdaterar bara när användaren väljer det', async () => {
    const activate = vi.fn();
    const later = vi.fn();
    render(
      <MemoryRouter>
        <UpdateNotice activate={activate} onLater={later} />
      </MemoryRouter>,
    );
    expect(screen.getByText('En ny version av Sekretessguiden finns.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Vad är nytt?' })).toHaveAttribute('href', '/om/andringar');
    expect(activate).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Senare' }));
    expect(later).toHaveBeenCalledOnce();
    expect(activate).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Uppdatera nu' }));
    expect(activate).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Uppdaterar …' })).toBeDisabled();
  });
});

function Holder({ hold }: { hold: boolean }) {
  useHoldUpdates(hold);
  return null;
}

function Held() {
  return <p>{useUpdatesHeld() ? 'väntar' : 'fritt'}</p>;
}

describe('att hålla inne uppdateringar', () => {
  it('håller så länge någon del av sidan vill, och släpper när den slutar eller försvinner', () => {
    const { rerender } = render(
      <>
        <Held />
        <Holder hold />
        <Holder hold={false} />
      </>,
    );
    expect(screen.getByText('väntar')).toBeInTheDocument();
    rerender(
      <>
        <Held />
        <Holder hold={false} />
        <Holder hold={false} />
      </>,
    );
    expect(screen.getByText('fritt')).toBeInTheDocument();
    rerender(
      <>
        <Held />
        <Holder hold />
        <Holder hold />
      </>,
    );
    expect(screen.getByText('väntar')).toBeInTheDocument();
    rerender(
      <>
        <Held />
        <Holder hold />
      </>,
    );
    expect(screen.getByText('väntar')).toBeInTheDocument();
    rerender(<Held />);
    expect(screen.getByText('fritt')).toBeInTheDocument();
  });
});
