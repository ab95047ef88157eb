// A tiny router on the History API: Swedish paths, no dependency.
import { type AnchorHTMLAttributes, type MouseEvent, type ReactNode, type Ref, createContext, useContext, useEffect, useMemo, useState } from 'react';
export { matchPath } from './paths';

interface Location {
  path: string;
  search: string;
  /** Increases on every in-app navigation (not on the first load): the layout moves focus then. */
  navigations: number;
}

const RouterContext = createContext<Location>({ path: '/', search: '', navigations: 0 });

let listeners: Array<() => void> = [];
let keepingFocus = false;

/**
 * Goes to another address. `keepFocus` is for changes of the query within one page (filters,
 * search words): the page updates in place and focus stays where the user is.
 */
export function navigate(to: string, options: { replace?: boolean; keepFocus?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  keepingFocus = options.keepFocus === true;
  try {
    for (const l of listeners) l();
  } finally {
    keepingFocus = false;
  }
}

function current(): { path: string; search: string } {
  const path = window.location.pathname.replace(/\/+$/, '') || '/';
  return { path, search: window.location.search };
}

export function RouterProvider({ children }: { children: ReactNode }): ReactNode {
  const [location, setLocation] = useState<Location>(() => ({ ...current(), navigations: 0 }));
  useEffect(() => {
    const update = (): void => {
      const keep = keepingFocus;
      setLocation((prev) => {
        const next = current();
        // A change of #fragment only (skip link, in-page links) is not a navigation.
        if (next.path === prev.path && next.search === prev.search) return prev;
        return { ...next, navigations: keep && next.path === prev.path ? prev.navigations : prev.navigations + 1 };
      });
    };
    listeners.push(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners = listeners.filter((l) => l !== update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return <RouterContext.Provider value={location}>{children}</RouterContext.Provider>;
}

export function useLocation(): Location {
  return useContext(RouterContext);
}

export function useSearchParam(name: string): string | null {
  const { search } = useLocation();
  return useMemo(() => new URLSearchParams(search).get(name), [search, name]);
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string; ref?: Ref<HTMLAnchorElement> };

export function Link({ to, onClick, children, ...rest }: LinkProps): ReactNode {
  const { path } = useLocation();
  const handle = (event: MouseEvent<HTMLAnchorElement>): void => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  const isCurrent = to === path;
  return (
    <a href={to} onClick={handle} aria-current={isCurrent ? 'page' : undefined} {...rest}>
      {children}
    </a>
  );
}
