import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { SchoolDashboardPage } from './SchoolDashboardPage';
import { fakeApi, PRINCIPAL_HE_MUONG, renderWithApp } from '../../../test/render';

const HE_MUONG = PRINCIPAL_HE_MUONG.orgUnit!;

const school = {
  id: HE_MUONG,
  code: 'TH-HM',
  name: 'Trường Tiểu học Hẹ Muông',
  levelLabel: 'Tiểu học',
  typeLabel: 'Công lập',
  principalName: 'Lường Văn Minh',
};

const summary = (l3: number) => ({
  level1: { met: 27, total: 27 },
  level2: { met: 27, total: 27 },
  level3: { met: l3, total: 19 },
  level4: { met: 0, total: 5 },
});

const assessments = {
  items: [
    { id: 'a1', schoolId: HE_MUONG, schoolYear: '2024-2025', kind: 'SELF', version: 1, status: 'FINISHED', summary: summary(2), overallLevel: 2, summaryLine: 'Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 2/19 · Mức 4: 0/5' },
    { id: 'a2', schoolId: HE_MUONG, schoolYear: '2025-2026', kind: 'SELF', version: 1, status: 'FINISHED', summary: summary(4), overallLevel: 2, summaryLine: 'Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4: 0/5' },
  ],
};

const action = (id: string, dueState: string, status = 'IN_PROGRESS', moneySpent = 0) => ({
  id, planId: 'p1', schoolYear: '2025-2026', criterionCode: 'TC 1.1', description: `Hoạt động ${id}`,
  status, percentDone: 40, moneySpent, timelineEnd: '2026-12-01', dueState,
});

const actions = {
  items: [
    action('1', 'OVERDUE', 'IN_PROGRESS', 1_500_000),
    action('2', 'OVERDUE'),
    action('3', 'DUE_SOON'),
    action('4', 'ON_TRACK', 'DONE', 234_567),
  ],
};

describe('SchoolDashboardPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows the user's school, the latest assessment and the overdue and due-soon counts", async () => {
    const fetch = fakeApi({
      [`/api/registry/schools/${HE_MUONG}`]: school,
      '/api/plans/assessments': assessments,
      '/api/monitoring/actions': actions,
      '/api/plans/plans': { items: [], total: 0 },
    });
    vi.stubGlobal('fetch', fetch);

    renderWithApp(<SchoolDashboardPage />);

    expect(await screen.findByTestId('school-name')).toHaveTextContent('Trường Tiểu học Hẹ Muông');
    expect(await screen.findByTestId('assessment-summary')).toHaveTextContent(
      'Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4: 0/5',
    );
    expect(screen.getByText('2025-2026')).toBeInTheDocument();
    expect(screen.getByText('Mức 3: 21,1%')).toBeInTheDocument();
    expect(within(screen.getByTestId('actions-overdue')).getByText('2')).toBeInTheDocument();
    expect(within(screen.getByTestId('actions-due-soon')).getByText('1')).toBeInTheDocument();
    expect(screen.getByText('1.734.567 đ')).toBeInTheDocument();
    expect(screen.getByText('Hoạt động 1')).toBeInTheDocument();
    expect(screen.queryByText('Hoạt động 4')).not.toBeInTheDocument();

    // the school comes from the token, and every call carries the bearer token
    const urls = fetch.mock.calls.map(([url]) => String(url));
    expect(urls).toContain(`/api/plans/assessments?schoolId=${HE_MUONG}`);
    expect(urls).toContain(`/api/monitoring/actions?schoolId=${HE_MUONG}`);
    for (const [, init] of fetch.mock.calls as unknown as [string, RequestInit][]) {
      expect((init.headers as Record<string, string>).Authorization).toBe('Bearer test-token');
    }
  });

  it("shows the service's Vietnamese problem instead of the data when a call fails", async () => {
    vi.stubGlobal(
      'fetch',
      fakeApi({
        [`/api/registry/schools/${HE_MUONG}`]: school,
        '/api/plans/assessments': assessments,
        '/api/plans/plans': { items: [], total: 0 },
        '/api/monitoring/actions': () =>
          new Response(JSON.stringify({ title: 'Dịch vụ tạm thời không sẵn sàng, vui lòng thử lại', status: 503 }), {
            status: 503,
            headers: { 'Content-Type': 'application/problem+json' },
          }),
      }),
    );

    renderWithApp(<SchoolDashboardPage />);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dịch vụ tạm thời không sẵn sàng, vui lòng thử lại',
    );
    expect(await screen.findByTestId('school-name')).toHaveTextContent('Hẹ Muông');
  });

  it('is in English when English is chosen, formats stay Vietnamese', async () => {
    vi.stubGlobal(
      'fetch',
      fakeApi({
        [`/api/registry/schools/${HE_MUONG}`]: school,
        '/api/plans/assessments': { items: [] },
        '/api/monitoring/actions': { items: [] },
        '/api/plans/plans': { items: [], total: 0 },
      }),
    );

    renderWithApp(<SchoolDashboardPage />, { language: 'en' });

    expect(await screen.findByText('The school has no self-assessment yet.')).toBeInTheDocument();
    expect(await screen.findByText('0 đ')).toBeInTheDocument();
  });
});
