import { Tag } from 'antd';
import { useT } from '../../../shared/i18n/I18nProvider';
import type { MessageKey } from '../../../shared/i18n/messages';

const COLORS: Record<string, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  RETURNED: 'warning',
  APPROVED: 'success',
  WITHDRAWN: 'default',
};

/** A plan's status in words: "Đã phê duyệt", "Bị trả lại"… */
export function PlanStatusTag({ status, testId }: { status: string; testId?: string }) {
  const t = useT();
  return (
    <Tag color={COLORS[status] ?? 'default'} data-testid={testId}>
      {t(`plan.status.${status}` as MessageKey)}
    </Tag>
  );
}
