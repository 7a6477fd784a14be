import { Link } from 'react-router';
import { andringar, faktaunderlagDatum } from '../../content/andringar.ts';
import { formatDate } from './format.ts';
import { lokalt } from 'virtual:lokalt';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          <strong>Sekretessguiden ger stöd, inte juridisk rådgivning.</strong> Beslut om att lämna ut uppgifter fattas
          av den som har rätt till det enligt {lokalt.delegationsordning}. Är du osäker: fråga din chef eller{' '}
          {lokalt.jurist}.
        </p>
        <p>
          Innehållsversion {andringar[0].version} · faktaunderlag per {formatDate(faktaunderlagDatum)} · Inställd
          för {lokalt.kommun} · <Link to="/om">Om tjänsten och hur du rapporterar fel</Link>
        </p>
        <p>Tjänsten sparar och skickar inga uppgifter. Dina svar i guiderna finns bara i adressfältet.</p>
      </div>
    </footer>
  );
}
