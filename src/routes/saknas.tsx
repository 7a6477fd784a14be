import { NotFound } from '../components/not-found.tsx';
import { pageTitle } from '../components/format.ts';

export const meta = () => pageTitle('Sidan finns inte');

export default function Saknas() {
  return <NotFound />;
}
