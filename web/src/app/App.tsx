import { useEffect, useRef, useState } from 'react';
import { useSession } from '../api/session';
import { hasKey, useI18n } from '../i18n/i18n';
import { NotFoundPage } from '../pages/NotFoundPage';
import { SignInPage } from '../pages/SignInPage';
import { navEntries, routes, type RouteDef } from '../routes';
import { Link, matchPath, navigate, useLocation } from './router';

function resolve(path: string): { route: RouteDef; params: Record<string, string> } | null {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return null;
}

export function App() {
  const { t, lang, setLang } = useI18n();
  const session = useSession();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const main = useRef<HTMLElement>(null);
  const match = resolve(location.path);
  const signedIn = !!session.viewer;

  useEffect(() => {
    document.title = `${t(match?.route.title ?? 'notFound.title')} · ${t('app.title')}`;
  }, [match?.route.title, t]);

  // Move focus to the new page's heading so screen readers announce the page change.
  const firstRender = useRef(true);
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('#page-title')?.focus();
  }, [location.path]);

  let content;
  if (!match) content = <NotFoundPage />;
  else if ((match.route.signedIn || match.route.roles) && session.viewer === undefined) content = null;
  else if ((match.route.signedIn || match.route.roles) && !signedIn) content = <SignInPage params={{}} query={new URLSearchParams({ next: location.path })} />;
  else if (match.route.roles && !session.hasRole(...match.route.roles)) content = <p className="notice">{t('error.code.FORBIDDEN')}</p>;
  else {
    const Page = match.route.component;
    content = <Page params={match.params} query={location.query} />;
  }

  const ended = session.endedReason;
  const endedKey = ended ? `error.reason.${ended}` : '';

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="bar">
          <Link to="/" className="brand">
            {t('app.title')}
          </Link>
          <button type="button" className="lang-switch secondary" lang={lang === 'en' ? 'zh-CN' : 'en'} onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}>
            {t('lang.switchTo')}
          </button>
          <button type="button" className="menu-toggle" aria-expanded={menuOpen} aria-controls="main-nav" onClick={() => setMenuOpen(!menuOpen)}>
            {t('nav.menu')}
          </button>
          <nav id="main-nav" aria-label={t('nav.label')} className={menuOpen ? 'open' : ''}>
            <ul>
              {navEntries(signedIn, session.viewer?.roles ?? []).map((r) => (
                <li key={r.path}>
                  <Link to={r.path} aria-current={match?.route === r ? 'page' : undefined}>
                    {t(r.nav?.label ?? r.title)}
                  </Link>
                </li>
              ))}
            </ul>
            <div className="account">
              {signedIn ? (
                <>
                  <span className="who">{session.viewer?.user.name}</span>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => {
                      void session.signOut().then(() => navigate('/'));
                    }}
                  >
                    {t('nav.signOut')}
                  </button>
                </>
              ) : (
                <Link to="/sign-in" className="button secondary">
                  {t('nav.signIn')}
                </Link>
              )}
            </div>
          </nav>
        </div>
      </header>
      {ended ? (
        <div className="notice notice-warning session-ended" role="alert">
          <p>{hasKey(endedKey) ? t(endedKey) : t('error.code.UNAUTHENTICATED')}</p>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              session.clearEndedReason();
              navigate('/sign-in');
            }}
          >
            {t('nav.signIn')}
          </button>
        </div>
      ) : null}
      <main id="main" ref={main} tabIndex={-1}>
        {content}
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
