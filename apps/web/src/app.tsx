import { type ComponentType, type LazyExoticComponent, type ReactNode, Suspense, isValidElement, lazy, useEffect, useRef } from 'react';
import { AuthProvider, useAuth } from './shared/auth';
import { GlobalSearch } from './search/global-search';
import { I18nProvider, useI18n } from './shared/i18n';
import type { MessageKey } from './shared/messages';
import { LoginPage } from './account/login-page';
import { NotFoundPage } from './site/not-found-page';
import { QueryProvider, createQueryClient } from './shared/query';
import { RealtimeProvider, useRealtime } from './shared/realtime';
import { Link, RouterProvider, matchPath, navigate, useLocation } from './shared/router';
import { Loading } from './shared/ui';
import * as pages from './pages';

/** Starts loading a lazy page's code, so it arrives while the session is still being checked. */
const PRELOAD = new WeakMap<object, () => void>();

/**
 * A page loaded when first visited (its own chunk): the login page and the shell load only what they
 * need. `load` picks the page from its module.
 */
function lazyPage<P>(load: () => Promise<ComponentType<P>>): LazyExoticComponent<ComponentType<P>> {
  let loading: Promise<ComponentType<P>> | null = null;
  const start = (): Promise<ComponentType<P>> => (loading ??= load());
  const page = lazy(async () => ({ default: await start() }));
  PRELOAD.set(page, () => void start().catch(() => undefined));
  return page;
}

const AccessibilityPage = lazyPage(pages.loadAccessibilityPage);
const PrivacyPage = lazyPage(pages.loadPrivacyPage);
const AdminPage = lazyPage(pages.loadAdminPage);
const FindColleaguePage = lazyPage(pages.loadFindColleaguePage);
const InvitationPage = lazyPage(pages.loadInvitationPage);
const NetworkPage = lazyPage(pages.loadNetworkPage);
const NetworksPage = lazyPage(pages.loadNetworksPage);
const PeoplePage = lazyPage(pages.loadPeoplePage);
const PersonPage = lazyPage(pages.loadPersonPage);
const ProfilePage = lazyPage(pages.loadProfilePage);
const SearchPage = lazyPage(pages.loadSearchPage);
const SecurityPage = lazyPage(pages.loadSecurityPage);
const StartPage = lazyPage(pages.loadStartPage);
const ChatPage = lazyPage(pages.loadChatPage);
const NotificationsPage = lazyPage(pages.loadNotificationsPage);
const PostPage = lazyPage(pages.loadPostPage);
const CalendarPage = lazyPage(pages.loadCalendarPage);
const MeetingPage = lazyPage(pages.loadMeetingPage);
const LibraryPage = lazyPage(pages.loadLibraryPage);
const DocumentPage = lazyPage(pages.loadDocumentPage);
const MeetingReportPage = lazyPage(pages.loadMeetingReportPage);

interface Route {
  pattern: string;
  render(params: Record<string, string>): ReactNode;
  /** Reachable without signing in. */
  public?: boolean;
  admin?: boolean;
}

