import { Col, Row, Skeleton } from 'antd';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useT } from '../../../shared/i18n/I18nProvider';
import { previousSchoolYear } from '../api/reportsApi';
import { AttainmentCard, HeatmapCard, ProgressCard, SubmissionsCard, YearOverYearCard } from '../components/ReportCards';
import { DownloadButton, ReportScopeBar, useReportScope } from '../components/ReportScope';

/**
 * The department's overview: submission status, level attainment, the criteria heat map,
 * progress and budget, year over year, for a school year and an org unit (drill down by clicking a
 * unit, back up with the breadcrumb; a school opens its page).
 */
export function DepartmentDashboardPage() {
  const t = useT();
  const scope = useReportScope();
  const query = scope.schoolYear ? { schoolYear: scope.schoolYear, orgUnitId: scope.orgUnitId } : undefined;
  return (
    <>
      <PageTitle>{t('reports.dashboard.title')}</PageTitle>
      <ReportScopeBar scope={scope} />
      {query && (
        <div style={{ marginBottom: 16 }}>
          <DownloadButton report="rollup" query={{ ...query }} label={t('reports.rollup.download')} />
        </div>
      )}
      {!query ? (
        <Skeleton active />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <SubmissionsCard query={query} linkSchools />
          </Col>
          <Col xs={24} xl={12}>
            <AttainmentCard query={query} scope={scope} linkSchools />
          </Col>
          <Col xs={24} xl={12}>
            <HeatmapCard query={query} linkSchools />
          </Col>
          <Col xs={24} xl={12}>
            <ProgressCard query={query} scope={scope} />
          </Col>
          <Col xs={24}>
            <YearOverYearCard from={previousSchoolYear(query.schoolYear)} to={query.schoolYear} orgUnitId={query.orgUnitId} linkSchools />
          </Col>
        </Row>
      )}
    </>
  );
}
