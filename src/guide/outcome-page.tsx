import { useState } from 'react';
import { Link } from 'react-router';
import type { GuideBundle } from '../engine/bundle.ts';
import { outcomeMeta, questionMeta } from '../engine/model.ts';
import { type Step } from '../engine/url.ts';
import { answerLabel, journalText } from './journal.ts';
import { VERDICT_LABEL } from '../engine/verdicts.ts';
import { provision } from '../law/registry.ts';
import { lagrumCardProps } from '../law/card.ts';
import { LagrumCitation, STATUS_LABEL } from '../components/lagrum-citation.tsx';
import { mdxComponents } from '../components/mdx-components.tsx';
import { formatDate } from '../components/format.ts';
import type { OutcomeWarning } from '../machines/types.ts';
import type { LagrumId } from '../law/registry.ts';
import { guider } from 'virtual:guider';
import { guideUrlWith } from '../engine/links.ts';

interface Props {
  bundle: GuideBundle;
  outcome: string;
  steps: Step[];
  today: string;
  contentVersion: string;
  chapterTitles: Record<string, string>;
}

const cite = (id: LagrumId) => <LagrumCitation {...lagrumCardProps(id)} />;

/** Fixed, cited texts the machine attaches to outcomes (practical-situations §1 p.6; brief §2.6). */
function Warning({ kind }: { kind: OutcomeWarning }) {
  if (kind === 'adress') {
    return (
      <div className="box box--jurist" role="note">
        <p className="box__label">Gäller det en adress eller var någon finns?</p>
        <p>
          Kontrollera först om personen har skyddade personuppgifter, en sekretessmarkering eller en känd hotbild. Då
          gäller också sekretess för adressen enligt {cite('osl-21-3')} eller {cite('osl-21-3a')}, och den bestämmelse som
          ger sekretess har företräde ({cite('osl-7-3')}). Flera sekretessbrytande regler lyfter bara 26 kap. 1 § OSL,
          inte adresskyddet. Ta det med din chef eller jurist innan du lämnar adressen.
        </p>
      </div>
    );
  }
  return (
    <div className="box box--jurist" role="note">
      <p className="box__label">Anmälarens identitet och var ett barn vistas</p>
      <p>
        {cite('osl-10-15a')} undantar inte sekretessen för var ett barn vistas ({cite('osl-26-2')}) eller för den som har
        anmält ({cite('osl-26-5')}). Sådana uppgifter får du bara lämna efter en uttrycklig avvägning av just dem.
      </p>
    </div>
  );
}

/** Hand-off to another guide with the answers this outcome already settles. */
function ContinueIn({ target }: { target: NonNullable<import('../machines/types.ts').OutcomeMeta['fortsatt']> }) {
  const guide = guider.find((g) => g.id === target.guide);
  if (!guide) return null;
  const steps = Object.entries(target.svar).map(([node, answer]) => ({ node, answer }));
  return (
    <div className="box" role="note">
      <p className="box__label">Nästa steg: {guide.titel}</p>
      <p>Svaren du redan har gett är ifyllda. Guiden fortsätter med de frågor som återstår.</p>
      <p>
        <Link className="button" to={guideUrlWith(guide.id, steps, guide.version)}>
          Fortsätt i guiden
        </Link>
      </p>
    </div>
  );
}

