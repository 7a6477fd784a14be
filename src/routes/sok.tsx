import { pageTitle } from '../components/format.ts';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';
import { SearchPage } from '../search/search-page.tsx';

export const meta = () => [...pageTitle('Sök'), { name: 'robots', content: 'noindex' }];

export default function Sok() {
  return (
    <div className="page">
      <Breadcrumbs trail={[]} current="Sök" />
      <SearchPage />
    </div>
  );
}
