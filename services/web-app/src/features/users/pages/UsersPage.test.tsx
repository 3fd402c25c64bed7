import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { UsersPage } from './UsersPage';
import { fakeApi, renderWithApp } from '../../../test/render';
import type { User } from '../../../shared/auth/user';

const ADMIN: User = { username: 'admin.dienbien', name: 'Quản trị', roles: ['dept-admin'], tenant: 'dienbien', orgUnit: 'prov' };

const user = (id: string, username: string, role: string, active: boolean) => ({
  id, username, email: `${username}@example.invalid`, firstName: 'Văn An', lastName: 'Lò', role, orgUnitId: 'prov', active, createdAt: '2026-08-01T02:00:00Z',
});

describe('UsersPage', { timeout: 120_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the accounts with role and state, and locks one after confirmation', async () => {
    const fetch = fakeApi({
      '/api/registry/org-units': { items: [{ id: 'prov', kind: 'DEPARTMENT', name: 'Sở GD&ĐT Điện Biên', path: '/prov/', status: 'ACTIVE' }] },
      '/api/registry/users': { items: [user('u1', 'reviewer.dienbien', 'reviewer', true), user('u2', 'staff.old', 'staff', false)], total: 2, page: 0, size: 50 },
      '/api/registry/users/u1/deactivation': user('u1', 'reviewer.dienbien', 'reviewer', false),
    });
    vi.stubGlobal('fetch', fetch);
    renderWithApp(<UsersPage />, { user: ADMIN, path: '/admin/users' });

    expect(await screen.findByText('reviewer.dienbien')).toBeInTheDocument();
    expect(screen.getByText('Chuyên viên duyệt')).toBeInTheDocument();
    expect(screen.getByText('Đã khóa')).toBeInTheDocument();
    expect(screen.getAllByText('01/08/2026')).toHaveLength(2);

    fireEvent.click(screen.getByText('Khóa'));
    fireEvent.click(await screen.findByText('Có'));

    await vi.waitFor(() =>
      expect((fetch.mock.calls as unknown as [string, RequestInit | undefined][]).some(([u, init]) => u === '/api/registry/users/u1/deactivation' && init?.method === 'POST')).toBe(true),
    );
  });
});
