import type { ReactNode } from 'react';
import { Links, Meta, Outlet, Scripts, ScrollRestoration, isRouteErrorResponse, useRouteError } from 'react-router';
import { SiteHeader } from './components/site-header.tsx';
import { SiteFooter } from './components/site-footer.tsx';
import { NotFound } from './components/not-found.tsx';
import { RouteFocus } from './components/route-focus.tsx';
import './styles/global.css';

export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="sv">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <link rel="icon" href={`${import.meta.env.BASE_URL}favicon.svg`} type="image/svg+xml" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#innehall">
          Hoppa till innehållet
        </a>
        <SiteHeader />
        <main id="innehall" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return (
    <>
      <RouteFocus />
      <Outlet />
    </>
  );
}

export function HydrateFallback() {
  return <p className="page">Sidan laddas …</p>;
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <div className="page">
      <h1>Något gick fel</h1>
      <p>Sidan kunde inte visas. Ladda om sidan eller gå till startsidan. Inga uppgifter har skickats någonstans.</p>
      <p>
        <a href={import.meta.env.BASE_URL}>Till startsidan</a>
      </p>
    </div>
  );
}
