import { Card, Skeleton, Space, Tabs, Typography } from 'antd';
import { useSession } from '../../../shared/auth/AuthProvider';
import { hasAnyRole } from '../../../shared/auth/user';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useT } from '../../../shared/i18n/I18nProvider';
import { previousSchoolYear } from '../../department/api/reportsApi';
import {
  AttainmentCard,
  HeatmapCard,
  ProgressCard,
  SubmissionsCard,
  YearOverYearCard,
} from '../../department/components/ReportCards';
import { DownloadButton, ReportScopeBar, useReportScope } from '../../department/components/ReportScope';

/** Every consolidated report, one per tab, each downloadable as Excel (reviewers and department). */
export function ReportsPage() {
  const t = useT();
  const scope = useReportScope();
  const linkSchools = hasAnyRole(useSession().user, ['dept-admin', 'platform-admin']);
  const query = scope.schoolYear ? { schoolYear: scope.schoolYear, orgUnitId: scope.orgUnitId } : undefined;
  return (
    <>
      <PageTitle>{t('menu.reports')}</PageTitle>
      <ReportScopeBar scope={scope} />
      {!query ? (
        <Skeleton active />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small">
            <Space wrap>
              <Typography.Text>{t('reports.rollup')}</Typography.Text>
              <DownloadButton report="rollup" query={{ ...query }} />
            </Space>
          </Card>
          <Tabs
            items={[
              { key: 'submissions', label: t('reports.submissions'), children: <SubmissionsCard query={query} linkSchools={linkSchools} /> },
              { key: 'attainment', label: t('reports.attainment'), children: <AttainmentCard query={query} scope={scope} linkSchools={linkSchools} /> },
              { key: 'heatmap', label: t('reports.heatmap'), children: <HeatmapCard query={query} linkSchools={linkSchools} /> },
              { key: 'progress', label: t('reports.progress'), children: <ProgressCard query={query} scope={scope} /> },
              {
                key: 'yoy',
                label: t('reports.yearOverYear.tab'),
                children: <YearOverYearCard from={previousSchoolYear(query.schoolYear)} to={query.schoolYear} orgUnitId={query.orgUnitId} linkSchools={linkSchools} />,
              },
            ]}
          />
        </Space>
      )}
    </>
  );
}
