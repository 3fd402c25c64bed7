import { describe, expect, it } from 'vitest';
import { mainRole, userFromClaims } from './user';

describe('userFromClaims', () => {
  it('takes the EQIP roles, tenant and org unit from the token', () => {
    const user = userFromClaims({
      preferred_username: 'principal.hemuong',
      given_name: 'Văn Minh',
      family_name: 'Lường',
      realm_access: { roles: ['default-roles-eqip', 'offline_access', 'principal'] },
      tenant: 'dienbien',
      org_unit: 'd1000000-0000-4000-8000-000000000103',
    });
    expect(user).toEqual({
      username: 'principal.hemuong',
      name: 'Lường Văn Minh',
      roles: ['principal'],
      tenant: 'dienbien',
      orgUnit: 'd1000000-0000-4000-8000-000000000103',
    });
    expect(mainRole(user)).toBe('principal');
  });

  it('reads the flat roles claim too and ranks the roles', () => {
    const user = userFromClaims({ preferred_username: 'x', roles: ['reviewer', 'dept-admin'] });
    expect(user.roles).toEqual(['dept-admin', 'reviewer']);
    expect(user.name).toBe('x');
  });
});
