import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AssessmentPage } from './AssessmentPage';
import { PRINCIPAL_HE_MUONG, renderWithApp } from '../../../test/render';
import { fakeRoutes, problem } from '../../../test/fakeRoutes';
import { currentSchoolYear, shiftSchoolYear } from '../../../shared/format/schoolYear';

const SCHOOL = PRINCIPAL_HE_MUONG.orgUnit!;
const YEAR = currentSchoolYear();
const LAST_YEAR = shiftSchoolYear(YEAR, -1);

const catalog = {
  id: 'TH-2018',
  schoolLevel: 'PRIMARY',
  circular: '17/2018/TT-BGDĐT',
  criteria: [
    { code: '1.1', standardNo: 1, standardTitle: 'Tổ chức và quản lý nhà trường', title: 'Phương hướng, chiến lược', hasLevel3: true },
    { code: '1.2', standardNo: 1, standardTitle: 'Tổ chức và quản lý nhà trường', title: 'Hội đồng trường', hasLevel3: false },
    { code: '2.1', standardNo: 2, standardTitle: 'Cán bộ quản lý, giáo viên', title: 'Đối với hiệu trưởng', hasLevel3: true },
  ],
  level4Requirements: [
    { no: 1, summary: 'Chương trình tiên tiến', verified: true },
    { no: 2, summary: 'Thư viện hiện đại', verified: true },
  ],
};

const lastYear = {
  id: 'a1', schoolId: SCHOOL, schoolYear: LAST_YEAR, kind: 'SELF', version: 1, status: 'FINISHED', framework: 'TH-2018',
  summary: { level1: { met: 3, total: 3 }, level2: { met: 3, total: 3 }, level3: { met: 1, total: 2 }, level4: { met: 0, total: 2 } },
  overallLevel: 2, summaryLine: 'Mức 1: 3/3 · Mức 2: 3/3 · Mức 3: 1/2 · Mức 4: 0/2',
  criteria: [{ code: '1.1', level: 3 }, { code: '1.2', level: 2 }, { code: '2.1', level: 2 }],
  level4: [{ no: 1, met: false }, { no: 2, met: false }], recordedBy: 'principal.hemuong', finishedAt: '2025-10-01T03:00:00Z',
};

function routes(extra: Record<string, unknown> = {}) {
  return fakeRoutes({
    [`GET /api/registry/schools/${SCHOOL}`]: { id: SCHOOL, code: 'HM', name: 'Trường Tiểu học Hẹ Muông', framework: 'TH-2018' },
    'GET /api/registry/frameworks/TH-2018': catalog,
    'GET /api/plans/assessments': { items: [lastYear] },
    ...extra,
  });
}

describe('AssessmentPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });

  it('lists the criteria by standard with their titles and updates the summary line as levels are chosen', async () => {
    const api = routes({
      'POST /api/plans/assessments': (call: { body: { finish: boolean } }) => ({ ...lastYear, id: 'a2', schoolYear: YEAR, status: call.body.finish ? 'FINISHED' : 'DRAFT' }),
    });
    vi.stubGlobal('fetch', api.fetch);
    const user = userEvent.setup();
    renderWithApp(<AssessmentPage />);

    expect(await screen.findByText('Tiêu chuẩn 1: Tổ chức và quản lý nhà trường')).toBeInTheDocument();
    expect(screen.getByText('Tiêu chuẩn 2: Cán bộ quản lý, giáo viên')).toBeInTheDocument();
    expect(screen.getByText(/Phương hướng, chiến lược/)).toBeInTheDocument();
    // started from last year's finished result
    const summary = screen.getByTestId('assessment-live-summary');
    expect(summary).toHaveTextContent('Mức 1: 3/3 · Mức 2: 3/3 · Mức 3: 1/2 · Mức 4: 0/2');
    expect(screen.getByText(new RegExp(`điền sẵn từ kết quả năm học ${LAST_YEAR}`))).toBeInTheDocument();

    // level 3 only where the criterion has one
    expect(within(screen.getByTestId('level-1.2')).queryByText('Mức 3')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('level-2.1')).getByText('Mức 3')).toBeInTheDocument();

    await user.click(within(screen.getByTestId('level-2.1')).getByText('Mức 3'));
    expect(summary).toHaveTextContent('Mức 1: 3/3 · Mức 2: 3/3 · Mức 3: 2/2 · Mức 4: 0/2');
    await user.click(within(screen.getByTestId('level-1.2')).getByText('Chưa đạt'));
    expect(summary).toHaveTextContent('Mức 1: 2/3 · Mức 2: 2/3 · Mức 3: 2/2 · Mức 4: 0/2');
    await user.click(screen.getByLabelText(/Yêu cầu 2: Thư viện hiện đại/));
    expect(summary).toHaveTextContent('Mức 4: 1/2');

    await user.click(screen.getByRole('button', { name: 'Lưu nháp' }));
    expect(await screen.findByText('Đã lưu nháp (bản 1).')).toBeInTheDocument();
    const post = api.calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({
      schoolId: SCHOOL,
      schoolYear: YEAR,
      kind: 'SELF',
      criteria: [{ code: '1.1', level: 3 }, { code: '1.2', level: 0 }, { code: '2.1', level: 3 }],
      level4: [{ no: 1, met: false }, { no: 2, met: true }],
      finish: false,
    });
  });

  it("shows the service's Vietnamese field errors when finishing fails", async () => {
    vi.stubGlobal(
      'fetch',
      routes({
        'GET /api/plans/assessments': { items: [] },
        'POST /api/plans/assessments': () =>
          problem(422, 'Dữ liệu không hợp lệ', {
            errors: [{ field: 'criteria', message: 'Chưa đánh giá 3 tiêu chí: 1.1, 1.2, 2.1.' }],
          }),
      }).fetch,
    );
    const user = userEvent.setup();
    renderWithApp(<AssessmentPage />);

    expect(await screen.findByTestId('assessment-live-summary')).toHaveTextContent('Mức 1: 0/3 · Mức 2: 0/3 · Mức 3: 0/2 · Mức 4: 0/2');
    await user.click(screen.getByRole('button', { name: 'Hoàn thành đánh giá' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dữ liệu không hợp lệ');
    expect(alert).toHaveTextContent('Chưa đánh giá 3 tiêu chí: 1.1, 1.2, 2.1.');
  });

  it('lists earlier assessments with their summary and compares one with the previous', async () => {
    vi.stubGlobal(
      'fetch',
      routes({
        'GET /api/plans/assessments/a1/comparison': {
          assessmentId: 'a1', schoolYear: LAST_YEAR, summaryLine: lastYear.summaryLine,
          previous: { assessmentId: 'a0', schoolYear: shiftSchoolYear(LAST_YEAR, -1), version: 1, summaryLine: 'Mức 1: 3/3 · Mức 2: 2/3 · Mức 3: 0/2 · Mức 4: 0/2' },
          rose: [{ code: '1.1', from: 2, to: 3 }], fell: [], unchanged: 2,
        },
      }).fetch,
    );
    const user = userEvent.setup();
    renderWithApp(<AssessmentPage />);

    expect(await screen.findByText('đã hoàn thành')).toBeInTheDocument();
    expect(screen.getByText('01/10/2025 10:00')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'So sánh' }));
    const comparison = await screen.findByTestId('assessment-comparison');
    expect(comparison).toHaveTextContent('Tăng mức (1)');
    expect(comparison).toHaveTextContent('Tiêu chí 1.1: 2 → 3');
  });
});
