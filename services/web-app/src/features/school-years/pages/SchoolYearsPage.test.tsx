import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { SchoolYearsPage } from './SchoolYearsPage';
import { fakeApi, renderWithApp } from '../../../test/render';
import type { User } from '../../../shared/auth/user';

const ADMIN: User = { username: 'admin.dienbien', name: 'Quản trị', roles: ['dept-admin'], tenant: 'dienbien', orgUnit: 'prov' };

describe('SchoolYearsPage', { timeout: 120_000 }, () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the school years with their deadlines as dd/MM/yyyy, newest first', async () => {
    vi.stubGlobal(
      'fetch',
      fakeApi({
        '/api/registry/school-years': {
          items: [
            { schoolYear: '2025-2026', submissionDeadline: '2025-09-30', progressReportDates: [], status: 'CLOSED' },
            { schoolYear: '2026-2027', submissionDeadline: '2026-09-30', progressReportDates: ['2026-12-31', '2027-05-31'], status: 'OPEN' },
          ],
        },
      }),
    );
    renderWithApp(<SchoolYearsPage />, { user: ADMIN, path: '/admin/school-years' });

    expect(await screen.findByText('30/09/2026')).toBeInTheDocument();
    expect(screen.getByText('31/12/2026, 31/05/2027')).toBeInTheDocument();
    expect(screen.getByText('Đang mở')).toBeInTheDocument();
    expect(screen.getByText('Đã đóng')).toBeInTheDocument();
    // only the open year can be closed
    expect(screen.getAllByText('Đóng năm học')).toHaveLength(1);
    const rows = document.querySelectorAll('tbody tr');
    expect(rows[0]).toHaveTextContent('2026-2027');
  });
});
