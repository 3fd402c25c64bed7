import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { ProgressPage } from './ProgressPage';
import { PRINCIPAL_HE_MUONG, renderWithApp } from '../../../test/render';
import { fakeRoutes, problem } from '../../../test/fakeRoutes';

vi.setConfig({ testTimeout: 60_000 });

const SCHOOL = PRINCIPAL_HE_MUONG.orgUnit!;

const action = (id: string, description: string, rowId: string, criterionCode: string, extra: Record<string, unknown> = {}) => ({
  id, planId: 'p1', schoolId: SCHOOL, schoolYear: '2026-2027', rowId, criterionCode, description,
  lead: 'Tổ chuyên môn', timeline: 'Cả năm', budget: null, status: 'DONE', percentDone: 100,
  updatedAt: '2027-05-20T03:00:00Z', moneySpent: 0, leadUserId: null, timelineStart: '2026-09-01',
  timelineEnd: '2027-05-31', recurring: false, dueState: 'ON_TRACK', result: null, resultExplanation: null, resultAt: null,
  removedAt: null, ...extra,
});

const a1 = action('a1', 'Bồi dưỡng giáo viên dạy học tích cực', 'row-12', '1.2', { result: 'ACHIEVED' });
const a2 = action('a2', 'Dự giờ, góp ý chuyên đề', 'row-12', '1.2', { result: 'NOT_ACHIEVED', resultExplanation: 'Chỉ dự được 3/6 chuyên đề.' });
const a3 = action('a3', 'Sửa chữa phòng học', 'row-31', '3.1', { result: 'ACHIEVED' });
const a4 = action('a4', 'Mua bàn ghế mới', 'row-31', '3.1');

const rowResults = (a4Result: string | null) => ({
  items: [
    { rowId: 'row-12', criterionCode: '1.2', result: 'PARTLY_ACHIEVED', resultLabel: 'Đạt một phần', actions: 2, actionsWithResult: 2, explanations: ['Chỉ dự được 3/6 chuyên đề.'] },
    a4Result
      ? { rowId: 'row-31', criterionCode: '3.1', result: 'ACHIEVED', resultLabel: 'Đạt', actions: 2, actionsWithResult: 2, explanations: [] }
      : { rowId: 'row-31', criterionCode: '3.1', result: null, resultLabel: null, actions: 2, actionsWithResult: 1, explanations: [] },
  ],
});

const open = async (name: string) => fireEvent.click(await screen.findByRole('button', { name: `Chi tiết công việc: ${name}` }));

