/** The signed-in user as the access token describes them (never from the API or the URL). */
export type Role = 'platform-admin' | 'dept-admin' | 'reviewer' | 'principal' | 'staff';

export const ROLES: Role[] = ['platform-admin', 'dept-admin', 'reviewer', 'principal', 'staff'];

export interface User {
  username: string;
  name: string;
  roles: Role[];
  tenant?: string;
  /** The user's org unit: for a principal or staff member, their school's id. */
  orgUnit?: string;
}

export interface TokenClaims {
  preferred_username?: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  roles?: string[];
  realm_access?: { roles?: string[] };
  tenant?: string;
  org_unit?: string;
}

export function userFromClaims(claims: TokenClaims): User {
  const all = [...(claims.roles ?? []), ...(claims.realm_access?.roles ?? [])];
  const roles = ROLES.filter((role) => all.includes(role));
  const name =
    claims.name ??
    ([claims.family_name, claims.given_name].filter(Boolean).join(' ') ||
      claims.preferred_username ||
      '');
  return {
    username: claims.preferred_username ?? '',
    name,
    roles,
    tenant: claims.tenant,
    orgUnit: claims.org_unit,
  };
}

export function hasAnyRole(user: User, roles: readonly Role[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}

/** The role shown in the header: the most powerful one the user has. */
export function mainRole(user: User): Role | undefined {
  return ROLES.find((role) => user.roles.includes(role));
}
