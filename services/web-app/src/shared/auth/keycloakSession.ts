import Keycloak from 'keycloak-js';
import { SessionExpired, type Session } from './session';
import { userFromClaims, type TokenClaims } from './user';

/** What GET /api/config gives (the gateway reads it from its configuration). */
export interface AuthConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

export async function fetchAuthConfig(): Promise<AuthConfig> {
  const response = await fetch('/api/config', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /api/config: ${response.status}`);
  return (await response.json()) as AuthConfig;
}

/** Refresh this many seconds before the access token expires. */
const MIN_VALIDITY_SECONDS = 60;

/**
 * Authorization code + PKCE (S256) against Keycloak. Unauthenticated visitors go straight to the
 * Keycloak login page and come back to the address they asked for. No iframes (the gateway forbids
 * framing): the token is refreshed with the refresh token, on a timer and before every API call.
 */
export async function startKeycloakSession(
  config: AuthConfig,
  onExpired: () => void,
): Promise<Session> {
  const keycloak = new Keycloak({
    url: config.keycloakUrl,
    realm: config.realm,
    clientId: config.clientId,
  });
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    enableLogging: false,
  });

  let expired = false;
  const expire = () => {
    if (!expired) {
      expired = true;
      onExpired();
    }
  };
  const refresh = async (): Promise<string> => {
    if (expired) throw new SessionExpired();
    try {
      await keycloak.updateToken(MIN_VALIDITY_SECONDS);
    } catch {
      expire();
      throw new SessionExpired();
    }
    if (!keycloak.token) {
      expire();
      throw new SessionExpired();
    }
    return keycloak.token;
  };
  keycloak.onTokenExpired = () => {
    refresh().catch(() => undefined);
  };
  // keeps the session alive while the page is open, even without API calls
  window.setInterval(() => refresh().catch(() => undefined), 30_000);

  return {
    user: userFromClaims(keycloak.tokenParsed as TokenClaims),
    accessToken: refresh,
    login: () => {
      keycloak.login({ redirectUri: window.location.href });
    },
    logout: () => {
      keycloak.logout({ redirectUri: window.location.origin + '/' });
    },
  };
}
