import { Link, useParams } from 'react-router';
import type { Route } from './+types/ovningsfall';
import { caseById } from '../training/cases.ts';
import { guider } from 'virtual:guider';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';
import { NotFound } from '../components/not-found.tsx';
import { pageTitle } from '../components/format.ts';
import { mdxComponents } from '../components/mdx-components.tsx';
import { guideUrl, guideUrlWith } from '../engine/links.ts';
import { VERDICT_LABEL } from '../engine/verdicts.ts';
import type { Verdict } from '../machines/types.ts';

export function meta({ params }: Route.MetaArgs) {
  return pageTitle(caseById(params.id)?.frontmatter.titel ?? 'Övningsfall');
}

export default function Ovningsfall() {
  const { id } = useParams();
  const c = caseById(id);
  const guide = guider.find((g) => g.id === c?.frontmatter.guide);
  if (!c || !guide) return <NotFound />;
  const fm = c.frontmatter;
  const Facts = c.default;
  const answersUrl = guideUrlWith(
    guide.id,
    Object.entries(fm.svar).map(([node, answer]) => ({ node, answer })),
    guide.version,
  );
  return (
    <div className="page">
      <Breadcrumbs trail={[{ to: '/ovningsfall', label: 'Övningsfall' }]} current={fm.titel} />
      <h1>{fm.titel}</h1>
      <p>
        Guide: <Link to={`/guide/${guide.id}`}>{guide.titel}</Link>
      </p>
      <h2>Fallet</h2>
      <div className="prose">
        <Facts components={mdxComponents} />
      </div>
      <p>
        <Link className="button" to={guideUrl(guide.id)}>
          Gå igenom fallet i guiden
        </Link>
      </p>
      <h2>Att diskutera</h2>
      <ul>
        {fm.diskussion.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
      <details className="help">
        <summary>Visa facit</summary>
        <div className="help__body">
          <p>
            <strong>{VERDICT_LABEL[fm.forvantat.bedomning as Verdict] ?? fm.forvantat.bedomning}.</strong>{' '}
            <Link to={answersUrl}>Se svaren och utfallet i guiden</Link>
          </p>
        </div>
      </details>
    </div>
  );
}
