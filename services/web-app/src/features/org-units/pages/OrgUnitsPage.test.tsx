import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { OrgUnitsPage } from './OrgUnitsPage';
import { fakeApi, renderWithApp } from '../../../test/render';
import type { User } from '../../../shared/auth/user';

const ADMIN: User = { username: 'admin.dienbien', name: 'Quản trị', roles: ['dept-admin'], tenant: 'dienbien', orgUnit: 'prov' };

describe('OrgUnitsPage', { timeout: 120_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the org tree and renames a unit through PATCH, showing the problem when refused', async () => {
    const fetch = fakeApi({
      '/api/registry/org-units': {
        items: [
          { id: 'prov', parentId: null, kind: 'DEPARTMENT', name: 'Sở GD&ĐT Điện Biên', path: '/prov/', status: 'ACTIVE' },
          { id: 'dist', parentId: 'prov', kind: 'DISTRICT_OFFICE', name: 'Phòng GD&ĐT Mường Chà', path: '/prov/dist/', status: 'ACTIVE' },
        ],
      },
      '/api/registry/org-units/dist': () =>
        new Response(JSON.stringify({ title: 'Dữ liệu không hợp lệ', detail: 'Tên đơn vị đã có.', status: 422 }), {
          status: 422,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    });
    vi.stubGlobal('fetch', fetch);
    renderWithApp(<OrgUnitsPage />, { user: ADMIN, path: '/admin/org-units' });

    fireEvent.click(await screen.findByText('Phòng GD&ĐT Mường Chà'));
    fireEvent.click(screen.getByText('Đổi tên'));
    fireEvent.change(await screen.findByLabelText('Tên đơn vị'), { target: { value: 'Phòng GD&ĐT huyện Mường Chà' } });
    fireEvent.click(screen.getByText('Lưu'));

    expect(await screen.findByText(/Tên đơn vị đã có\./)).toBeInTheDocument();
    const calls = fetch.mock.calls as unknown as [string, RequestInit | undefined][];
    const patch = calls.find(([, init]) => init?.method === 'PATCH');
    expect(String(patch![0])).toBe('/api/registry/org-units/dist');
    expect(JSON.parse(String(patch![1]!.body))).toEqual({ name: 'Phòng GD&ĐT huyện Mường Chà' });
  });
});
