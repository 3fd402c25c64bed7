import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReviewQueuePage } from './ReviewQueuePage';
import { fakeApi, renderWithApp } from '../../../test/render';
import { queue, REVIEWER_HCM } from './fixtures';

const base = queue.items[0];
const CHAIN = ['Phòng VH-XH phường Định Phước', 'Sở GD&ĐT TP.HCM'];

/** Three submitted plans of a two-level chain: one at the caller's level, one past it, one amendment. */
const chainQueue = {
  items: [
    { ...base, approvalLevels: CHAIN, approvalsGiven: 0, awaiting: CHAIN[0], approvedVersion: null, amending: false, decidableByMe: true },
    {
      ...base, id: 'p-an-lac', schoolId: 's2', schoolName: 'Trường THCS An Lạc',
      approvalLevels: CHAIN, approvalsGiven: 1, awaiting: CHAIN[1], approvedVersion: null, amending: false, decidableByMe: false,
    },
    {
      ...base, id: 'p-binh-tri', schoolId: 's3', schoolName: 'Trường Tiểu học Bình Trị', version: 3,
      approvalLevels: CHAIN, approvalsGiven: 0, awaiting: CHAIN[0], approvedVersion: 2, amending: true, decidableByMe: true,
    },
  ],
  total: 3, page: 0, size: 50,
};

const rowOf = async (school: string) => (await screen.findByRole('link', { name: school })).closest('tr') as HTMLElement;

describe('ReviewQueuePage with an approval chain', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the level awaited and the amendments in the status column', async () => {
    vi.stubGlobal('fetch', fakeApi({ '/api/plans/plans': chainQueue, '/api/registry/org-units': { items: [] } }));
    renderWithApp(<ReviewQueuePage />, { user: REVIEWER_HCM });

    const first = await rowOf('Trường Tiểu học Định Phước');
    expect(within(first).getByText('Chờ Phòng VH-XH phường Định Phước (cấp 1/2)')).toBeInTheDocument();
    expect(within(first).getByText('Đến lượt tôi')).toBeInTheDocument();
    const second = await rowOf('Trường THCS An Lạc');
    expect(within(second).getByText('Chờ Sở GD&ĐT TP.HCM (cấp 2/2)')).toBeInTheDocument();
    expect(within(second).queryByText('Đến lượt tôi')).not.toBeInTheDocument();
    const amended = await rowOf('Trường Tiểu học Bình Trị');
    expect(within(amended).getByText('Đã phê duyệt · đang điều chỉnh')).toBeInTheDocument();
    expect(within(amended).getByText('Bản điều chỉnh: Chờ Phòng VH-XH phường Định Phước (cấp 1/2)')).toBeInTheDocument();
  });

  it('"Chờ tôi quyết định" asks the service for the submitted plans whose awaited level is mine', async () => {
    // the service filters (?decidableByMe=true); this fake answers as it would
    const fetch = fakeApi({
      '/api/plans/plans': (url: URL) => {
        const mineOnly = url.searchParams.get('decidableByMe') === 'true';
        const items = mineOnly ? chainQueue.items.filter((p) => p.decidableByMe) : chainQueue.items;
        return new Response(JSON.stringify({ ...chainQueue, items, total: items.length }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      },
      '/api/registry/org-units': { items: [] },
    });
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderWithApp(<ReviewQueuePage />, { user: REVIEWER_HCM });
    await rowOf('Trường THCS An Lạc');

    await user.click(screen.getByText('Chờ tôi quyết định'));

    await vi.waitFor(() =>
      expect(fetch.mock.calls.map(([u]) => String(u))).toContain('/api/plans/plans?decidableByMe=true&page=0&size=50'),
    );
    await vi.waitFor(() => expect(screen.queryByRole('link', { name: 'Trường THCS An Lạc' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Trường Tiểu học Định Phước' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Trường Tiểu học Bình Trị' })).toBeInTheDocument();
    expect(screen.getByText('2 kế hoạch')).toBeInTheDocument();
    // the status filter is the submitted plans' while the view is on
    expect(screen.getByRole('combobox', { name: 'Trạng thái' })).toBeDisabled();

    await user.click(screen.getByText('Tất cả'));
    expect(await screen.findByRole('link', { name: 'Trường THCS An Lạc' })).toBeInTheDocument();
  });

  it('says so when no plan awaits my decision', async () => {
    const answer = (url: URL) =>
      new Response(
        JSON.stringify(url.searchParams.get('decidableByMe') === 'true' ? { ...chainQueue, items: [], total: 0 } : chainQueue),
        { status: 200, headers: { 'Content-Type': 'application/json' } },
      );
    vi.stubGlobal('fetch', fakeApi({ '/api/plans/plans': answer, '/api/registry/org-units': { items: [] } }));
    const user = userEvent.setup();
    renderWithApp(<ReviewQueuePage />, { user: REVIEWER_HCM });
    await rowOf('Trường THCS An Lạc');

    await user.click(screen.getByText('Chờ tôi quyết định'));

    expect(await screen.findByText('Không có kế hoạch nào đang chờ bạn quyết định.')).toBeInTheDocument();
  });
});
