import { Link } from 'react-router';
import { guideUrl, guideUrlWith } from '../engine/links.ts';
import { loadGuide } from '../engine/catalog.ts';
import { vanligaSituationer } from '../../content/vanliga-situationer.ts';
import { kapitel, oldestReview } from '../handbook/chapters.ts';
import { formatDate, pageTitle } from '../components/format.ts';
import { sammanfattningar } from 'virtual:handbok-sammanfattningar';
import { guider } from 'virtual:guider';

export const meta = () => pageTitle();

/** The chooser: the situation in the user's words, one click to the guide that answers it. */
const CHOICES: Record<string, string> = {
  polisen: 'Jag vill lämna uppgifter om en person till polisen',
  'polisen-fragar': 'Polisen ber mig om uppgifter om en person',
  kriminalvarden: 'Det gäller uppgifter till eller från Kriminalvården',
  roc: 'Det gäller en orosanmälan från polisen via ROC',
};
const CHOICE_ORDER = ['polisen', 'polisen-fragar', 'kriminalvarden', 'roc'];

/** Load a guide's chunk as soon as its card gets focus or the pointer: it is ready by the click. */
function preload(id: string) {
  void loadGuide(id);
}

/** The chapters a newcomer or someone in a hurry most often needs, in this order. */
const START_CHAPTERS = ['grunderna', 'samtycke', 'sekretessbrytande-bestammelser', 'roc-avtalet'];

export default function Start() {
  const featured = START_CHAPTERS.map((slug) => kapitel.find((c) => c.slug === slug)).filter((c) => c !== undefined);
  return (
    <div className="page page--start">
      <h1 className="start__heading">Vad gäller din fråga?</h1>
      <p className="akut-rad">
        <strong>Akut fara för liv eller hälsa?</strong> Ring 112 först.{' '}
        <Link to="/handbok/nodsituationer">Så gör du i en nödsituation</Link>
      </p>
      <div className="start__main">
        <ul className="chooser" aria-label="Välj det som gäller">
          {CHOICE_ORDER.map((id) => guider.find((g) => g.id === id))
            .filter((g) => g !== undefined)
            .map((g) => (
              <li key={g.id}>
                <Link
                  to={guideUrl(g.id)}
                  className="chooser__link"
                  prefetch="intent"
                  onFocus={() => preload(g.id)}
                  onPointerEnter={() => preload(g.id)}
                >
                  <span className="chooser__label">{CHOICES[g.id]}</span>
                  <span className="chooser__guide">{g.titel}</span>
                </Link>
              </li>
            ))}
        </ul>

        <section aria-labelledby="vanliga-rubrik" className="start__situations">
          <h2 id="vanliga-rubrik">Vanliga situationer</h2>
          <p>Gå direkt till rätt fråga. Svaren som situationen redan ger är ifyllda, och du kan ändra dem.</p>
          <ul className="link-list situations">
            {vanligaSituationer.map((s) => {
              const g = guider.find((x) => x.id === s.guide);
              if (!g) return null;
              const steps = Object.entries(s.svar).map(([node, answer]) => ({ node, answer }));
              return (
                <li key={s.text}>
                  <Link to={guideUrlWith(g.id, steps, g.version)} prefetch="intent" onFocus={() => preload(g.id)} onPointerEnter={() => preload(g.id)}>
                    {s.text}
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      </div>

      <section aria-labelledby="om-rubrik">
        <h2 id="om-rubrik">Om Sekretessguiden</h2>
        <p className="lead">
          Sekretessguiden är socialtjänstens handbok om sekretess. Här får du ett svar med lagstöd på om du får, måste
          eller inte får lämna uppgifter om en person till polisen eller Kriminalvården – och vad du ska dokumentera.
        </p>
        <p>
          <Link to="/guide">Om beslutsguiderna</Link> – vad de avgör och hur du använder svaret.
        </p>
      </section>

      <section aria-labelledby="borja-rubrik">
        <h2 id="borja-rubrik">Läs i handboken</h2>
        <ul className="card-list card-list--grid">
          {featured.map((c) => (
            <li key={c.slug} className="card">
              <h3 className="card__title">
                <Link to={`/handbok/${c.slug}`}>{c.title}</Link>
              </h3>
              <p>{sammanfattningar[c.slug]}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sla-upp-rubrik">
        <h2 id="sla-upp-rubrik">Slå upp</h2>
        <ul className="link-list">
          <li>
            <Link to="/handbok">Alla kapitel i handboken</Link> – {kapitel.length} kapitel från grunderna till praktiska
            situationer
          </li>
          <li>
            <Link to="/lagrum">Lagrum</Link> – varje bestämmelse med sammanfattning och gamla paragrafnummer
          </li>
          <li>
            <Link to="/ordlista">Ordlista</Link> – juridiska ord förklarade med vanliga ord
          </li>
        </ul>
      </section>

      <section aria-labelledby="for-vem-rubrik">
        <h2 id="for-vem-rubrik">För vem?</h2>
        <p>
          För dig som är socialsekreterare, arbetar på socialjouren, är chef i socialtjänsten eller utbildar andra i
          sekretess. Guiden bygger på Socialtjänstlag (2025:400) och offentlighets- och sekretesslagen som de gäller efter
          ändringarna 2025–2026. Den är ett stöd, inte juridisk rådgivning. <Link to="/om">Om tjänsten</Link>
        </p>
        <p className="review-line">
          Äldsta granskningsdatum bland kapitlen: {formatDate(oldestReview() ?? '')}. Innehållet är inte juristgranskat.
          Övningsfall för utbildning finns under <Link to="/ovningsfall">Övningsfall</Link>.
        </p>
      </section>
    </div>
  );
}
