import { Steps } from 'antd';
import { useT } from '../../../shared/i18n/I18nProvider';
import type { WorkflowState } from '../api/workflow';

/**
 * The approval chain of a submitted plan as steps, nearest the school first: the levels that
 * approved (✓), the one awaited ("Đang chờ"), those after it. Nothing for a plan not waiting for a
 * decision or decided by one unnamed level (any reviewer in scope).
 */
export function ApprovalSteps({ item }: { item: WorkflowState }) {
  const t = useT();
  const levels = item.approvalLevels ?? [];
  if (item.status !== 'SUBMITTED' || levels.length === 0) return null;
  const given = item.approvalsGiven ?? 0;
  return (
    <div role="group" aria-label={t('workflow.chain.label')} data-testid="approval-steps">
      <Steps
        size="small"
        current={Math.min(given, levels.length - 1)}
        items={levels.map((name, i) => ({
          title: name,
          status: i < given ? 'finish' : i === given ? 'process' : 'wait',
          description:
            i < given ? `${t('workflow.chain.approved')} ✓` : i === given ? t('workflow.chain.waiting') : t('workflow.chain.later'),
        }))}
      />
    </div>
  );
}
