import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { UsersPage } from './UsersPage';
import { fakeApi, renderWithApp } from '../../../test/render';
import type { User } from '../../../shared/auth/user';
import { fakeRoutes, problem } from '../../../test/fakeRoutes';

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

  const units = {
    items: [
      { id: 'prov', kind: 'DEPARTMENT', name: 'Sở GD&ĐT Điện Biên', path: '/prov/', status: 'ACTIVE' },
      { id: 'hm', kind: 'SCHOOL', name: 'Trường Tiểu học Hẹ Muông', path: '/prov/hm/', status: 'ACTIVE' },
    ],
  };

  /** Picks an option of an AntD Select by its form label. */
  async function choose(dialog: HTMLElement, label: string, option: string) {
    fireEvent.mouseDown(within(dialog).getByLabelText(label));
    const options = await screen.findAllByTitle(option);
    fireEvent.click(options[options.length - 1]);
  }

  it('moves a reviewer to a school as its principal, and leaves department administrators alone', async () => {
    const { fetch, calls } = fakeRoutes({
      'GET /api/registry/org-units': units,
      'GET /api/registry/users': {
        items: [user('u0', 'admin.dienbien', 'dept-admin', true), user('u1', 'reviewer.dienbien', 'reviewer', true)],
        total: 2, page: 0, size: 50,
      },
      'POST /api/registry/users/u1/reassignment': { ...user('u1', 'reviewer.dienbien', 'principal', true), orgUnitId: 'hm' },
    });
    vi.stubGlobal('fetch', fetch);
    renderWithApp(<UsersPage />, { user: ADMIN, path: '/admin/users' });

    expect(await screen.findByText('admin.dienbien')).toBeInTheDocument();
    // the registry refuses changes to a dept-admin: no buttons on that row
    expect(screen.queryByRole('button', { name: 'Điều chuyển admin.dienbien' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Khóa admin.dienbien' })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Điều chuyển reviewer.dienbien' }));
    const dialog = (await screen.findByText('Điều chuyển reviewer.dienbien', { selector: '.ant-modal-title' })).closest('.ant-modal') as HTMLElement;
    await choose(dialog, 'Vai trò', 'Hiệu trưởng');
    await choose(dialog, 'Đơn vị / trường', 'Trường Tiểu học Hẹ Muông');
    fireEvent.click(within(dialog).getByText('Lưu').closest('button')!);

    await vi.waitFor(() => expect(calls.some((c) => c.path.endsWith('/reassignment'))).toBe(true));
    const sent = calls.find((c) => c.path.endsWith('/reassignment'))!;
    expect(sent.method).toBe('POST');
    expect(sent.body).toEqual({ orgUnitId: 'hm', role: 'principal' });
    expect(await screen.findByText('Đã điều chuyển reviewer.dienbien.')).toBeInTheDocument();
    // the list is read again
    await vi.waitFor(() => expect(calls.filter((c) => c.path === '/api/registry/users').length).toBe(2));
  });

  it('shows the registry\'s refusal of the unit under the field', async () => {
    const { fetch } = fakeRoutes({
      'GET /api/registry/org-units': units,
      'GET /api/registry/users': { items: [user('u1', 'reviewer.dienbien', 'reviewer', true)], total: 1, page: 0, size: 50 },
      'POST /api/registry/users/u1/reassignment': () =>
        problem(422, 'Thông tin điều chuyển chưa hợp lệ.', {
          errors: [{ field: 'orgUnitId', message: 'Chuyên viên duyệt thuộc một phòng hoặc sở, không thuộc trường.' }],
        }),
    });
    vi.stubGlobal('fetch', fetch);
    renderWithApp(<UsersPage />, { user: ADMIN, path: '/admin/users' });

    fireEvent.click(await screen.findByRole('button', { name: 'Điều chuyển reviewer.dienbien' }));
    const dialog = (await screen.findByText('Điều chuyển reviewer.dienbien', { selector: '.ant-modal-title' })).closest('.ant-modal') as HTMLElement;
    await choose(dialog, 'Đơn vị / trường', 'Trường Tiểu học Hẹ Muông');
    fireEvent.click(within(dialog).getByText('Lưu').closest('button')!);

    expect(await within(dialog).findByText('Chuyên viên duyệt thuộc một phòng hoặc sở, không thuộc trường.')).toBeInTheDocument();
  });
});
