import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReviewQueuePage } from './ReviewQueuePage';
import { fakeApi, renderWithApp } from '../../../test/render';
import { queue, REVIEWER_HCM } from './fixtures';

describe('ReviewQueuePage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the submitted plans of the scope with status, submission date and the late flag', async () => {
    const fetch = fakeApi({
      '/api/plans/plans': queue,
      '/api/registry/org-units': { items: [{ id: 'o1', parentId: null, kind: 'DEPARTMENT', name: 'Sở GD&ĐT TP.HCM', path: '/o1/', status: 'ACTIVE' }] },
    });
    vi.stubGlobal('fetch', fetch);

    renderWithApp(<ReviewQueuePage />, { user: REVIEWER_HCM });

    const link = await screen.findByRole('link', { name: 'Trường Tiểu học Định Phước' });
    expect(link).toHaveAttribute('href', '/review/p-dinh-phuoc');
    const row = link.closest('tr')!;
    expect(within(row).getByText('Chờ duyệt')).toBeInTheDocument();
    expect(within(row).getByText('02/10/2026 09:30')).toBeInTheDocument();
    expect(within(row).getByText('30/09/2026')).toBeInTheDocument();
    expect(within(row).getByText('Nộp muộn')).toBeInTheDocument();
    expect(screen.getByText('1 kế hoạch')).toBeInTheDocument();
    expect(fetch.mock.calls.map(([u]) => String(u))).toContain('/api/plans/plans?status=SUBMITTED&page=0&size=50');
  });

  it('filters by lateness through the API', async () => {
    const fetch = fakeApi({ '/api/plans/plans': queue, '/api/registry/org-units': { items: [] } });
    vi.stubGlobal('fetch', fetch);
    renderWithApp(<ReviewQueuePage />, { user: REVIEWER_HCM });
    await screen.findByRole('link', { name: 'Trường Tiểu học Định Phước' });

    await userEvent.click(screen.getByRole('switch', { name: 'Chỉ kế hoạch trễ hạn' }));

    await vi.waitFor(() =>
      expect(fetch.mock.calls.map(([u]) => String(u))).toContain('/api/plans/plans?status=SUBMITTED&late=true&page=0&size=50'),
    );
  });

  it("shows the service's problem when the list fails", async () => {
    vi.stubGlobal(
      'fetch',
      fakeApi({
        '/api/registry/org-units': { items: [] },
        '/api/plans/plans': () =>
          new Response(JSON.stringify({ title: 'Dữ liệu không hợp lệ', detail: 'Năm học không hợp lệ', status: 400 }), {
            status: 400,
            headers: { 'Content-Type': 'application/problem+json' },
          }),
      }),
    );
    renderWithApp(<ReviewQueuePage />, { user: REVIEWER_HCM });
    expect(await screen.findByRole('alert')).toHaveTextContent('Năm học không hợp lệ');
  });
});
