import { Tag } from 'antd';
import { useT } from '../../../shared/i18n/I18nProvider';
import type { MessageKey } from '../../../shared/i18n/messages';

const COLORS: Record<string, string> = {
  NONE: 'default',
  DRAFT: 'default',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  APPROVED: 'green',
  WITHDRAWN: 'purple',
};

/** A plan's status as a coloured tag with its Vietnamese name. */
export function PlanStatusTag({ status }: { status: string }) {
  const t = useT();
  const key = `review.status.${status}` as MessageKey;
  return <Tag color={COLORS[status] ?? 'default'}>{t(key) === key ? status : t(key)}</Tag>;
}
