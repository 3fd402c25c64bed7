import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApprovalChainPage } from './ApprovalChainPage';
import { renderWithApp } from '../../../test/render';
import { fakeRoutes, problem } from '../../../test/fakeRoutes';
import type { User } from '../../../shared/auth/user';

const DEPT_ADMIN: User = {
  username: 'admin.dienbien',
  name: 'Quàng Thị Quản',
  roles: ['dept-admin'],
  tenant: 'dienbien',
  orgUnit: 'd1000000-0000-4000-8000-000000000001',
};

const PATH = '/api/plans/settings/approval-chain';

describe('ApprovalChainPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the saved chain as a sentence, adds a level and saves the kinds nearest the school first', async () => {
    const api = fakeRoutes({
      [`GET ${PATH}`]: { kinds: ['DEPARTMENT'], updatedBy: 'admin.dienbien', updatedAt: '2026-11-20T03:00:00Z' },
      [`PUT ${PATH}`]: { kinds: ['COMMUNE_OFFICE', 'DEPARTMENT'], updatedBy: 'admin.dienbien', updatedAt: '2026-11-23T03:00:00Z' },
    });
    vi.stubGlobal('fetch', api.fetch);
    const user = userEvent.setup();
    renderWithApp(<ApprovalChainPage />, { user: DEPT_ADMIN });

    expect(await screen.findByTestId('chain-preview')).toHaveTextContent('Kế hoạch của trường do Sở GD&ĐT duyệt.');
    expect(screen.getByTestId('chain-updated')).toHaveTextContent('Cập nhật lần cuối: admin.dienbien, 20/11/2026 10:00.');
    expect(screen.getByRole('checkbox', { name: 'Sở GD&ĐT' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Cụm trường' })).not.toBeChecked();
    expect(screen.getByRole('button', { name: /Lưu quy trình/ })).toBeDisabled();

    await user.click(screen.getByRole('checkbox', { name: 'Phòng VH-XH xã' }));
    expect(screen.getByTestId('chain-preview')).toHaveTextContent(
      'Kế hoạch của trường do Phòng VH-XH xã duyệt trước, sau đó Sở GD&ĐT.',
    );
    // the order is the org tree's, nearest the school first, whatever the order of the clicks
    expect(screen.getByTestId('chain-level-COMMUNE_OFFICE')).toHaveTextContent('Cấp 1');
    expect(screen.getByTestId('chain-level-DEPARTMENT')).toHaveTextContent('Cấp 2');

    await user.click(screen.getByRole('button', { name: /Lưu quy trình/ }));
    expect(await screen.findByText('Đã lưu quy trình phê duyệt.')).toBeInTheDocument();
    const put = api.calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toEqual({ kinds: ['COMMUNE_OFFICE', 'DEPARTMENT'] });
  });

  it('says a plan is decided at one level when no level is chosen, and sends an empty chain', async () => {
    let stored: unknown = { kinds: ['DISTRICT_OFFICE'], updatedBy: 'admin.dienbien', updatedAt: '2026-11-20T03:00:00Z' };
    const api = fakeRoutes({
      [`GET ${PATH}`]: () => stored,
      [`PUT ${PATH}`]: () => (stored = { kinds: [], updatedBy: null, updatedAt: null }),
    });
    vi.stubGlobal('fetch', api.fetch);
    const user = userEvent.setup();
    renderWithApp(<ApprovalChainPage />, { user: DEPT_ADMIN });

    await user.click(await screen.findByRole('checkbox', { name: 'Phòng GD&ĐT' }));
    expect(screen.getByTestId('chain-preview')).toHaveTextContent(
      'Kế hoạch của trường do một cấp duyệt: bất kỳ cán bộ thẩm định nào có phạm vi chứa trường.',
    );
    await user.click(screen.getByRole('button', { name: /Lưu quy trình/ }));
    await vi.waitFor(() => expect(api.calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(api.calls.find((c) => c.method === 'PUT')!.body).toEqual({ kinds: [] });
    // the page shows what the service kept
    await vi.waitFor(() =>
      expect(screen.getByTestId('chain-updated')).toHaveTextContent('Chưa đặt quy trình: một cấp duyệt (mặc định).'),
    );
  });

  it("shows the service's Vietnamese 422 errors when it refuses the chain", async () => {
    vi.stubGlobal(
      'fetch',
      fakeRoutes({
        [`GET ${PATH}`]: { kinds: [], updatedBy: null, updatedAt: null },
        [`PUT ${PATH}`]: () =>
          problem(422, 'Dữ liệu chưa hợp lệ (Validation failed)', {
            errors: [{ field: 'kinds', message: 'Cấp phê duyệt DEPARTMENT được nêu hai lần.' }],
          }),
      }).fetch,
    );
    const user = userEvent.setup();
    renderWithApp(<ApprovalChainPage />, { user: DEPT_ADMIN });

    expect(await screen.findByTestId('chain-updated')).toHaveTextContent('Chưa đặt quy trình');
    await user.click(screen.getByRole('checkbox', { name: 'Sở GD&ĐT' }));
    await user.click(screen.getByRole('button', { name: /Lưu quy trình/ }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dữ liệu chưa hợp lệ (Validation failed)');
    expect(alert).toHaveTextContent('Cấp phê duyệt DEPARTMENT được nêu hai lần.');
  });
});
