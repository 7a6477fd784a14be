import { Link } from 'react-router';
import { andringar, faktaunderlagDatum } from '../../content/andringar.ts';
import { oldestReview, kapitel } from '../handbook/chapters.ts';
import { firstUpper, formatDate, pageTitle } from '../components/format.ts';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';
import { AppHelp } from '../offline/app-help.tsx';
import { lokalt } from 'virtual:lokalt';

export const meta = () => pageTitle('Om tjänsten');


export default function Om() {
  const oldest = oldestReview();
  return (
    <div className="page">
      <Breadcrumbs trail={[]} current="Om tjänsten" />
      <h1>Om Sekretessguiden</h1>
      <p className="lead">
        Sekretessguiden hjälper dig som arbetar i socialtjänsten att snabbt se om du får eller måste lämna uppgifter om en
        person till polisen eller Kriminalvården – och på vilken grund.
      </p>

      <h2>Stöd, inte juridisk rådgivning</h2>
      <p>
        Guiden är ett stöd för ditt eget beslut. Den ersätter inte er delegationsordning, din chef eller er jurist. Beslut
        om att lämna ut uppgifter fattas av den som har rätt att fatta dem hos er. Är du osäker, eller säger guiden att du
        ska kontrollera med jurist, gör det innan du lämnar ut något – utom när någons liv eller hälsa är i akut fara. Då
        ringer du 112 först.
      </p>

      <h2>Lokala kontaktvägar</h2>
      <p>
        Guiderna använder de här uppgifterna när du behöver ringa tillbaka, fråga någon eller se vem som får besluta.
        De är inställda för: {lokalt.kommun}.
      </p>
      <dl className="facts">
        <dt>Kontrollera att det är polisen</dt>
        <dd>Ring tillbaka via {lokalt.polisensNummer}</dd>
        <dt>Socialjour</dt>
        <dd>{firstUpper(lokalt.socialjour)}</dd>
        <dt>Jurist</dt>
        <dd>{firstUpper(lokalt.jurist)}</dd>
        <dt>Vem som får besluta</dt>
        <dd>Se {lokalt.delegationsordning}</dd>
        <dt>Fel i Sekretessguiden</dt>
        <dd>{firstUpper(lokalt.felrapporter)}</dd>
      </dl>

      <h2>Hur aktuellt är innehållet?</h2>
      <dl className="facts">
        <dt>Innehållsversion</dt>
        <dd>{andringar[0].version}</dd>
        <dt>Faktaunderlaget gäller per</dt>
        <dd>{formatDate(faktaunderlagDatum)}</dd>
        <dt>Äldsta granskningsdatum bland kapitlen</dt>
        <dd>{oldest ? formatDate(oldest) : '–'}</dd>
        <dt>Antal kapitel</dt>
        <dd>{kapitel.length}</dd>
        <dt>Juristgranskning</dt>
        <dd>
          Innehållet är skrivet och kontrollerat mot faktaunderlaget av redaktionen. Det är <strong>inte granskat av
          jurist</strong> ännu. Punkter som är osäkra är markerade med "Osäkert – kontrollera med jurist".
        </dd>
      </dl>
      <p>
        Lagen ändras ofta. Socialtjänstlagen (2025:400) gäller sedan 1 juli 2025, och offentlighets- och sekretesslagen har
        ändrats flera gånger 2025–2026. Ändringar som riksdagen beslutat efter faktaunderlagets datum finns inte med. Se{' '}
        <Link to="/om/andringar">ändringar i innehållet</Link>.
      </p>

      <AppHelp />

      <h2>Hittar du ett fel?</h2>
      <p>
        Rapportera det till {lokalt.felrapporter}. Skriv vilken sida det gäller (kopiera
        adressen), vad som står och vad du tror är fel, gärna med hänvisning till lagtexten. Skriv inga uppgifter om
        enskilda personer i din rapport.
      </p>
    </div>
  );
}