const ROUTES: Route[] = [
  { pattern: '/logga-in', render: () => <LoginPage />, public: true },
  { pattern: '/inbjudan', render: () => <InvitationPage />, public: true },
  { pattern: '/tillganglighet', render: () => <AccessibilityPage />, public: true },
  { pattern: '/personuppgifter', render: () => <PrivacyPage />, public: true },
  { pattern: pages.START_PATTERN, render: () => <StartPage /> },
  { pattern: '/natverk', render: () => <NetworksPage /> },
  { pattern: pages.NETWORK_PATTERN, render: (p) => <NetworkPage key={p.slug} slug={p.slug ?? ''} /> },
  { pattern: '/natverk/:slug/dokument', render: (p) => <LibraryPage key={p.slug} slug={p.slug ?? ''} /> },
  { pattern: '/dokument/:id', render: (p) => <DocumentPage key={p.id} id={p.id ?? ''} /> },
  { pattern: '/personer', render: () => <PeoplePage /> },
  { pattern: '/personer/:id', render: (p) => <PersonPage key={p.id} id={p.id ?? ''} /> },
  { pattern: '/inlagg/:id', render: (p) => <PostPage key={p.id} id={p.id ?? ''} /> },
  { pattern: '/moten/:id', render: (p) => <MeetingPage key={p.id} id={p.id ?? ''} /> },
  { pattern: '/kalender', render: () => <CalendarPage /> },
  { pattern: '/chatt', render: () => <ChatPage /> },
  { pattern: '/notiser', render: () => <NotificationsPage /> },
  { pattern: pages.FIND_COLLEAGUE_PATTERN, render: () => <FindColleaguePage /> },
  { pattern: '/sok', render: () => <SearchPage /> },
  { pattern: '/profil', render: () => <ProfilePage /> },
  { pattern: '/profil/sakerhet', render: () => <SecurityPage /> },
  { pattern: '/admin', render: () => <AdminPage />, admin: true },
  { pattern: '/admin/motesrapport', render: () => <MeetingReportPage />, admin: true },
];

/**
 * Main navigation. Later features (flöde, möten, dokument, chatt, sök) add entries here;
 * the list wraps on narrow screens.
 */
const NAV: Array<{ to: string; label: MessageKey; admin?: boolean; chat?: boolean }> = [
  { to: '/', label: 'nav.start' },
  { to: '/natverk', label: 'nav.networks' },
  { to: '/kalender', label: 'nav.calendar' },
  { to: '/chatt', label: 'nav.chat', chat: true },
  { to: '/personer', label: 'nav.people' },
  { to: '/hitta-kollega', label: 'nav.find' },
  { to: '/profil', label: 'nav.profile' },
  { to: '/admin', label: 'nav.admin', admin: true },
];

/**
 * "Chatt, 3 olästa" as the accessible name; the number is drawn by CSS (`data-count`, ::after), so
 * the visible text stays inside the name (WCAG 2.5.3) and is not read twice.
 */
function useUnreadLabel(): (label: string, count: number | null) => { 'aria-label'?: string; 'data-count'?: string; className?: string } {
  const { tn } = useI18n();
  return (label, count) =>
    count
      ? {
          'aria-label': `${label}, ${tn('common.unread', count)}`,
          'data-count': count > 99 ? '99+' : String(count),
          className: 'has-count',
        }
      : {};
}

function NotificationBell(): ReactNode {
  const { t } = useI18n();
  const { notificationsUnread } = useRealtime();
  const { path } = useLocation();
  const unread = useUnreadLabel()(t('notif.bell'), notificationsUnread);
  return (
    <Link
      to="/notiser"
      {...unread}
      aria-label={unread['aria-label'] ?? t('notif.bell')}
      className={`bell ${unread.className ?? ''}${path === '/notiser' ? ' active' : ''}`}
    >
      <svg className="bell-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
    </Link>
  );
}

