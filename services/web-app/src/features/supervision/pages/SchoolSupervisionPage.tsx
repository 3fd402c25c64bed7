import { Empty, Typography } from 'antd';
import { useSession } from '../../../shared/auth/AuthProvider';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useT } from '../../../shared/i18n/I18nProvider';
import { SupervisionReports } from '../components/SupervisionReports';

/**
 * The school's supervision reports (báo cáo của Tổ giám sát): the principal and staff read the
 * year's reports and file the report of a month or a term.
 */
export function SchoolSupervisionPage() {
  const t = useT();
  const { user } = useSession();
  const schoolId = user.orgUnit;
  return (
    <>
      <PageTitle>{t('supervision.title')}</PageTitle>
      <Typography.Paragraph type="secondary">{t('supervision.intro')}</Typography.Paragraph>
      {schoolId ? <SupervisionReports schoolId={schoolId} canFile /> : <Empty description={t('dashboard.noSchool')} />}
    </>
  );
}