describe('ProgressPage: year-end results by plan row', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("sums up each row's result and reads it again after a result is recorded", async () => {
    let recorded: string | null = null;
    const current = () => ({ ...a4, result: recorded });
    const api = fakeRoutes({
      'GET /api/monitoring/actions': () => ({ items: [a1, a2, a3, current()] }),
      'GET /api/monitoring/actions/a4': () => ({ action: current(), notes: [] }),
      'GET /api/monitoring/actions/a4/evidence': { items: [] },
      'GET /api/monitoring/plans/p1/row-results': () => rowResults(recorded),
      'PUT /api/monitoring/actions/a4/result': (call: { body: { result: string } }) => {
        recorded = call.body.result;
        return current();
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    renderWithApp(<ProgressPage />);

    const rows = await screen.findByTestId('row-results');
    expect(await within(rows).findByText('Tiêu chí 1.2: đạt một phần (2/2 công việc có kết quả)')).toBeInTheDocument();
    expect(within(rows).getByText('– Chỉ dự được 3/6 chuyên đề.')).toBeInTheDocument();
    expect(within(rows).getByText('Tiêu chí 3.1: chưa đủ kết quả (1/2)')).toBeInTheDocument();

    await open('Mua bàn ghế mới');
    const drawer = await screen.findByTestId('action-drawer');
    fireEvent.mouseDown(within(drawer).getByLabelText('Kết quả'));
    const options = await screen.findAllByTitle('Đạt');
    fireEvent.click(options[options.length - 1]);
    fireEvent.click(within(drawer).getByRole('button', { name: 'Ghi kết quả' }));

    expect(await within(rows).findByText('Tiêu chí 3.1: đạt (2/2 công việc có kết quả)')).toBeInTheDocument();
    const put = api.calls.find((c) => c.method === 'PUT')!;
    expect(put.path).toBe('/api/monitoring/actions/a4/result');
    expect(put.body).toEqual({ result: 'ACHIEVED', explanation: null });
    expect(api.calls.filter((c) => c.path === '/api/monitoring/plans/p1/row-results').length).toBeGreaterThanOrEqual(2);
  });

  it('in English too', async () => {
    vi.stubGlobal(
      'fetch',
      fakeRoutes({
        'GET /api/monitoring/actions': { items: [a1, a2, a3, a4] },
        'GET /api/monitoring/plans/p1/row-results': rowResults(null),
      }).fetch,
    );
    renderWithApp(<ProgressPage />, { language: 'en' });
    expect(await screen.findByText('Criterion 1.2: partly achieved (2/2 actions with a result)')).toBeInTheDocument();
    expect(screen.getByText('Criterion 3.1: results incomplete (1/2)')).toBeInTheDocument();
  });

  it("never lists a removed action and shows the service's detail when a write hits one (409 action-removed)", async () => {
    let removed = false;
    const api = fakeRoutes({
      'GET /api/monitoring/actions': () => ({
        items: [a1, removed ? undefined : a4, action('gone', 'Việc đã bỏ', 'row-99', '5.1', { removedAt: '2027-01-10T03:00:00Z' })].filter(Boolean),
      }),
      'GET /api/monitoring/actions/a4': { action: a4, notes: [] },
      'GET /api/monitoring/actions/a4/evidence': { items: [] },
      'GET /api/monitoring/plans/p1/row-results': rowResults(null),
      'POST /api/monitoring/actions/a4/progress': () => {
        removed = true;
        return problem(409, 'Không thể thực hiện lúc này (Conflict)', {
          type: 'https://eqip.vn/problems/action-removed',
          detail: 'Công việc này đã bị bỏ khỏi kế hoạch khi điều chỉnh kế hoạch; tiến độ và minh chứng đã báo cáo vẫn được lưu nhưng không cập nhật thêm được (action a4 was removed by an amendment of the plan).',
        });
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    renderWithApp(<ProgressPage />);

    expect(await screen.findByText('Mua bàn ghế mới')).toBeInTheDocument();
    expect(screen.queryByText('Việc đã bỏ')).not.toBeInTheDocument();

    await open('Mua bàn ghế mới');
    const drawer = await screen.findByTestId('action-drawer');
    fireEvent.click(within(drawer).getByRole('button', { name: 'Gửi cập nhật' }));

    const alert = await within(drawer).findByRole('alert');
    expect(alert).toHaveTextContent('Không thể thực hiện lúc này');
    expect(alert).toHaveTextContent('Công việc này đã bị bỏ khỏi kế hoạch khi điều chỉnh kế hoạch');
    // the list is read again: the action is gone from it, the problem stays in the drawer
    await vi.waitFor(() => expect(api.calls.filter((c) => c.path === '/api/monitoring/actions').length).toBe(2));
    await vi.waitFor(() => expect(screen.queryByTestId('action-a4')).not.toBeInTheDocument());
    expect(within(drawer).getByRole('alert')).toHaveTextContent('Công việc này đã bị bỏ');
  });

  it('shows an action removed by an amendment read-only', async () => {
    const removedA4 = { ...a4, removedAt: '2027-01-10T03:00:00Z' };
    vi.stubGlobal(
      'fetch',
      fakeRoutes({
        'GET /api/monitoring/actions': { items: [a4] },
        'GET /api/monitoring/actions/a4': { action: removedA4, notes: [] },
        'GET /api/monitoring/actions/a4/evidence': { items: [] },
        'GET /api/monitoring/plans/p1/row-results': rowResults(null),
      }).fetch,
    );
    renderWithApp(<ProgressPage />);

    await open('Mua bàn ghế mới');
    expect(await screen.findByTestId('action-removed')).toHaveTextContent('Công việc này đã bị bỏ khỏi kế hoạch khi điều chỉnh kế hoạch (ngày 10/01/2027)');
    const drawer = screen.getByTestId('action-drawer');
    expect(within(drawer).queryByRole('button', { name: 'Gửi cập nhật' })).not.toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: 'Ghi kết quả' })).not.toBeInTheDocument();
    expect(within(drawer).queryByLabelText('Chọn tệp minh chứng')).not.toBeInTheDocument();
  });
});
