import { Card, List, Skeleton, Space, Typography } from 'antd';
import { useApiData } from '../../../shared/api/useApiData';
import { ErrorAlert } from '../../../shared/components/ErrorAlert';
import { useT, type Translate } from '../../../shared/i18n/I18nProvider';
import { progressApi, type RowResult } from '../api/progressApi';

/**
 * "Tiêu chí 1.2: đạt một phần (2/2 công việc có kết quả)", or "Tiêu chí 1.2: chưa đủ kết quả (1/2)"
 * while some action of the row has no result yet.
 */
export function rowResultLine(r: RowResult, t: Translate): string {
  const row = r.criterionCode ? t('progress.rowResults.criterion', { code: r.criterionCode }) : t('progress.rowResults.row');
  return r.result
    ? t('progress.rowResults.result', {
        row,
        result: t(`progress.rowResults.${r.result}`),
        n: r.actionsWithResult,
        total: r.actions,
      })
    : t('progress.rowResults.incomplete', { row, n: r.actionsWithResult, total: r.actions });
}

/**
 * The year-end result of each row of a plan, from its actions' results
 * (`GET …/plans/{planId}/row-results`); `refresh` changes after a result is recorded.
 */
export function RowResults({ planId, refresh }: { planId: string; refresh: number }) {
  const t = useT();
  const { data, error, loading, reload } = useApiData((signal) => progressApi.rowResults(planId, signal), [planId, refresh]);
  return (
    <Card size="small" title={<h3 style={{ margin: 0, fontSize: 16 }}>{t('progress.rowResults')}</h3>}>
      <Typography.Paragraph type="secondary">{t('progress.rowResults.hint')}</Typography.Paragraph>
      {error ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : loading && !data ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <List<RowResult>
          size="small"
          data-testid="row-results"
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('progress.rowResults.none') }}
          renderItem={(r) => (
            <List.Item data-testid={`row-result-${r.rowId}`}>
              <Space direction="vertical" size={0}>
                <Typography.Text type={r.result === 'NOT_ACHIEVED' ? 'danger' : r.result ? undefined : 'secondary'}>
                  {rowResultLine(r, t)}
                </Typography.Text>
                {r.explanations.map((e, i) => (
                  <Typography.Text key={i} type="secondary">
                    – {e}
                  </Typography.Text>
                ))}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
