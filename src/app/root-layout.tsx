import { Suspense, useEffect, useRef } from 'react';
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useRouteError } from 'react-router';
import { describeLoadError } from '../dataset/load-error.ts';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { ErrorPanel } from '../components/error-panel.tsx';
import { LoadingSkeleton } from '../components/loading-skeleton.tsx';
import { actorIndexHref, articleIndexHref, channelIndexHref, timelineHref } from '../url/paths.ts';

const NAV = [
  { href: timelineHref(), label: 'Timeline', end: true },
  { href: channelIndexHref(), label: 'Channels', end: false },
  { href: actorIndexHref(), label: 'Actors', end: false },
  { href: articleIndexHref(), label: 'Articles', end: false },
] as const;

function Header() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Link to={timelineHref()} className="brand">
        Hotline
      </Link>
      <span className="brand-tagline">US–China military-to-military channels</span>
      <nav aria-label="Main">
        <ul>
          {NAV.map((item) => (
            <li key={item.href}>
              <NavLink to={item.href} end={item.end}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const description = describeLoadError(error);
  return (
    <>
      <title>{`${description.title} · Hotline`}</title>
      <ErrorPanel level={1} {...description} onRetry={onRetry} />
    </>
  );
}

/**
 * After a move to another page (not on first load, not on search or hash changes), focus goes
 * to <main>, so keyboard and screen-reader users start at the new content, not in the nav.
 */
function useFocusMainOnNavigation(pathname: string) {
  // Compared with the last path seen, not a "first run" flag: StrictMode runs effects twice on mount.
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
}

/**
 * The frame around every page. The page slot is wrapped, inside out, in:
 * Suspense (the skeleton while the dataset loads) → an error boundary (the error panel
 * when the dataset is missing or invalid, or a page throws) → react-query's reset boundary,
 * so "Try again" and moving to another page fetch once more. Never a blank page.
 * The URL-notice slot for dropped search params goes above <Outlet/> when the URL codecs land.
 */
export function RootLayout() {
  const { pathname } = useLocation();
  useFocusMainOnNavigation(pathname);
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1}>
        <QueryErrorResetBoundary>
          {({ reset }) => (
            <ErrorBoundary
              resetKey={pathname}
              onReset={reset}
              fallback={(error, retry) => <PageError error={error} onRetry={retry} />}
            >
              <Suspense fallback={<LoadingSkeleton />}>
                <Outlet />
              </Suspense>
            </ErrorBoundary>
          )}
        </QueryErrorResetBoundary>
      </main>
      <ScrollRestoration />
    </>
  );
}

/** Last resort, for errors outside the page slot (the layout itself): still the panel, with the nav. */
export function RootErrorPage() {
  const error = useRouteError();
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1}>
        <PageError error={error} />
      </main>
    </>
  );
}
