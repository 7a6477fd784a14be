import { type RouteConfig, index, route } from '@react-router/dev/routes';

// Swedish URLs; each route module is its own chunk, so a chapter page never loads guide code.
export default [
  index('routes/start.tsx'),
  route('handbok', 'routes/handbok.tsx'),
  route('handbok/:slug', 'routes/kapitel.tsx'),
  route('lagrum', 'routes/lagrum-lista.tsx'),
  route('lagrum/:id', 'routes/lagrum.tsx'),
  route('ordlista', 'routes/ordlista.tsx'),
  route('om', 'routes/om.tsx'),
  route('om/andringar', 'routes/om-andringar.tsx'),
  route('guide', 'routes/guider.tsx'),
  route('guide/:id', 'routes/guide-oversikt.tsx'),
  route('guide/:id/fragor', 'routes/guide.tsx'),
  route('guide/:id/karta', 'routes/guide-karta.tsx'),
  route('ovningsfall', 'routes/ovningsfall-lista.tsx'),
  route('presentera', 'routes/presentera.tsx'),
  route('presentera/fall/:id/utdelning', 'routes/presentera-utdelning.tsx'),
  route('presentera/:typ/:id', 'routes/presentera-projektor.tsx'),
  route('presentera/:typ/:id/presentator', 'routes/presentera-presentator.tsx'),
  route('ovningsfall/:id', 'routes/ovningsfall.tsx'),
  route('sok', 'routes/sok.tsx'),
  route('*', 'routes/saknas.tsx'),
] satisfies RouteConfig;
