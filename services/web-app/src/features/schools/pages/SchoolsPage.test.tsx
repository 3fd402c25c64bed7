import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { SchoolsPage } from './SchoolsPage';
import { SchoolPage } from './SchoolPage';
import { fakeApi, renderWithApp } from '../../../test/render';
import type { User } from '../../../shared/auth/user';

const ADMIN: User = { username: 'admin.dienbien', name: 'Quản trị', roles: ['dept-admin'], tenant: 'dienbien', orgUnit: 'prov' };

const heMuong = {
  id: 'd1000000-0000-4000-8000-000000000103', code: '11710301', name: 'Trường PTDTBT Tiểu học xã Hẹ Muông',
  level: 'PRIMARY', levelLabel: 'Tiểu học', type: 'PTDTBT', typeLabel: 'Phổ thông dân tộc bán trú',
  orgUnitId: 'prov', status: 'ACTIVE', includedLevels: ['PRIMARY'], principalName: 'Lường Văn Minh', openedOn: '1995-09-05',
};

describe('SchoolsPage', { timeout: 120_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('searches without diacritics through the API', async () => {
    const fetch = fakeApi({
      '/api/registry/org-units': { items: [{ id: 'prov', kind: 'DEPARTMENT', name: 'Sở GD&ĐT Điện Biên', path: '/prov/', status: 'ACTIVE' }] },
      '/api/registry/schools': (url: URL) =>
        new Response(JSON.stringify(url.searchParams.get('q') === 'he muong' ? { items: [heMuong], total: 1, page: 0, size: 20 } : { items: [], total: 0, page: 0, size: 20 }), {
          headers: { 'Content-Type': 'application/json' },
        }),
    });
    vi.stubGlobal('fetch', fetch);
    renderWithApp(<SchoolsPage />, { user: ADMIN, path: '/admin/schools' });

    const box = await screen.findByLabelText('Tìm trường');
    fireEvent.change(box, { target: { value: 'he muong' } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });

    const list = screen.getByTestId('school-list');
    expect(await within(list).findByText('Trường PTDTBT Tiểu học xã Hẹ Muông')).toHaveAttribute('href', `/admin/schools/${heMuong.id}`);
    expect(within(list).getByText('Sở GD&ĐT Điện Biên')).toBeInTheDocument();
    expect(screen.getByText('1 trường')).toBeInTheDocument();
    expect(fetch.mock.calls.map(([u]) => String(u))).toContain('/api/registry/schools?q=he+muong&page=0&size=20&sort=name');
  });

  it("previews an Excel import with each row's errors and does not let it be written", async () => {
    vi.stubGlobal(
      'fetch',
      fakeApi({
        '/api/registry/org-units': { items: [] },
        '/api/registry/schools': { items: [], total: 0, page: 0, size: 20 },
        '/api/registry/schools/imports': {
          id: 'imp1', status: 'PREVIEW', validRows: 1, invalidRows: 1,
          rows: [
            { rowNumber: 2, values: { 'Mã trường': '11719901', 'Tên trường': 'Trường Mầm non Na Son' }, errors: [], action: 'CREATE' },
            { rowNumber: 3, values: { 'Mã trường': '', 'Tên trường': 'Trường không mã' }, errors: ['Thiếu mã trường.'], action: null },
          ],
        },
      }),
    );
    renderWithApp(<SchoolsPage />, { user: ADMIN, path: '/admin/schools' });

    fireEvent.click(await screen.findByText('Nhập từ Excel'));
    const input = screen.getByTestId('school-import').querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['x'], 'truong.xlsx')] } });

    const preview = await screen.findByTestId('import-preview');
    expect(within(preview).getByText('Thiếu mã trường.')).toBeInTheDocument();
    expect(within(preview).getByText('Trường Mầm non Na Son')).toBeInTheDocument();
    expect(screen.getByText(/1 dòng hợp lệ, 1 dòng có lỗi/)).toBeInTheDocument();
    expect(screen.getByText('Ghi 1 trường').closest('button')).toBeDisabled();
  });

  it("shows not found for a school outside the caller's tenant", async () => {
    vi.stubGlobal('fetch', fakeApi({}));
    renderWithApp(
      <Routes>
        <Route path="/admin/schools/:schoolId" element={<SchoolPage />} />
      </Routes>,
      { user: ADMIN, path: '/admin/schools/other' },
    );
    expect(await screen.findByText('Không tìm thấy (Not found)')).toBeInTheDocument();
    expect(screen.queryByTestId('school-details')).not.toBeInTheDocument();
  });
});
