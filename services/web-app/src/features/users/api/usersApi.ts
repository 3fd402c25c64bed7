import { api } from '../../../shared/api/client';

/** GET /api/registry/users (UserView) */
export interface UserView {
  id: string;
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  role: string;
  orgUnitId: string;
  active: boolean;
  createdAt: string;
  temporaryPassword?: string | null;
}

export interface UserRequest {
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  role: string;
  orgUnitId: string;
}

/** POST /api/registry/users/{id}/reassignment (UserReassignment): a missing field keeps its value. */
export interface UserReassignment {
  orgUnitId?: string;
  role?: string;
}

export const GRANTABLE_ROLES = ['reviewer', 'principal', 'staff'] as const;

const user = (id: string) => `/api/registry/users/${encodeURIComponent(id)}`;

export const usersApi = {
  list: (query: { role?: string; active?: boolean; orgUnitId?: string; page: number; size: number }, signal?: AbortSignal) =>
    api.get<{ items: UserView[]; total: number; page: number; size: number }>('/api/registry/users', query, signal),
  create: (body: UserRequest) => api.post<UserView>('/api/registry/users', body),
  deactivate: (id: string) => api.post<UserView>(`${user(id)}/deactivation`),
  reactivate: (id: string) => api.post<UserView>(`${user(id)}/reactivation`),
  reassign: (id: string, change: UserReassignment) => api.post<UserView>(`${user(id)}/reassignment`, change),
};
