import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { SchoolSupervisionPage } from './SchoolSupervisionPage';
import { SchoolSupervisionReadPage } from './SchoolSupervisionReadPage';
import { SchoolPage } from '../../schools/pages/SchoolPage';
import { PRINCIPAL_HE_MUONG, renderWithApp } from '../../../test/render';
import { fakeRoutes, problem, type FakeCall } from '../../../test/fakeRoutes';
import { currentSchoolYear } from '../../../shared/format/schoolYear';
import { supervisionPeriods } from '../api/supervisionApi';

vi.setConfig({ testTimeout: 60_000 });

const SCHOOL = PRINCIPAL_HE_MUONG.orgUnit!;
const YEAR = currentSchoolYear();
const FIRST = YEAR.slice(0, 4);
const REPORTS = `/api/monitoring/schools/${SCHOOL}/supervision-reports`;
const STAFF = { ...PRINCIPAL_HE_MUONG, username: 'staff.hemuong', name: 'Lò Thị Hoa', roles: ['staff' as const] };
const REVIEWER = { username: 'reviewer.dienbien', name: 'Quàng Văn Hùng', roles: ['reviewer' as const], tenant: 'dienbien', orgUnit: 'prov' };

const report = (period: string, extra: Record<string, unknown> = {}) => ({
  id: `r-${period}`,
  schoolId: SCHOOL,
  schoolYear: YEAR,
  period,
  findings: 'Các tổ chuyên môn thực hiện đúng kế hoạch; việc sửa phòng học chậm 2 tuần.',
  recommendations: 'Đẩy nhanh sửa chữa phòng học trước kỳ thi.',
  summary: {
    actionsTotal: 1250,
    byStatus: { NOT_STARTED: 200, IN_PROGRESS: 640, DONE: 400, PAUSED: 10 },
    byDueState: { OVERDUE: 37, DUE_SOON: 5, ON_TRACK: 900, NO_DATE: 300, RECURRING: 8 },
    moneySpent: 1_234_567,
  },
  filedBy: 'principal.hemuong',
  // 18:30 UTC on 31 October is already 1 November in Việt Nam
  filedAt: `${FIRST}-10-31T18:30:00Z`,
  ...extra,
});

/** Picks an option of an AntD Select by its form label. */
async function choose(label: string, option: string) {
  fireEvent.mouseDown(screen.getByLabelText(label));
  const options = await screen.findAllByTitle(option);
  fireEvent.click(options[options.length - 1]);
}

function type(label: string, text: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value: text } });
}

