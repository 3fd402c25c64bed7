import type { User } from './user';

/**
 * What the app needs from the sign-in, whatever does it: Keycloak in the browser
 * (KeycloakSession), a fake in component tests (see src/test/render.tsx).
 */
export interface Session {
  user: User;
  /** A valid access token, refreshed first when it expires within a minute. */
  accessToken(): Promise<string>;
  /** Back to the login page, then back to the current address. */
  login(): void;
  logout(): void;
}

/** Thrown when the session cannot be kept alive (refresh token expired, user signed out elsewhere). */
export class SessionExpired extends Error {
  constructor() {
    super('session expired');
    this.name = 'SessionExpired';
  }
}
