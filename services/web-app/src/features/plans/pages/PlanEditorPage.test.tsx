import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { PlanEditorPage } from './PlanEditorPage';
import { PRINCIPAL_HE_MUONG, renderWithApp } from '../../../test/render';
import { fakeRoutes, problem } from '../../../test/fakeRoutes';

const SCHOOL = PRINCIPAL_HE_MUONG.orgUnit!;

const action = (id: string, description: string, budget = '5.000.000 đồng') => ({
  id, description, lead: 'Hiệu trưởng', partners: 'Tổ chuyên môn', timeline: 'Tháng 10/2026', budget,
  budgetVnd: 5_000_000, timelineStart: '2026-10-01', timelineEnd: '2026-10-31', recurring: false,
});

function plan(status: string, revision = 7) {
  return {
    id: 'p1', schoolId: SCHOOL, schoolYear: '2026-2027', status, revision, author: 'principal.muongmuon',
    baseline: { assessmentId: 'a1', schoolYear: '2025-2026', summaryLine: 'Mức 1: 25/25 · Mức 2: 25/25 · Mức 3: 8/19 · Mức 4: 0/6' },
    documentNumber: '1/KH-MNS1MM',
    rows: [
      { id: 'r1', no: 1, tier: 'LEVELS_1_TO_3', criterionCode: '3.1', label: 'Tiêu chí 3.1', target: 'Đạt mức 3', actions: [action('x1', 'Sửa chữa phòng học')], comments: [] },
      { id: 'r2', no: 2, tier: 'LEVELS_1_TO_3', criterionCode: '4.1', label: 'Tiêu chí 4.1', target: 'Đạt mức 3', actions: [action('x2', 'Huy động nguồn lực', 'Nguồn xã hội hóa')],
        comments: [{ comment: 'Kinh phí lấy từ nguồn nào?', by: 'reviewer.dienbien', at: '2026-11-20T03:00:00Z' }] },
      { id: 'r3', no: 3, tier: 'LEVEL_4', level4No: 1, label: 'Yêu cầu Mức 4 số 1', target: 'Đáp ứng yêu cầu 1', actions: [action('x3', 'Kế hoạch chiến lược')], comments: [] },
    ],
    history: [
      { from: null, to: 'DRAFT', actor: 'principal.muongmuon', at: '2026-11-01T03:00:00Z' },
      { from: 'DRAFT', to: 'SUBMITTED', actor: 'principal.muongmuon', at: '2026-11-02T03:00:00Z' },
      { from: 'SUBMITTED', to: 'RETURNED', actor: 'reviewer.dienbien', at: '2026-11-20T03:00:00Z', comment: 'Đề nghị bổ sung nhiệm vụ của các tổ chuyên môn.' },
    ],
    document: { purposes: [], legalBases: [], implementation: [], recipients: [], title: 'Kế hoạch cải tiến' },
  };
}

const catalog = {
  id: 'MN-2018', schoolLevel: 'PRESCHOOL', circular: '19/2018/TT-BGDĐT',
  criteria: [
    { code: '3.1', standardNo: 3, standardTitle: 'Cơ sở vật chất', title: 'Phòng học', hasLevel3: true },
    { code: '4.1', standardNo: 4, standardTitle: 'Quan hệ với gia đình', title: 'Ban đại diện cha mẹ', hasLevel3: true },
  ],
  level4Requirements: [{ no: 1, summary: 'Kế hoạch chiến lược', verified: true }],
};

function routes(status: string, extra: Record<string, unknown> = {}) {
  return fakeRoutes({
    'GET /api/plans/plans/p1': plan(status),
    'GET /api/plans/plans/p1/lint': {
      errors: [],
      warnings: [{ rowId: 'r2', rowNo: 2, code: 'budget-unreadable', message: 'Dòng 2: kinh phí "Nguồn xã hội hóa" không đọc được số tiền.' }],
    },
    [`GET /api/registry/schools/${SCHOOL}`]: { id: SCHOOL, code: 'MM', name: 'Trường Mầm non số 1 Mường Mươn', framework: 'MN-2018' },
    'GET /api/registry/frameworks/MN-2018': catalog,
    ...extra,
  });
}

function renderPlan() {
  return renderWithApp(
    <Routes>
      <Route path="/school/plan/:id" element={<PlanEditorPage />} />
    </Routes>,
    { path: '/school/plan/p1' },
  );
}

// a heavy screen (tables, tabs, dialogs) on 2 shared cores
vi.setConfig({ testTimeout: 150_000 });

