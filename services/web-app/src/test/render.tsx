import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { ThemedApp } from '../App';
import { SessionProvider } from '../shared/auth/AuthProvider';
import type { Session } from '../shared/auth/session';
import type { User } from '../shared/auth/user';
import { configureApiClient } from '../shared/api/client';
import { I18nProvider } from '../shared/i18n/I18nProvider';
import type { Language } from '../shared/i18n/messages';

export const PRINCIPAL_HE_MUONG: User = {
  username: 'principal.hemuong',
  name: 'Lường Văn Minh',
  roles: ['principal'],
  tenant: 'dienbien',
  orgUnit: 'd1000000-0000-4000-8000-000000000103',
};

/**
 * Renders a screen as the app does (i18n, AntD locale, router, a signed-in user) with a fake
 * session; the API client sends "test-token". Mock `fetch` (vi.stubGlobal) for the API answers.
 */
export function renderWithApp(
  ui: ReactElement,
  { user = PRINCIPAL_HE_MUONG, path = '/', language = 'vi' as Language } = {},
) {
  const session: Session = {
    user,
    accessToken: () => Promise.resolve('test-token'),
    login: vi.fn(),
    logout: vi.fn(),
  };
  configureApiClient({ accessToken: session.accessToken, onUnauthorized: vi.fn() });
  const result = render(
    <I18nProvider initial={language}>
      <ThemedApp>
        <MemoryRouter initialEntries={[path]}>
          <SessionProvider value={session}>{ui}</SessionProvider>
        </MemoryRouter>
      </ThemedApp>
    </I18nProvider>,
  );
  return { ...result, session };
}

/** A fetch that answers by path (query ignored): `fakeApi({ '/api/x': body })`; 404 otherwise. */
export function fakeApi(answers: Record<string, unknown | ((url: URL) => Response)>) {
  return vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost');
    const answer = answers[url.pathname];
    if (typeof answer === 'function') return (answer as (url: URL) => Response)(url);
    if (answer === undefined) {
      return new Response(JSON.stringify({ title: 'Không tìm thấy (Not found)', status: 404 }), {
        status: 404,
        headers: { 'Content-Type': 'application/problem+json' },
      });
    }
    return new Response(JSON.stringify(answer), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
}
