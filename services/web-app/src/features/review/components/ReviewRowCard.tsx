import { Alert, Card, Form, Input, Radio, Space, Tag, Typography } from 'antd';
import { formatDate, formatDateTime, formatMoney } from '../../../shared/format/format';
import { useT } from '../../../shared/i18n/I18nProvider';
import type { LintItem, PlanAction, PlanRow, Verdict } from '../api/reviewApi';

export interface RowReview {
  verdict?: Verdict;
  comment?: string;
}

/** One row of the plan, read-only, with its lint findings and the reviewer's verdict and comment. */
export function ReviewRowCard({
  row,
  findings,
  value,
  onChange,
  readOnly,
}: {
  row: PlanRow;
  findings: { severity: 'error' | 'warning'; item: LintItem }[];
  value: RowReview;
  onChange: (next: RowReview) => void;
  readOnly: boolean;
}) {
  const t = useT();
  const commentId = `row-comment-${row.id}`;
  return (
    <Card size="small" data-testid={`plan-row-${row.no}`} title={`${row.no}. ${row.label}`} style={{ marginBottom: 12 }}>
      <Typography.Paragraph>
        <Typography.Text strong>{t('review.row.target')}: </Typography.Text>
        {row.target}
      </Typography.Paragraph>
      {row.actions.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('review.row.noActions')}</Typography.Paragraph>
      ) : (
        <ol style={{ paddingLeft: 20, marginBottom: 0 }}>
          {row.actions.map((a) => (
            <li key={a.id}>
              <Typography.Text strong>{a.description}</Typography.Text>
              <div>
                <Typography.Text type="secondary">
                  {t('review.row.lead')}: {a.lead}
                  {a.partners ? ` · ${t('review.row.partners')}: ${a.partners}` : ''} · {t('review.row.timeline')}:{' '}
                  <span>{timelineOf(a)}</span> · {t('review.row.budget')}:{' '}
                  <span>{a.budgetVnd != null ? formatMoney(a.budgetVnd) : (a.budget ?? '–')}</span>
                </Typography.Text>
              </div>
            </li>
          ))}
        </ol>
      )}
      {findings.length > 0 && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 8 }} data-testid="row-findings">
          {findings.map(({ severity, item }, i) => (
            <Alert
              key={i}
              type={severity === 'error' ? 'error' : 'warning'}
              showIcon
              message={
                <>
                  <Tag>{item.code}</Tag>
                  {item.message}
                </>
              }
            />
          ))}
        </Space>
      )}
      {(row.comments ?? []).length > 0 && (
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">{t('review.row.earlierComments')}</Typography.Text>
          {(row.comments ?? []).map((c, i) => (
            <Typography.Paragraph key={i} style={{ marginBottom: 4 }}>
              “{c.comment}” – {c.by}, {formatDateTime(c.at)}
            </Typography.Paragraph>
          ))}
        </div>
      )}
      <Form layout="vertical" style={{ marginTop: 12 }}>
        <Form.Item label={t('review.row.verdict')} style={{ marginBottom: 8 }}>
          <div role="radiogroup" aria-label={t('review.row.verdictOf', { label: row.label })}>
            <Radio.Group
              name={`verdict-${row.id}`}
              disabled={readOnly}
              value={value.verdict}
              onChange={(e) => onChange({ ...value, verdict: e.target.value as Verdict })}
            >
              <Radio value="DAT">{t('review.verdict.DAT')}</Radio>
              <Radio value="CAN_CHINH_SUA">{t('review.verdict.CAN_CHINH_SUA')}</Radio>
            </Radio.Group>
          </div>
        </Form.Item>
        <Form.Item label={t('review.row.comment')} htmlFor={commentId} style={{ marginBottom: 0 }}>
          <Input.TextArea
            id={commentId}
            aria-label={t('review.row.commentOf', { label: row.label })}
            disabled={readOnly}
            autoSize={{ minRows: 1, maxRows: 6 }}
            maxLength={4000}
            value={value.comment}
            onChange={(e) => onChange({ ...value, comment: e.target.value })}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}

function timelineOf(a: PlanAction): string {
  return a.timelineStart || a.timelineEnd
    ? `${formatDate(a.timelineStart)} – ${formatDate(a.timelineEnd)}`
    : (a.timeline ?? '–');
}
