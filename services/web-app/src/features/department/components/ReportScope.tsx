import { useState } from 'react';
import { App, Breadcrumb, Button, Form, Select, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../../shared/api/errorMessage';
import { useApiData } from '../../../shared/api/useApiData';
import { useSession } from '../../../shared/auth/AuthProvider';
import { useT } from '../../../shared/i18n/I18nProvider';
import { currentSchoolYear, reportsApi, unitTrail, type OrgUnit, type ReportName } from '../api/reportsApi';

export interface Scope {
  schoolYear?: string;
  /** the org unit drilled into; undefined: the caller's own */
  orgUnitId?: string;
  units: OrgUnit[];
  years: string[];
  setSchoolYear: (year: string) => void;
  drillTo: (orgUnitId: string | undefined) => void;
}

/** The school year and org unit of the reports, kept in the address (?schoolYear=&orgUnitId=). */
export function useReportScope(): Scope {
  const [params, setParams] = useSearchParams();
  const years = useApiData((signal) => reportsApi.schoolYears(signal), []);
  const units = useApiData((signal) => reportsApi.orgUnits(signal), []);
  const schoolYear = params.get('schoolYear') ?? (years.data ? currentSchoolYear(years.data.items) : undefined);
  const orgUnitId = params.get('orgUnitId') ?? undefined;
  const update = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  return {
    schoolYear,
    orgUnitId,
    units: units.data?.items ?? [],
    years: (years.data?.items ?? []).map((y) => y.schoolYear).sort().reverse(),
    setSchoolYear: (year) => update('schoolYear', year),
    drillTo: (id) => update('orgUnitId', id),
  };
}

/** The school year picker and the breadcrumb province → org unit (click to go back up). */
export function ReportScopeBar({ scope }: { scope: Scope }) {
  const t = useT();
  const own = useSession().user.orgUnit;
  const trail = unitTrail(scope.units, scope.orgUnitId ?? own);
  const ownIndex = trail.findIndex((u) => u.id === own);
  const visible = ownIndex >= 0 ? trail.slice(ownIndex) : trail;
  return (
    <Space wrap size="large" style={{ marginBottom: 16 }}>
      <Form layout="inline">
        <Form.Item label={t('reports.schoolYear')} htmlFor="report-school-year" style={{ marginBottom: 0 }}>
          <Select
            id="report-school-year"
            style={{ minWidth: 140 }}
            value={scope.schoolYear}
            onChange={scope.setSchoolYear}
            options={scope.years.map((y) => ({ value: y, label: y }))}
          />
        </Form.Item>
      </Form>
      <nav aria-label={t('reports.orgUnitTrail')} data-testid="report-trail">
        <Breadcrumb
          items={
            visible.length
              ? visible.map((u, i) => ({
                  key: u.id,
                  title:
                    i === visible.length - 1 ? (
                      <strong>{u.name}</strong>
                    ) : (
                      <a
                        href="#"
                        onClick={(e) => {
                          e.preventDefault();
                          scope.drillTo(u.id === own ? undefined : u.id);
                        }}
                      >
                        {u.name}
                      </a>
                    ),
                }))
              : [{ key: 'own', title: t('reports.ownUnit') }]
          }
        />
      </nav>
    </Space>
  );
}

/** "Tải Excel" of one report: the same path with format=xlsx. */
export function DownloadButton({ report, query, label }: { report: ReportName; query: Record<string, string | undefined>; label?: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      disabled={!query.schoolYear && !query.to}
      data-testid={`download-${report}`}
      onClick={async () => {
        setBusy(true);
        try {
          await reportsApi.download(report, query);
        } catch (e) {
          const { title, detail } = errorMessage(e, t);
          message.error(detail ? `${title} ${detail}` : title);
        } finally {
          setBusy(false);
        }
      }}
    >
      {label ?? t('dept.common.downloadExcel')}
    </Button>
  );
}
