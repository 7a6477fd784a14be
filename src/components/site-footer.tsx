import { Link } from 'react-router';
import { innehallsversion } from 'virtual:innehallsversion';
import { formatDate } from './format.ts';
import { lokalt } from 'virtual:lokalt';

/** `reviewed`: the oldest review date among the chapters, the date all content has been checked since. */
export function SiteFooter({ reviewed }: { reviewed?: string }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          <strong>Sekretessguiden ger stöd, inte juridisk rådgivning.</strong> Beslut om att lämna ut uppgifter fattas
          av den som har rätt till det enligt {lokalt.delegationsordning}. Är du osäker: fråga din chef eller{' '}
          {lokalt.jurist}.
        </p>
        <p>
          Innehållsversion {innehallsversion.version} · faktaunderlag per {formatDate(innehallsversion.faktaunderlagDatum)} ·{' '}
          {reviewed ? <>äldsta granskning {formatDate(reviewed)} · </> : null}
          inställd för {lokalt.kommun} · <Link to="/om">Om tjänsten och hur du rapporterar fel</Link>
        </p>
        <p>Tjänsten sparar och skickar inga uppgifter. Dina svar i guiderna finns bara i adressfältet.</p>
      </div>
    </footer>
  );
}
