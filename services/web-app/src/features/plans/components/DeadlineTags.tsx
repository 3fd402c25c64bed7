import { Space, Tag, Typography } from 'antd';
import { formatDate } from '../../../shared/format/format';
import { useT } from '../../../shared/i18n/I18nProvider';
import type { Deadlines } from '../api/plansApi';

/** The plan's deadlines (GET /plans/{id} `deadlines`): "Hạn nộp: dd/MM/yyyy", "Nộp muộn", the review's. */
export function DeadlineTags({ deadlines, status }: { deadlines?: Deadlines | null; status: string }) {
  const t = useT();
  if (!deadlines) return null;
  const { submissionDeadline, lateSubmission, reviewDueAt, reviewOverdue } = deadlines;
  if (!submissionDeadline && !lateSubmission && !reviewDueAt && !reviewOverdue) return null;
  return (
    <Space size={4} wrap data-testid="plan-deadlines">
      {submissionDeadline && (
        <Typography.Text type="secondary">{t('workflow.deadline', { date: formatDate(submissionDeadline) })}</Typography.Text>
      )}
      {lateSubmission && <Tag color="red">{t('workflow.lateSubmission')}</Tag>}
      {status === 'SUBMITTED' && reviewDueAt && (
        <Typography.Text type="secondary">{t('workflow.reviewDue', { date: formatDate(reviewDueAt) })}</Typography.Text>
      )}
      {reviewOverdue && <Tag color="volcano">{t('workflow.reviewOverdue')}</Tag>}
    </Space>
  );
}
