import { api } from '../../../shared/api/client';
import { CHAIN_KINDS, type ChainKind } from '../../plans/api/workflow';

export { CHAIN_KINDS, type ChainKind };

/**
 * GET/PUT /api/plans/settings/approval-chain (ApprovalChainController.ChainResponse): the kinds of
 * org unit above a school that approve its plan, nearest the school first; empty = one level, any
 * reviewer whose scope contains the school.
 */
export interface ApprovalChainSetting {
  kinds: string[];
  updatedBy?: string | null;
  updatedAt?: string | null;
}

const PATH = '/api/plans/settings/approval-chain';

export const approvalChainApi = {
  get: (signal?: AbortSignal) => api.get<ApprovalChainSetting>(PATH, undefined, signal),
  /** dept-admin; 422 (Vietnamese, field `kinds`) for an unknown or repeated kind */
  save: (kinds: ChainKind[]) => api.put<ApprovalChainSetting>(PATH, { kinds }),
};

/** The chosen kinds in the chain's order (nearest the school first), as the service keeps them. */
export function inChainOrder(kinds: Iterable<string>): ChainKind[] {
  const chosen = new Set(kinds);
  return CHAIN_KINDS.filter((k) => chosen.has(k));
}
