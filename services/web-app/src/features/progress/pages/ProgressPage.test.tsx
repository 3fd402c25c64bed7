import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProgressPage } from './ProgressPage';
import { PRINCIPAL_HE_MUONG, renderWithApp } from '../../../test/render';
import { fakeRoutes, problem } from '../../../test/fakeRoutes';

vi.setConfig({ testTimeout: 150_000 });

const SCHOOL = PRINCIPAL_HE_MUONG.orgUnit!;
const STAFF = { ...PRINCIPAL_HE_MUONG, username: 'staff.hemuong', name: 'Lò Thị Hoa', roles: ['staff' as const] };

const action = (id: string, description: string, dueState: string, status = 'IN_PROGRESS', extra = {}) => ({
  id, planId: 'p1', schoolId: SCHOOL, schoolYear: '2026-2027', criterionCode: '3.1', description,
  lead: 'Kế toán', timeline: 'Tháng 9/2026 – Tháng 10/2026', budget: '350.000.000 đồng', status, percentDone: 40,
  updatedAt: '2026-11-01T03:00:00Z', moneySpent: 120_000_000, leadUserId: null, timelineStart: '2026-09-01',
  timelineEnd: '2026-10-31', recurring: false, dueState, result: null, resultExplanation: null, resultAt: null, ...extra,
});

const actions = [
  action('a1', 'Sửa chữa phòng học', 'OVERDUE'),
  action('a2', 'Ngày hội đọc sách', 'DUE_SOON', 'NOT_STARTED'),
  action('a3', 'Họp hội đồng trường', 'ON_TRACK', 'DONE'),
  { ...action('old', 'Việc năm trước', 'ON_TRACK', 'DONE'), schoolYear: '2025-2026' },
];