function Header(): ReactNode {
  const { t, lang, setLang } = useI18n();
  const { status, session, signOut } = useAuth();
  const { chatUnread } = useRealtime();
  const { path } = useLocation();
  const unreadLabel = useUnreadLabel();
  return (
    <header className="site-header">
      <div className="header-inner">
        <Link to="/" className="brand">
          Nätverkshubben
          <span className="brand-sub">{t('brand.sub')}</span>
        </Link>
        {session && <GlobalSearch />}
        {/* Drawn once the session is known, so the tools do not jump when the search box and menu arrive. */}
        {status === 'ready' && (
          <div className="header-tools">
            {session && <NotificationBell />}
            <button
              type="button"
              className="link-button"
              lang={lang === 'sv' ? 'en' : 'sv'}
              onClick={() => setLang(lang === 'sv' ? 'en' : 'sv')}
            >
              {lang === 'sv' ? 'English' : 'Svenska'}
            </button>
            {session && (
              <button type="button" className="link-button" onClick={() => void signOut()}>
                {t('nav.signOut')}
              </button>
            )}
          </div>
        )}
      </div>
      {session && (
        <nav aria-label={t('nav.label')} className="main-nav">
          <ul>
            {NAV.filter((n) => !n.admin || session.role === 'admin').map((n) => {
              const unread = n.chat ? unreadLabel(t(n.label), chatUnread) : {};
              const classes = [n.to !== '/' && path.startsWith(n.to) ? 'active' : '', unread.className ?? ''].filter(Boolean).join(' ');
              return (
                <li key={n.to}>
                  <Link to={n.to} {...unread} className={classes || undefined}>
                    {t(n.label)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
    </header>
  );
}

function Routes(): ReactNode {
  const { path } = useLocation();
  const { status, session } = useAuth();
  const { t } = useI18n();
  let found: { route: Route; params: Record<string, string> } | null = null;
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (params) {
      found = { route, params };
      break;
    }
  }
  const needsLogin = found !== null && !found.route.public && status === 'ready' && !session;
  useEffect(() => {
    if (needsLogin) navigate(`/logga-in?next=${encodeURIComponent(path + window.location.search)}`, { replace: true });
  }, [needsLogin, path]);
  if (!found) return <NotFoundPage />;
  // Nothing until the session is known: the header grows by the search box and menu then, and a
  // loading text drawn before it would be pushed down the page (a layout shift).
  // Meanwhile the page's code is fetched (the first load's pages already started it, and their first
  // reads, in boot.ts), so it arrives with the session.
  if (!found.route.public && status === 'loading') {
    const page = found.route.render(found.params);
    if (isValidElement(page)) PRELOAD.get(page.type as object)?.();
    return null;
  }
  if (!found.route.public && !session) return <Loading label={t('common.loading')} />;
  if (found.route.admin && session?.role !== 'admin') return <NotFoundPage />;
  // A boundary per route: React would otherwise keep the previous page mounted (hidden) while the next loads.
  return (
    <Suspense key={found.route.pattern} fallback={<Loading label={t('common.loading')} />}>
      {found.route.render(found.params)}
    </Suspense>
  );
}

function Layout(): ReactNode {
  const { t } = useI18n();
  const { navigations, path } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Move focus to the new page's heading so screen reader and keyboard users start there. A page
    // seen for the first time is still loading its chunk: focus its heading when it appears, unless
    // the user has moved on by then.
    const focusHeading = (): boolean => {
      const heading = document.getElementById('page-heading');
      // A heading that is not laid out (a page kept hidden by React) is not the new page's.
      if (!heading || heading.getClientRects().length === 0) return false;
      const main = document.getElementById('main');
      const active = document.activeElement;
      // Focus already inside the new page (the user went on while it loaded) stays where it is.
      if (!active || active === main || !main?.contains(active)) {
        heading.focus();
        window.scrollTo(0, 0);
      }
      return true;
    };
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    const timer = window.setTimeout(() => {
      if (!focusHeading()) observer.observe(document.getElementById('main') ?? document.body, { childList: true, subtree: true });
    }, 0);
    const giveUp = window.setTimeout(() => observer.disconnect(), 15_000);
    return () => {
      window.clearTimeout(timer);
      window.clearTimeout(giveUp);
      observer.disconnect();
    };
  }, [navigations, path]);
  return (
    <>
      <a href="#main" className="skip-link">
        {t('skip')}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        <Routes />
      </main>
      <footer className="site-footer">
        <p>{t('footer.text')}</p>
        <ul>
          <li>
            <Link to="/tillganglighet">{t('footer.accessibility')}</Link>
          </li>
          <li>
            <Link to="/personuppgifter">{t('footer.privacy')}</Link>
          </li>
          <li>
            <a href="/api/docs">{t('footer.api')}</a>
          </li>
        </ul>
      </footer>
    </>
  );
}

const queryClient = createQueryClient();

export function App(): ReactNode {
  return (
    <I18nProvider>
      <RouterProvider>
        <AuthProvider>
          <RealtimeProvider>
            <QueryProvider client={queryClient}>
              <Layout />
            </QueryProvider>
          </RealtimeProvider>
        </AuthProvider>
      </RouterProvider>
    </I18nProvider>
  );
}
