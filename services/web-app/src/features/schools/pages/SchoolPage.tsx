import { Card, Descriptions, Skeleton, Space } from 'antd';
import { Link, useParams } from 'react-router';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { PageTitle } from '../../../shared/components/PageTitle';
import { formatDate } from '../../../shared/format/format';
import { useT } from '../../../shared/i18n/I18nProvider';
import { SupervisionReports } from '../../supervision/components/SupervisionReports';
import { schoolsApi } from '../api/schoolsApi';

/** One school of the department (the end of the dashboards' drill-down), with its supervision reports. */
export function SchoolPage() {
  const t = useT();
  const { schoolId = '' } = useParams();
  const { data, error, reload } = useApiData((signal) => schoolsApi.get(schoolId, signal), [schoolId]);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/admin/schools">← {t('schools.back')}</Link>
      {error ? (
        <>
          <PageTitle>{t('schools.title')}</PageTitle>
          <ErrorAlert error={error} onRetry={reload} />
        </>
      ) : !data ? (
        <Skeleton active />
      ) : (
        <>
          <PageTitle>{data.name}</PageTitle>
          <Card>
            <Descriptions column={{ xs: 1, md: 2 }} data-testid="school-details">
              <Descriptions.Item label={t('schools.code')}>{data.code}</Descriptions.Item>
              <Descriptions.Item label={t('schools.level')}>{data.levelLabel}</Descriptions.Item>
              <Descriptions.Item label={t('schools.type')}>{data.typeLabel}</Descriptions.Item>
              <Descriptions.Item label={t('schools.principal')}>{data.principalName ?? '–'}</Descriptions.Item>
              <Descriptions.Item label={t('schools.commune')}>{data.commune ?? '–'}</Descriptions.Item>
              <Descriptions.Item label={t('schools.address')}>{data.address ?? '–'}</Descriptions.Item>
              <Descriptions.Item label={t('schools.phone')}>{data.phone ?? '–'}</Descriptions.Item>
              <Descriptions.Item label={t('schools.openedOn')}>{formatDate(data.openedOn)}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={<h3 style={{ margin: 0, fontSize: 18 }}>{t('supervision.title')}</h3>}>
            <SupervisionReports schoolId={data.id} canFile={false} />
          </Card>
        </>
      )}
    </Space>
  );
}
