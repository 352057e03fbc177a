// The document shell: language, header, demonstration notice, footer, and the last error boundary.
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Form,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { HoneypotProvider } from "remix-utils/honeypot/react";
import { GeneralErrorBoundary } from "./components/error-boundary";
import { hasDemoListings } from "./models/listing.server";
import stylesUrl from "./styles/app.css?url";
import { getMessages, DEFAULT_LOCALE } from "./utils/i18n";
import { honeypot } from "./utils/honeypot.server";
import { getLocale } from "./utils/locale.server";
import { useNonce } from "./utils/nonce-provider";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesUrl },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  return {
    locale: await getLocale(request),
    hasDemo: hasDemoListings(),
    requestId: context.requestId ?? null,
    honeypotInputProps: honeypot.getInputProps(),
  };
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale = data?.locale ?? DEFAULT_LOCALE;
  const t = getMessages(locale);
  const location = useLocation();
  const here = location.pathname + location.search;
  const nonce = useNonce();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t.site.skipToContent}
        </a>
        <header className="site-header">
          <div className="container header-row">
            <Link to="/" className="brand">
              <span className="brand-mark" aria-hidden="true">
                影
              </span>
              <span className="brand-text">
                <span className="brand-name">{t.site.name}</span>
                <span className="brand-sub">{t.kinds.scenarios} · {t.kinds.capabilities}</span>
              </span>
            </Link>
            <nav aria-label={t.nav.label} className="main-nav">
              <NavLink to="/scenarios">{t.nav.scenarios}</NavLink>
              <NavLink to="/capabilities">{t.nav.capabilities}</NavLink>
              <NavLink to="/stats">{t.nav.stats}</NavLink>
              <NavLink to="/submit">{t.submit.link}</NavLink>
            </nav>
            <Form method="get" action="/search" role="search" aria-label={t.search.headerLabel} className="header-search">
              <label htmlFor="header-q" className="visually-hidden">
                {t.search.headerLabel}
              </label>
              <input id="header-q" name="q" type="search" placeholder={t.search.headerPlaceholder} maxLength={100} />
              <button type="submit">{t.search.button}</button>
            </Form>
            <Form method="post" action="/language" className="language-switch" reloadDocument>
              <input type="hidden" name="lang" value={t.language.switchToLang} />
              <input type="hidden" name="redirectTo" value={here} />
              <button type="submit" lang={t.language.switchToLang} title={t.language.switchHint}>
                {t.language.switchTo}
              </button>
            </Form>
          </div>
          {data?.hasDemo ? (
            <p className="demo-notice" role="note">
              <span className="container">{t.site.demoNotice}</span>
            </p>
          ) : null}
        </header>
        <main id="main" className="container" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>{t.site.footer}</p>
            <p>
              <a href="/api">{t.apiDocs.title}</a> · <a href="/export/board.json">JSON</a> ·{" "}
              <a href="/feeds/scenarios.atom">Atom</a>
            </p>
          </div>
        </footer>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const data = useRouteLoaderData<typeof loader>("root");
  return (
    <HoneypotProvider {...data?.honeypotInputProps}>
      <Outlet />
    </HoneypotProvider>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