export function OutcomePage({ bundle, outcome, steps, today, contentVersion, chapterTitles }: Props) {
  const meta = outcomeMeta(bundle.machine, outcome);
  const content = bundle.outcomes[outcome];
  const fm = content.frontmatter;
  const Why = content.default;
  const journal = journalText({ bundle, steps, outcome, date: today, contentVersion });
  const [copyStatus, setCopyStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(journal);
      setCopyStatus('Journaltexten är kopierad. Klistra in den i journalen och fyll i det som saknas.');
    } catch {
      const area = document.getElementById('journaltext') as HTMLTextAreaElement | null;
      area?.select();
      const ok = document.execCommand?.('copy');
      setCopyStatus(ok ? 'Journaltexten är kopierad.' : 'Kopieringen fungerade inte. Markera texten och kopiera den själv.');
    }
  }

  return (
    <div className={`outcome outcome--${meta.verdict}`}>
      <div className="outcome__screen">
        <p className={`verdict-tag verdict-tag--${meta.verdict}`}>{VERDICT_LABEL[meta.verdict]}</p>
        <h1 className="outcome__heading" data-guide-heading tabIndex={-1}>
          {fm.rubrik}
        </h1>

        <section aria-labelledby="darfor">
          <h2 id="darfor">Därför</h2>
          <div className="prose">
            <Why components={mdxComponents} />
          </div>
          <ul className="reasons">
            {steps.map((step) => {
              const satisfied = questionMeta(bundle.machine, step.node).lagrum?.[step.answer] ?? [];
              return (
                <li key={step.node}>
                  <span className="reasons__q">{bundle.questions[step.node]?.frontmatter.rubrik}</span>{' '}
                  <strong>{answerLabel(bundle, step)}</strong>
                  {satisfied.length ? (
                    <span className="reasons__law">
                      {' '}
                      –{' '}
                      {satisfied.map((id, i) => (
                        <span key={id}>
                          {i > 0 ? ', ' : ''}
                          {cite(id)}
                        </span>
                      ))}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>

        {meta.fortsatt ? <ContinueIn target={meta.fortsatt} /> : null}

        {meta.warnings?.map((w) => <Warning key={w} kind={w} />)}
        {fm.kontrolleraMedJurist ? (
          <div className="box box--jurist" role="note">
            <p className="box__label">Osäkert – kontrollera med jurist</p>
            <p>{fm.kontrolleraMedJurist}</p>
          </div>
        ) : null}

        <section aria-labelledby="lagrum-rubrik">
          <h2 id="lagrum-rubrik">Lagrum som avgör</h2>
          <ul className="provision-cards">
            {meta.lagrum.map((id) => {
              const p = provision(id);
              return (
                <li key={id} className="provision-card">
                  <h3 className="provision-card__title">
                    <Link to={`/lagrum/${id}`}>{p.citation}</Link> – {p.title}
                  </h3>
                  <p>{p.summary}</p>
                  <p className="provision-card__meta">
                    {p.former ? <>Tidigare {p.former.citation}. </> : null}
                    {p.appliesFrom ? <>Lydelsen gäller från {formatDate(p.appliesFrom)}. </> : null}
                    {STATUS_LABEL[p.status]}.{' '}
                    <a href={p.url} rel="external noreferrer">
                      Lagtexten<span className="visually-hidden"> för {p.citation} (extern webbplats)</span>
                    </a>
                  </p>
                </li>
              );
            })}
          </ul>
        </section>

        <section aria-labelledby="omfattning">
          <h2 id="omfattning">Vad du får lämna, och hur</h2>
          <dl className="facts">
            <dt>Vad</dt>
            <dd>{fm.omfattning.vad}</dd>
            <dt>Till vem</dt>
            <dd>{fm.omfattning.till}</dd>
            <dt>På begäran eller eget initiativ</dt>
            <dd>{fm.omfattning.initiativ}</dd>
            <dt>Hur</dt>
            <dd>{fm.omfattning.hur}</dd>
          </dl>
        </section>

        <section aria-labelledby="gor-sa-har">
          <h2 id="gor-sa-har">Gör så här nu</h2>
          <ol className="steps">
            {fm.gorSaHarNu.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="dokumentera">
          <h2 id="dokumentera">Dokumentera</h2>
          <p>
            Skriv en journalanteckning (SoL 14 kap. 3 §): vad du lämnade, till vem, med stöd av vilken bestämmelse och
            vilken avvägning du gjorde. Texten nedan är ett underlag – fyll i det som står inom hakparentes. Skriv den i
            journalen, inte här.
          </p>
          {fm.avvagning ? (
            <p>
              <strong>Avvägning att dokumentera:</strong> {fm.avvagning}
            </p>
          ) : null}
          <label htmlFor="journaltext" className="label">
            Journaltext att kopiera
          </label>
          <textarea id="journaltext" className="journal" readOnly rows={14} value={journal} />
          <div className="button-group no-print">
            <button type="button" className="button" onClick={copy}>
              Kopiera
            </button>
            <button type="button" className="button button--secondary" onClick={() => window.print()}>
              Skriv ut
            </button>
          </div>
          <p role="status" className="copy-status">
            {copyStatus}
          </p>
        </section>

        {fm.lasMer.length ? (
          <section aria-labelledby="las-mer">
            <h2 id="las-mer">Läs mer</h2>
            <ul>
              {fm.lasMer.map((slug) => (
                <li key={slug}>
                  <Link to={`/handbok/${slug}`}>{chapterTitles[slug] ?? slug}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>

      <div className="print-record">
        <h1>Journalunderlag – sekretessprövning</h1>
        <p>Ärende/diarienummer: ______________________________</p>
        <p>Handläggare: ______________________________ Datum: {today}</p>
        <pre>{journal}</pre>
        <p>Beslutsfattare och underskrift: ______________________________</p>
      </div>
    </div>
  );
}