describe('supervision reports', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });

  it("lists the year's reports with their figures and files the report of a new period", async () => {
    let items = [report('HK1')];
    const api = fakeRoutes({
      [`GET ${REPORTS}`]: () => ({ items }),
      [`POST ${REPORTS}`]: (call: FakeCall) => {
        const created = report('HK2', { ...(call.body as object), filedBy: 'staff.hemuong', filedAt: `${Number(FIRST) + 1}-01-15T03:00:00Z` });
        items = [...items, created];
        return created;
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    renderWithApp(<SchoolSupervisionPage />, { user: STAFF });

    expect(await screen.findByRole('heading', { name: 'Báo cáo giám sát' })).toBeInTheDocument();
    const hk1 = await screen.findByTestId('supervision-HK1');
    expect(within(hk1).getByText('Học kỳ I')).toBeInTheDocument();
    expect(within(hk1).getByText(`Lập bởi principal.hemuong, ngày 01/11/${FIRST}`)).toBeInTheDocument();
    const figure = (label: string) => within(hk1).getByText(label).closest('.ant-descriptions-item') as HTMLElement;
    expect(figure('Tổng số công việc')).toHaveTextContent('1.250');
    expect(figure('Hoàn thành')).toHaveTextContent('400');
    expect(figure('Đang thực hiện')).toHaveTextContent('640');
    expect(figure('Quá hạn')).toHaveTextContent('37');
    expect(figure('Kinh phí đã chi')).toHaveTextContent('1.234.567 đ');
    expect(within(hk1).getByText('Đẩy nhanh sửa chữa phòng học trước kỳ thi.')).toBeInTheDocument();
    expect(api.calls[0].url.searchParams.get('schoolYear')).toBe(YEAR);

    // the period already filed cannot be chosen again
    fireEvent.mouseDown(screen.getByLabelText('Kỳ báo cáo'));
    const filed = await screen.findByTitle('Học kỳ I (đã có báo cáo)');
    expect(filed.closest('.ant-select-item-option')).toHaveClass('ant-select-item-option-disabled');
    expect(screen.getByTitle(`Tháng 10/${FIRST}`)).toBeInTheDocument();
    fireEvent.click(screen.getByTitle('Học kỳ II'));
    type('Nhận xét, phát hiện', '  Đã sửa xong 5/5 phòng học.  ');
    type('Kiến nghị', '');
    fireEvent.click(screen.getByRole('button', { name: 'Lập báo cáo' }));

    expect(await screen.findByTestId('supervision-HK2')).toBeInTheDocument();
    const post = api.calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({ schoolYear: YEAR, period: 'HK2', findings: 'Đã sửa xong 5/5 phòng học.', recommendations: null });
    expect(within(screen.getByTestId('supervision-HK2')).getByText(`Lập bởi staff.hemuong, ngày 15/01/${Number(FIRST) + 1}`)).toBeInTheDocument();
    expect(await screen.findByText('Đã lập báo cáo giám sát kỳ Học kỳ II.')).toBeInTheDocument();
    // the draft is gone once filed
    expect(Object.keys(sessionStorage)).toEqual([]);
  });

  it("shows the service's field errors under their fields", async () => {
    const api = fakeRoutes({
      [`GET ${REPORTS}`]: { items: [] },
      [`POST ${REPORTS}`]: () =>
        problem(422, 'Dữ liệu chưa hợp lệ (Validation failed)', {
          detail: 'Báo cáo giám sát chưa hợp lệ: …',
          errors: [
            { field: 'period', message: `Tháng ${FIRST}-10 không thuộc năm học ${YEAR} (từ tháng 8/${FIRST} đến tháng 7/${Number(FIRST) + 1}).` },
            { field: 'findings', message: 'Nhận xét tối đa 10000 ký tự.' },
          ],
        }),
    });
    vi.stubGlobal('fetch', api.fetch);
    renderWithApp(<SchoolSupervisionPage />);

    expect(await screen.findByText(`Chưa có báo cáo giám sát nào trong năm học ${YEAR}.`)).toBeInTheDocument();
    await choose('Kỳ báo cáo', `Tháng 10/${FIRST}`);
    type('Nhận xét, phát hiện', 'Nhận xét dài.');
    type('Kiến nghị', 'Không.');
    fireEvent.click(screen.getByRole('button', { name: 'Lập báo cáo' }));

    const under = (label: string) => screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
    await vi.waitFor(() => expect(under('Kỳ báo cáo')).toHaveTextContent(`Tháng ${FIRST}-10 không thuộc năm học ${YEAR}`), { timeout: 5000 });
    expect(under('Nhận xét, phát hiện')).toHaveTextContent('Nhận xét tối đa 10000 ký tự.');
    expect(api.calls.find((c) => c.method === 'POST')!.body).toEqual({
      schoolYear: YEAR,
      period: `${FIRST}-10`,
      findings: 'Nhận xét dài.',
      recommendations: 'Không.',
    });
    // every error sits under its field: no general alert
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says clearly that the period was filed meanwhile (409) and keeps the typing as a draft', async () => {
    let gets = 0;
    const api = fakeRoutes({
      [`GET ${REPORTS}`]: () => ({ items: gets++ === 0 ? [] : [report('HK1', { filedBy: 'staff.khac' })] }),
      [`POST ${REPORTS}`]: () =>
        problem(409, 'Không thể thực hiện lúc này (Conflict)', {
          type: 'https://eqip.vn/problems/supervision-report-exists',
          detail: `Trường đã có báo cáo giám sát kỳ HK1 năm học ${YEAR} (a report for this period already exists).`,
        }),
    });
    vi.stubGlobal('fetch', api.fetch);
    renderWithApp(<SchoolSupervisionPage />);

    await screen.findByText(`Chưa có báo cáo giám sát nào trong năm học ${YEAR}.`);
    await choose('Kỳ báo cáo', 'Học kỳ I');
    type('Nhận xét, phát hiện', 'Nhận xét của tổ.');
    fireEvent.click(screen.getByRole('button', { name: 'Lập báo cáo' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Học kỳ I đã có báo cáo giám sát');
    expect(alert).toHaveTextContent(`Trường đã có báo cáo giám sát kỳ HK1 năm học ${YEAR}`);
    // the list is read again and shows the report filed meanwhile
    expect(await screen.findByTestId('supervision-HK1')).toHaveTextContent('staff.khac');
    expect(screen.getByLabelText('Nhận xét, phát hiện')).toHaveValue('Nhận xét của tổ.');
    expect(JSON.parse(sessionStorage.getItem(`eqip.supervision.draft.${SCHOOL}.${YEAR}`)!)).toMatchObject({ findings: 'Nhận xét của tổ.' });
  });

  it('lets a reviewer read a school’s reports without a form', async () => {
    const api = fakeRoutes({
      [`GET ${REPORTS}`]: { items: [report('HK1'), report(`${FIRST}-10`, { recommendations: null })] },
      [`GET /api/registry/schools/${SCHOOL}`]: { id: SCHOOL, name: 'Trường Tiểu học Hẹ Muông' },
    });
    vi.stubGlobal('fetch', api.fetch);
    renderWithApp(
      <Routes>
        <Route path="/reports/schools/:schoolId/supervision" element={<SchoolSupervisionReadPage />} />
      </Routes>,
      { user: REVIEWER, path: `/reports/schools/${SCHOOL}/supervision` },
    );

    expect(await screen.findByRole('heading', { name: 'Báo cáo giám sát – Trường Tiểu học Hẹ Muông' })).toBeInTheDocument();
    const october = await screen.findByTestId(`supervision-${FIRST}-10`);
    expect(within(october).getByText(`Tháng 10/${FIRST}`)).toBeInTheDocument();
    expect(within(october).getByText('Không có kiến nghị.')).toBeInTheDocument();
    expect(screen.getByTestId('supervision-HK1')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lập báo cáo' })).not.toBeInTheDocument();
    expect(api.calls.every((c) => c.method === 'GET')).toBe(true);
  });

  it('shows the reports on the department’s page of a school', async () => {
    const api = fakeRoutes({
      [`GET ${REPORTS}`]: { items: [report('HK1')] },
      [`GET /api/registry/schools/${SCHOOL}`]: { id: SCHOOL, code: 'TH-HM', name: 'Trường Tiểu học Hẹ Muông', levelLabel: 'Tiểu học', typeLabel: 'Công lập' },
    });
    vi.stubGlobal('fetch', api.fetch);
    renderWithApp(
      <Routes>
        <Route path="/admin/schools/:schoolId" element={<SchoolPage />} />
      </Routes>,
      { user: { ...REVIEWER, username: 'admin.dienbien', roles: ['dept-admin'] }, path: `/admin/schools/${SCHOOL}` },
    );

    expect(await screen.findByRole('heading', { name: 'Báo cáo giám sát' })).toBeInTheDocument();
    expect(await screen.findByTestId('supervision-HK1')).toHaveTextContent('1.234.567 đ');
    expect(screen.queryByRole('button', { name: 'Lập báo cáo' })).not.toBeInTheDocument();
  });

  it('offers the terms and the twelve months of the school year', () => {
    expect(supervisionPeriods('2026-2027')).toEqual([
      'HK1', 'HK2',
      '2026-08', '2026-09', '2026-10', '2026-11', '2026-12',
      '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07',
    ]);
  });
});
