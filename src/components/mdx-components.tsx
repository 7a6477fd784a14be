/**
 * The components chapters may use (see docs/innehall.md). Internal markdown links become router
 * links so they respect the base path and navigate without a full reload.
 */
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { Link } from 'react-router';
import { LagrumCitation } from './lagrum-citation.tsx';
import type { LagrumCardProps } from '../law/card.ts';
import { guider } from 'virtual:guider';
import { RocAvtalstid } from './roc-avtalstid.tsx';
import { lokalt } from 'virtual:lokalt';
import type { LokalFalt } from './local-text.ts';

function Anchor({ href = '', children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  if (href.startsWith('/')) return <Link to={href} {...rest}>{children}</Link>;
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}

export function Exempel({ titel, children }: { titel?: string; children: ReactNode }) {
  return (
    <div className="box box--exempel" role="note">
      <p className="box__label">Exempel{titel ? `: ${titel}` : ''}</p>
      {children}
    </div>
  );
}

export function Viktigt({ children }: { children: ReactNode }) {
  return (
    <div className="box box--viktigt" role="note">
      <p className="box__label">Viktigt</p>
      {children}
    </div>
  );
}

export function KontrolleraMedJurist({ children }: { children: ReactNode }) {
  return (
    <div className="box box--jurist" role="note">
      <p className="box__label">Osäkert – kontrollera med jurist</p>
      {children}
    </div>
  );
}

export function GuideLink({ guide, children }: { guide: string; children?: ReactNode }) {
  return (
    <Link className="guide-link" to={`/guide/${guide}`}>
      {children ?? guider.find((g) => g.id === guide)?.titel ?? guide}
    </Link>
  );
}

export function Term({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Link className="term" to={`/ordlista#${id}`}>
      {children}
    </Link>
  );
}

/**
 * One of the municipality's own settings (content/lokalt.ts) in running text, e.g.
 * `<Lokalt falt="polisensNummer" />`. The build stops on an unknown field.
 */
export function Lokalt({ falt }: { falt: LokalFalt }) {
  return <>{lokalt[falt]}</>;
}

function Lagrum(props: LagrumCardProps & { upprepad?: boolean }) {
  return <LagrumCitation {...props} />;
}

export const mdxComponents = {
  a: Anchor,
  Lagrum,
  Exempel,
  Viktigt,
  KontrolleraMedJurist,
  GuideLink,
  Term,
  RocAvtalstid,
  Lokalt,
};
