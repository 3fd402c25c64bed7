import type { PlanStatus } from './plansApi';

/** The workflow fields a plan and a list item share (ADR 0018). */
export interface WorkflowState {
  status: PlanStatus | string;
  amending?: boolean;
  approvalLevels?: string[] | null;
  approvalsGiven?: number;
  awaiting?: string | null;
}

/**
 * The level awaited while SUBMITTED: its name, its number k (1-based) and the number of levels n;
 * undefined when the plan is not waiting for a decision. A chain of no named level is one level,
 * any reviewer in scope (`awaiting` is then "cán bộ thẩm định").
 */
export function awaitedLevel(w: WorkflowState): { name: string; k: number; n: number } | undefined {
  if (w.status !== 'SUBMITTED') return undefined;
  const n = Math.max(1, w.approvalLevels?.length ?? 0);
  const k = Math.min((w.approvalsGiven ?? 0) + 1, n);
  const name = w.awaiting ?? w.approvalLevels?.[k - 1] ?? '';
  return { name, k, n };
}

/** Whether the plan waits at one level of a chain of several (shown as "Chờ … (cấp k/n)"). */
export function isMultiLevel(w: WorkflowState): boolean {
  return (w.approvalLevels?.length ?? 0) > 1;
}

/** The chain of the approval settings: kinds of org unit above a school, nearest first. */
export const CHAIN_KINDS = ['CLUSTER', 'COMMUNE_OFFICE', 'DISTRICT_OFFICE', 'DEPARTMENT'] as const;
export type ChainKind = (typeof CHAIN_KINDS)[number];