describe('PlanEditorPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows a returned plan with the reviewer's comments and the findings on their rows, edits a row in place and submits with If-Match", async () => {
    const api = routes('RETURNED', {
      'PUT /api/plans/plans/p1/rows/r2': plan('RETURNED', 8),
      'POST /api/plans/plans/p1/submission': plan('SUBMITTED', 9),
    });
    vi.stubGlobal('fetch', api.fetch);
    const user = userEvent.setup();
    renderPlan();

    expect(await screen.findByTestId('plan-status')).toHaveTextContent('Bị trả lại');
    expect(screen.getByTestId('reviewer-comment')).toHaveTextContent('Đề nghị bổ sung nhiệm vụ của các tổ chuyên môn.');
    const row2 = screen.getByTestId('plan-row-2');
    expect(within(row2).getByTestId('row-comment')).toHaveTextContent('Kinh phí lấy từ nguồn nào?');
    expect(await within(row2).findByTestId('row-finding')).toHaveTextContent('không đọc được số tiền');
    expect(within(screen.getByTestId('plan-row-1')).queryByTestId('row-finding')).not.toBeInTheDocument();
    // grouped by tier and standard, with the standard's title from the catalog
    expect(await screen.findByText('Mức 1 đến Mức 3 – Tiêu chuẩn 3: Cơ sở vật chất')).toBeInTheDocument();
    expect(screen.getByText('Mức 4')).toBeInTheDocument();
    expect(screen.getAllByText(/Tháng 10\/2026 · Kinh phí: 5\.000\.000 đồng/).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Sửa dòng 2' }));
    const budget = await screen.findByLabelText('Kinh phí');
    await user.clear(budget);
    await user.click(budget);
    await user.paste('15.000.000 đồng (xã hội hóa)');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu dòng.')).toBeInTheDocument();
    const put = api.calls.find((c) => c.method === 'PUT')!;
    expect(put.headers['If-Match']).toBe('"7"');
    expect(put.body).toEqual({
      criterionCode: '4.1',
      level4No: null,
      target: 'Đạt mức 3',
      actions: [{ id: 'x2', description: 'Huy động nguồn lực', lead: 'Hiệu trưởng', partners: 'Tổ chuyên môn', timeline: 'Tháng 10/2026', budget: '15.000.000 đồng (xã hội hóa)' }],
    });

    await user.click(screen.getByRole('button', { name: /Nộp để thẩm định/ }));
    expect(await screen.findByText('Đã nộp kế hoạch để thẩm định.')).toBeInTheDocument();
    const submit = api.calls.find((c) => c.path.endsWith('/submission'))!;
    expect(submit.method).toBe('POST');
    expect(submit.headers['If-Match']).toBe('"7"');
  });

  it('says in Vietnamese that someone else changed the plan when the server answers 409', async () => {
    vi.stubGlobal(
      'fetch',
      routes('DRAFT', {
        'POST /api/plans/plans/p1/rows/r1/move': () =>
          problem(409, 'Xung đột', { type: 'https://eqip.vn/problems/concurrent-change' }),
      }).fetch,
    );
    const user = userEvent.setup();
    renderPlan();

    await user.click(await screen.findByRole('button', { name: 'Chuyển dòng 1 xuống' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kế hoạch vừa được người khác thay đổi.');
    expect(within(alert).getByRole('button', { name: 'Tải lại' })).toBeInTheDocument();
  });

  it('shows an approved plan read-only and downloads it as Word with a Vietnamese name', async () => {
    const api = routes('APPROVED', {
      'GET /api/plans/plans/p1/document.docx': () =>
        new Response(new Blob(['PK fake docx']), {
          status: 200,
          headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
        }),
    });
    vi.stubGlobal('fetch', api.fetch);
    const created: string[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      created.push(this.download);
    });
    const user = userEvent.setup();
    renderPlan();

    expect(await screen.findByTestId('plan-status')).toHaveTextContent('Đã phê duyệt');
    expect(screen.queryByRole('button', { name: 'Sửa dòng 1' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Nộp để thẩm định/ })).not.toBeInTheDocument();
    expect(screen.queryByTestId('reviewer-comment')).not.toBeInTheDocument();

    await screen.findByText('Mức 1 đến Mức 3 – Tiêu chuẩn 3: Cơ sở vật chất');
    await user.click(screen.getByRole('button', { name: /Tải về \(Word\)/ }));
    await vi.waitFor(() => expect(created).toEqual(['Kế hoạch cải tiến chất lượng 2026-2027 - Trường Mầm non số 1 Mường Mươn.docx']));
    expect(api.calls.some((c) => c.path === '/api/plans/plans/p1/document.docx')).toBe(true);
    click.mockRestore();
  });
});