describe('ProgressPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows the principal the current year's actions with due badges, and filters the overdue ones", async () => {
    const api = fakeRoutes({ 'GET /api/monitoring/actions': { items: actions }, 'GET /api/monitoring/plans/p1/row-results': { items: [] } });
    vi.stubGlobal('fetch', api.fetch);
    const user = userEvent.setup();
    renderWithApp(<ProgressPage />);

    expect(await screen.findByText('Sửa chữa phòng học')).toBeInTheDocument();
    expect(screen.queryByText('Việc năm trước')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('action-a1')).getByText('Quá hạn')).toBeInTheDocument();
    expect(within(screen.getByTestId('action-a2')).getByText('Sắp đến hạn')).toBeInTheDocument();
    expect(within(screen.getByTestId('action-a1')).getByText('31/10/2026')).toBeInTheDocument();
    expect(within(screen.getByTestId('action-a1')).getByText('120.000.000 đ')).toBeInTheDocument();
    expect(api.calls[0].url.searchParams.get('schoolId')).toBe(SCHOOL);

    await user.click(screen.getByText('Quá hạn (1)'));
    expect(screen.getByText('Sửa chữa phòng học')).toBeInTheDocument();
    expect(screen.queryByText('Ngày hội đọc sách')).not.toBeInTheDocument();
    await user.click(screen.getByText('Sắp đến hạn (1)'));
    expect(screen.getByText('Ngày hội đọc sách')).toBeInTheDocument();
    expect(screen.queryByText('Sửa chữa phòng học')).not.toBeInTheDocument();
  });

  it('lets a staff member report progress on their action and shows the notes', async () => {
    let notes = [{ id: 'n1', status: 'IN_PROGRESS', percentDone: 40, moneySpent: 120_000_000, note: 'Đã sửa 2/5 phòng.', author: 'staff.hemuong', createdAt: '2026-11-01T03:00:00Z' }];
    const api = fakeRoutes({
      'GET /api/monitoring/actions': { items: [actions[0]] },
      'GET /api/monitoring/actions/a1': () => ({ action: actions[0], notes }),
      'GET /api/monitoring/actions/a1/evidence': { items: [] },
      'POST /api/monitoring/actions/a1/progress': (call: { body: { note: string } }) => {
        notes = [...notes, { id: 'n2', status: 'IN_PROGRESS', percentDone: 70, moneySpent: 150_000_000, note: call.body.note, author: 'staff.hemuong', createdAt: '2026-11-20T03:00:00Z' }];
        return { ...actions[0], percentDone: 70 };
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    const user = userEvent.setup();
    renderWithApp(<ProgressPage />, { user: STAFF });

    expect(await screen.findByRole('heading', { name: 'Công việc của tôi' })).toBeInTheDocument();
    expect(api.calls[0].url.searchParams.get('mine')).toBe('true');
    await user.click(await screen.findByRole('button', { name: 'Chi tiết công việc: Sửa chữa phòng học' }));
    expect(await screen.findByText('Đã sửa 2/5 phòng.')).toBeInTheDocument();
    // staff do not assign leads or record results
    expect(screen.queryByText('Giao người chủ trì')).not.toBeInTheDocument();

    const percent = screen.getByLabelText('Phần trăm hoàn thành', { selector: 'input' });
    await user.clear(percent);
    await user.click(percent);
    await user.paste('70');
    const money = screen.getByLabelText('Tổng kinh phí đã chi (đồng)');
    await user.clear(money);
    await user.click(money);
    await user.paste('150000000');
    await user.click(screen.getByLabelText('Ghi chú'));
    await user.paste('Đã sửa 4/5 phòng.');
    await user.click(screen.getByRole('button', { name: 'Gửi cập nhật' }));

    expect(await screen.findByText('Đã sửa 4/5 phòng.')).toBeInTheDocument();
    const post = api.calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({ status: 'IN_PROGRESS', percentDone: 70, moneySpent: 150_000_000, note: 'Đã sửa 4/5 phòng.' });
  });

  it("uploads evidence and shows the server's Vietnamese refusal of a wrong file", async () => {
    let uploads = 0;
    const api = fakeRoutes({
      'GET /api/monitoring/actions': { items: [actions[0]] },
      'GET /api/monitoring/actions/a1': { action: actions[0], notes: [] },
      'GET /api/monitoring/plans/p1/row-results': { items: [] },
      'GET /api/monitoring/actions/a1/evidence': () => ({
        items: uploads > 0
          ? [{ id: 'e1', actionId: 'a1', originalName: 'bien-ban.pdf', contentType: 'application/pdf', size: 2048, uploadedBy: 'principal.hemuong', uploadedAt: '2026-11-02T03:00:00Z', href: '/api/monitoring/evidence/e1' }]
          : [],
      }),
      'POST /api/monitoring/actions/a1/evidence': (call: { body: FormData }) => {
        const file = call.body.get('file') as File;
        if (file.name === 'gia-mao.pdf') {
          return problem(415, 'Loại tệp không được chấp nhận (Unsupported file type)', {
            detail: 'Nội dung tệp không phải PDF, ảnh PNG/JPEG, Word (.doc, .docx) hoặc Excel (.xls, .xlsx).',
          });
        }
        uploads++;
        return { id: 'e1' };
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    const user = userEvent.setup();
    renderWithApp(<ProgressPage />);

    await user.click(await screen.findByRole('button', { name: 'Chi tiết công việc: Sửa chữa phòng học' }));
    expect(await screen.findByText('Chưa có minh chứng.')).toBeInTheDocument();
    const input = screen.getByLabelText('Chọn tệp minh chứng');

    await user.upload(input, new File(['not a pdf'], 'gia-mao.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: /Tải lên/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Loại tệp không được chấp nhận');
    expect(alert).toHaveTextContent('Nội dung tệp không phải PDF');

    await user.upload(input, new File(['%PDF-1.4'], 'bien-ban.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: /Tải lên/ }));
    expect(await screen.findByText('bien-ban.pdf')).toBeInTheDocument();
    expect(screen.getByText(/2 KB · principal.hemuong · 02\/11\/2026 10:00/)).toBeInTheDocument();
    // the principal also assigns the lead and records the year-end result
    expect(screen.getByText('Giao người chủ trì')).toBeInTheDocument();
    expect(screen.getByText('Kết quả cuối năm')).toBeInTheDocument();
  });
});
