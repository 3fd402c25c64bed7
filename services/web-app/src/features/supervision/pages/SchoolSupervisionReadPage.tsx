import { Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useApiData } from '../../../shared/api/useApiData';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useT } from '../../../shared/i18n/I18nProvider';
import { schoolsApi } from '../../schools/api/schoolsApi';
import { SupervisionReports } from '../components/SupervisionReports';

/**
 * One school's supervision reports, read-only, for reviewers (and the department): reached from the
 * school names of the reports' tables (`/reports`).
 */
export function SchoolSupervisionReadPage() {
  const t = useT();
  const { schoolId = '' } = useParams();
  // the name only titles the page: without it the reports are still shown
  const school = useApiData((signal) => schoolsApi.get(schoolId, signal), [schoolId]);
  return (
    <>
      <Link to="/reports">← {t('supervision.back')}</Link>
      <PageTitle>{school.data ? t('supervision.titleOf', { school: school.data.name }) : t('supervision.title')}</PageTitle>
      <Typography.Paragraph type="secondary">{t('supervision.intro')}</Typography.Paragraph>
      <SupervisionReports schoolId={schoolId} canFile={false} />
    </>
  );
}
