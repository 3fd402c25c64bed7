import { Alert, Space } from 'antd';
import { useApiData } from '../../../shared/api/useApiData';
import { useT } from '../../../shared/i18n/I18nProvider';
import { plansApi } from '../../plans/api/plansApi';
import { awaitedLevel } from '../../plans/api/workflow';
import { ApprovalSteps } from '../../plans/components/ApprovalSteps';
import type { Plan } from '../api/reviewApi';

/**
 * Whether the signed-in reviewer decides the submitted plan now (ADR 0018): the plan list says so
 * (`decidableByMe`, the caller's org unit is the level awaited). `notMyTurn` only when the list says
 * no; while it loads or if it fails the buttons stay as they were and the service still refuses
 * with 409 not-your-approval-level.
 */
export function useDecisionTurn(plan?: Plan): { notMyTurn: boolean } {
  const submitted = plan?.status === 'SUBMITTED';
  const list = useApiData(
    (signal) =>
      plan && submitted
        ? plansApi.list({ schoolId: plan.schoolId, schoolYear: plan.schoolYear }, signal)
        : Promise.resolve(undefined),
    [plan?.id, plan?.revision, submitted],
  );
  const item = list.data?.items.find((i) => i.id === plan?.id);
  return { notMyTurn: submitted && item?.decidableByMe === false };
}

/** The chain's progress (Phòng … ✓ → Sở … đang chờ) and, when it is not the caller's turn, why. */
export function DecisionTurn({ plan, notMyTurn }: { plan: Plan; notMyTurn: boolean }) {
  const t = useT();
  const item = { status: plan.status, ...plan.workflow };
  const awaited = awaitedLevel(item);
  const hasChain = (plan.workflow?.approvalLevels?.length ?? 0) > 0;
  if (!hasChain && !notMyTurn) return null;
  return (
    <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
      <ApprovalSteps item={item} />
      {notMyTurn && awaited && (
        <Alert type="warning" showIcon role="note" data-testid="not-my-turn" message={t('workflow.turn.notMine', awaited)} />
      )}
    </Space>
  );
}
