import { Link } from "react-router";
import { provision, type LagrumId } from "../../law/registry.ts";
import { STATUS_LABEL } from "../../components/lagrum-citation.tsx";
import { formatDate } from "../../components/format.ts";

/**
 * The deciding provisions as cards: citation, summary, former number, date, check status, law text.
 * Related provisions follow under their own heading: context for the reader, never the legal basis.
 */
export function ProvisionsSection({
  ids,
  related = [],
}: {
  ids: LagrumId[];
  related?: LagrumId[];
}) {
  return (
    <section aria-labelledby="lagrum-rubrik">
      <h2 id="lagrum-rubrik">Lagrum som avgör</h2>
      <ProvisionCards ids={ids} />
      {related.length > 0 ? (
        <>
          <h3 id="narliggande">Närliggande lagrum</h3>
          <p>
            De här reglerna hör till sammanhanget men är inte grunden för
            bedömningen. Skriv dem inte som lagstöd i journalen.
          </p>
          <ProvisionCards ids={related} />
        </>
      ) : null}
    </section>
  );
}

function ProvisionCards({ ids }: { ids: LagrumId[] }) {
  return (
    <ul className="provision-cards">
      {ids.map((id) => {
        const p = provision(id);
        return (
          <li key={id} className="provision-card">
            <h3 className="provision-card__title">
              <Link to={`/lagrum/${id}`}>{p.citation}</Link> – {p.title}
            </h3>
            <p>{p.summary}</p>
            <p className="provision-card__meta">
              {p.former ? <>Tidigare {p.former.citation}. </> : null}
              {p.appliesFrom ? (
                <>Lydelsen gäller från {formatDate(p.appliesFrom)}. </>
              ) : null}
              {STATUS_LABEL[p.status]}.{" "}
              <a href={p.url} rel="external noreferrer">
                Lagtexten
                <span className="visually-hidden">
                  {" "}
                  för {p.citation} (extern webbplats)
                </span>
              </a>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
