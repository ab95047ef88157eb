import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Role, api, onUnauthenticated, setCsrfToken, unwrap } from '../api/client';
import { navigate } from './router';
import { type Session, checkSession, takeFirstSessionCheck } from './early';

export type { Session };

interface Auth {
  status: 'loading' | 'ready';
  session: Session | null;
  role: Role | null;
  signedIn(session: Session): void;
  signOut(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);


export function AuthProvider({ children }: { children: ReactNode }): ReactNode {
  const [status, setStatus] = useState<'loading' | 'ready'>('loading');
  const [session, setSession] = useState<Session | null>(null);

  const signedIn = useCallback((next: Session) => {
    setCsrfToken(next.csrfToken);
    setSession(next);
  }, []);

  useEffect(() => {
    let live = true;
    // The first check was started by the page's first script (boot.ts), before the app's code arrived.
    const check = takeFirstSessionCheck() ?? checkSession();
    check
      .then((s) => {
        if (live) signedIn(s);
      })
      .catch(() => {
        if (live) setSession(null);
      })
      .finally(() => {
        if (live) setStatus('ready');
      });
    onUnauthenticated(() => {
      setCsrfToken('');
      setSession(null);
      const here = window.location.pathname;
      if (here !== '/logga-in') navigate(`/logga-in?next=${encodeURIComponent(here + window.location.search)}`, { replace: true });
    });
    return () => {
      live = false;
      onUnauthenticated(null);
    };
  }, [signedIn]);

  const signOut = useCallback(async () => {
    let providerLogout: string | null = null;
    try {
      providerLogout = (await unwrap(api.POST('/api/v1/auth/logout'))).providerLogoutUrl;
    } finally {
      setCsrfToken('');
      setSession(null);
      // Signed in through the municipality: end the sign-in there too (it comes back to /logga-in).
      if (providerLogout) window.location.assign(providerLogout);
      else navigate('/logga-in');
    }
  }, []);

  const value = useMemo<Auth>(() => ({ status, session, role: session?.role ?? null, signedIn, signOut }), [status, session, signedIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
