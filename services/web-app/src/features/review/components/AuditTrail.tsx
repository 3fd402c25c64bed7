import { Empty, Timeline, Typography } from 'antd';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { formatDateTime } from '../../../shared/format/format';
import { useT } from '../../../shared/i18n/I18nProvider';
import { reviewApi } from '../api/reviewApi';
import { PlanStatusTag } from './PlanStatusTag';

/** Every transition of the plan: who, when, from, to, comment (oldest first). */
export function AuditTrail({ planId, refresh }: { planId: string; refresh: number }) {
  const t = useT();
  const { data, error, reload } = useApiData((signal) => reviewApi.audit(planId, signal), [planId, refresh]);
  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (!data) return <Typography.Text>{t('common.loading')}</Typography.Text>;
  if (data.items.length === 0) return <Empty description={t('review.audit.empty')} />;
  return (
    <Timeline
      data-testid="audit-trail"
      items={data.items.map((e, i) => ({
        key: i,
        children: (
          <>
            <div>
              {formatDateTime(e.at)} · <strong>{e.actor}</strong>:{' '}
              {e.from && (
                <>
                  <PlanStatusTag status={e.from} /> →{' '}
                </>
              )}
              <PlanStatusTag status={e.to} />
            </div>
            {e.comment && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{e.comment}</Typography.Paragraph>}
          </>
        ),
      }))}
    />
  );
}
