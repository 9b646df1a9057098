import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, onUnauthenticated, request, tokenStore } from './client';
import { SignOutMutation, ViewerQuery, type Role, type Viewer } from './operations';

interface SessionValue {
  /** The signed-in person, null when signed out, undefined while loading. */
  viewer: Viewer | null | undefined;
  token: string | null;
  /** Why the last session ended without the person asking (e.g. SESSION_EXPIRED), for a notice. */
  endedReason: string | null;
  clearEndedReason: () => void;
  signedIn: (token: string, viewer: Viewer) => void;
  signOut: (everywhere?: boolean) => Promise<void>;
  refresh: () => Promise<void>;
  hasRole: (...roles: Role[]) => boolean;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(tokenStore.get);
  const [viewer, setViewer] = useState<Viewer | null | undefined>(token ? undefined : null);
  const [endedReason, setEndedReason] = useState<string | null>(null);

  const drop = useCallback((reason: string | null) => {
    tokenStore.clear();
    setToken(null);
    setViewer(null);
    setEndedReason(reason);
  }, []);

  useEffect(() => onUnauthenticated((e: ApiError) => drop(e.reason ?? e.code)), [drop]);

  const refresh = useCallback(async () => {
    if (!tokenStore.get()) {
      setViewer(null);
      return;
    }
    try {
      const data = await request(ViewerQuery);
      setViewer(data.viewer);
    } catch (err) {
      // UNAUTHENTICATED is handled by the listener; other errors leave the person signed out for now.
      if (!(err instanceof ApiError && err.code === 'UNAUTHENTICATED')) setViewer(null);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const signedIn = useCallback((newToken: string, v: Viewer) => {
    tokenStore.set(newToken);
    setToken(newToken);
    setViewer(v);
    setEndedReason(null);
  }, []);

  const signOut = useCallback(
    async (everywhere = false) => {
      try {
        await request(SignOutMutation, { input: { everywhere } });
      } catch {
        // Signing out locally is what matters; the server session ends on its own.
      }
      drop(null);
    },
    [drop],
  );

  const value = useMemo<SessionValue>(
    () => ({
      viewer,
      token,
      endedReason,
      clearEndedReason: () => setEndedReason(null),
      signedIn,
      signOut,
      refresh,
      hasRole: (...roles) => !!viewer && viewer.roles.some((r) => roles.includes(r)),
    }),
    [viewer, token, endedReason, signedIn, signOut, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}
