import { api, request, withQuery } from '../../../shared/api/client';
import { downloadFile } from '../../../shared/api/download';

export const SCHOOL_LEVELS = ['PRESCHOOL', 'PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY', 'MULTI_LEVEL'] as const;
export const SCHOOL_TYPES = ['CONG_LAP', 'TU_THUC', 'DAN_LAP', 'PTDTBT', 'PTDTNT', 'CHUYEN', 'KHAC'] as const;

/** GET /api/registry/schools/{id} (SchoolView) */
export interface SchoolView {
  id: string;
  code: string;
  name: string;
  level: string;
  levelLabel: string;
  type: string;
  typeLabel: string;
  orgUnitId: string;
  status: string;
  framework?: string | null;
  includedLevels: string[];
  commune?: string | null;
  address?: string | null;
  phone?: string | null;
  principalName?: string | null;
  openedOn?: string | null;
  closedOn?: string | null;
  mergedIntoId?: string | null;
}

export interface SchoolList {
  items: SchoolView[];
  total: number;
  page: number;
  size: number;
}

/** POST /api/registry/schools, PUT /{id} (SchoolRequest) */
export interface SchoolRequest {
  code?: string;
  name?: string;
  level?: string;
  type?: string;
  orgUnitId?: string;
  commune?: string;
  address?: string;
  phone?: string;
  principalName?: string;
  status?: string;
}

/** POST /api/registry/schools/imports (ImportPreview) */
export interface ImportPreview {
  id: string;
  status: string;
  rows: { rowNumber: number; values: Record<string, string>; errors: string[]; action?: string | null; schoolId?: string | null }[];
  validRows: number;
  invalidRows: number;
}

export interface SchoolSearch {
  q?: string;
  level?: string;
  page: number;
  size: number;
}

const school = (id: string) => `/api/registry/schools/${encodeURIComponent(id)}`;

export const schoolsApi = {
  list: (search: SchoolSearch, signal?: AbortSignal) =>
    api.get<SchoolList>('/api/registry/schools', { ...search, sort: 'name' }, signal),
  get: (id: string, signal?: AbortSignal) => api.get<SchoolView>(school(id), undefined, signal),
  create: (body: SchoolRequest) => api.post<SchoolView>('/api/registry/schools', body),
  update: (id: string, body: SchoolRequest) => api.put<SchoolView>(school(id), body),
  template: () => downloadFile('/api/registry/schools/import-template', 'mau-nhap-truong.xlsx'),
  export: () => downloadFile(withQuery('/api/registry/schools/export'), 'danh-sach-truong.xlsx'),
  upload: async (file: File) => {
    const body = new FormData();
    body.append('file', file, file.name);
    const response = await request('POST', '/api/registry/schools/imports', { body });
    return (await response.json()) as ImportPreview;
  },
  commit: (id: string) => api.post<ImportPreview>(`/api/registry/schools/imports/${encodeURIComponent(id)}/commit`),
};
