import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { Modal, Result, Spin } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { configureApiClient } from '../api/client';
import type { Session } from './session';
import { fetchAuthConfig, startKeycloakSession } from './keycloakSession';

const SessionContext = createContext<Session | null>(null);

// one sign-in per page load, even when React runs effects twice (StrictMode in development)
let starting: Promise<Session> | null = null;

/** The signed-in session; only inside <AuthProvider> (or SessionContext.Provider in tests). */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside <AuthProvider>');
  return session;
}

export const SessionProvider = SessionContext.Provider;

/**
 * Signs the user in before rendering anything (Keycloak login page for a visitor) and wires the
 * API client to the session. When the session cannot be refreshed any more, a Vietnamese message
 * says so and the user signs in again, coming back to the same address.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [session, setSession] = useState<Session | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let current: Session | null = null;
    let told = false;
    const onExpired = () => {
      if (told) return; // one message, however many calls failed
      told = true;
      Modal.warning({
        title: t('auth.sessionExpired'),
        okText: 'OK',
        onOk: () => current?.login(),
      });
    };
    starting ??= fetchAuthConfig().then((config) => startKeycloakSession(config, onExpired));
    starting
      .then((started) => {
        current = started;
        configureApiClient({ accessToken: started.accessToken, onUnauthorized: onExpired });
        if (!cancelled) setSession(started);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- sign in once per page load
  }, []);

  if (failed) return <Result status="error" title={t('auth.loginFailed')} />;
  if (!session) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <Spin size="large" tip={t('auth.signingIn')}>
          <div style={{ width: 200, height: 80 }} />
        </Spin>
      </div>
    );
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
