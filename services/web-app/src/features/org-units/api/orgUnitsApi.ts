import { api } from '../../../shared/api/client';
import type { OrgUnit } from '../../department/api/reportsApi';

export type { OrgUnit };
export const ORG_UNIT_KINDS = ['DEPARTMENT', 'DISTRICT_OFFICE', 'COMMUNE_OFFICE', 'CLUSTER'] as const;

const unit = (id: string) => `/api/registry/org-units/${encodeURIComponent(id)}`;

/** /api/registry/org-units (OrgUnitController) */
export const orgUnitsApi = {
  list: (signal?: AbortSignal) => api.get<{ items: OrgUnit[] }>('/api/registry/org-units', undefined, signal),
  create: (body: { parentId?: string; kind: string; name: string }) => api.post<OrgUnit>('/api/registry/org-units', body),
  rename: (id: string, name: string) => api.patch<OrgUnit>(unit(id), { name }),
  move: (id: string, newParentId: string) => api.post<OrgUnit>(`${unit(id)}/move`, { newParentId }),
  close: (id: string, closedOn?: string) => api.post<OrgUnit>(`${unit(id)}/close`, closedOn ? { closedOn } : {}),
};

export interface TreeNode {
  key: string;
  title: string;
  unit: OrgUnit;
  children: TreeNode[];
}

/** The flat list as a tree (by parentId), children by name. */
export function toTree(units: OrgUnit[]): TreeNode[] {
  const nodes = new Map(units.map((u) => [u.id, { key: u.id, title: u.name, unit: u, children: [] as TreeNode[] }]));
  const roots: TreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: TreeNode[]) => {
    list.sort((a, b) => a.title.localeCompare(b.title, 'vi'));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}
