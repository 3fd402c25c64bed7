import { api } from '../../../shared/api/client';

/** GET /api/registry/schools/{id}: the fields the school screens read. */
export interface SchoolInfo {
  id: string;
  code: string;
  name: string;
  framework?: string | null;
}

/** GET /api/registry/frameworks/{id} (CatalogView). */
export interface CatalogCriterion {
  code: string;
  standardNo: number;
  standardTitle: string;
  title: string;
  hasLevel3: boolean;
}

export interface Level4Requirement {
  no: number;
  summary: string;
  verified: boolean;
}

export interface Catalog {
  id: string;
  schoolLevel: string;
  circular: string;
  criteria: CatalogCriterion[];
  level4Requirements: Level4Requirement[];
}

export interface LevelCount {
  met: number;
  total: number;
}

export interface LevelSummary {
  level1: LevelCount;
  level2: LevelCount;
  level3: LevelCount;
  level4: LevelCount;
}

/** AssessmentResponse of plans-service. */
export interface AssessmentDetail {
  id: string;
  schoolId: string;
  schoolYear: string;
  kind: string;
  version: number;
  status: 'DRAFT' | 'FINISHED' | string;
  framework: string;
  summary: LevelSummary;
  overallLevel: number;
  summaryLine: string;
  summaryDetail?: string;
  criteria: { code: string; level: number; note?: string | null }[];
  level4: { no: number; met: boolean }[];
  recordedBy: string;
  finishedAt?: string | null;
}

/** GET /api/plans/assessments/{id}/comparison */
export interface Comparison {
  assessmentId: string;
  schoolYear: string;
  summaryLine: string;
  previous?: { assessmentId: string; schoolYear: string; version: number; summaryLine: string } | null;
  rose: { code: string; from: number; to: number }[];
  fell: { code: string; from: number; to: number }[];
  unchanged: number;
}

/** POST /api/plans/assessments (AssessmentRequest). */
export interface AssessmentRequest {
  schoolId: string;
  schoolYear: string;
  kind: 'SELF';
  criteria: { code: string; level: number }[];
  level4: { no: number; met: boolean }[];
  finish: boolean;
}

export const assessmentApi = {
  school: (id: string, signal?: AbortSignal) =>
    api.get<SchoolInfo>(`/api/registry/schools/${encodeURIComponent(id)}`, undefined, signal),
  catalog: (framework: string, signal?: AbortSignal) =>
    api.get<Catalog>(`/api/registry/frameworks/${encodeURIComponent(framework)}`, undefined, signal),
  list: (schoolId: string, signal?: AbortSignal) =>
    api.get<{ items: AssessmentDetail[] }>('/api/plans/assessments', { schoolId }, signal),
  comparison: (id: string, signal?: AbortSignal) =>
    api.get<Comparison>(`/api/plans/assessments/${encodeURIComponent(id)}/comparison`, undefined, signal),
  record: (body: AssessmentRequest) => api.post<AssessmentDetail>('/api/plans/assessments', body),
};

/** The school (from the token's org unit) and its criteria catalog, loaded together. */
export async function schoolWithCatalog(
  schoolId: string,
  signal?: AbortSignal,
): Promise<{ school: SchoolInfo; catalog?: Catalog }> {
  const school = await assessmentApi.school(schoolId, signal);
  const catalog = school.framework ? await assessmentApi.catalog(school.framework, signal) : undefined;
  return { school, catalog };
}

export interface Standard {
  no: number;
  title: string;
  criteria: CatalogCriterion[];
}

/** The catalog's criteria grouped by standard (tiêu chuẩn), in the catalog's order. */
export function standardsOf(catalog: Catalog): Standard[] {
  const byNo = new Map<number, Standard>();
  for (const c of catalog.criteria) {
    let standard = byNo.get(c.standardNo);
    if (!standard) {
      standard = { no: c.standardNo, title: c.standardTitle, criteria: [] };
      byNo.set(c.standardNo, standard);
    }
    standard.criteria.push(c);
  }
  return [...byNo.values()];
}

/**
 * The circulars' level rules (as plans-service's LevelRules): met/applicable per level; level 3
 * counts only criteria that have one; level 4 the requirements met. Unentered criteria count 0.
 */
export function summarise(
  catalog: Catalog,
  levels: Record<string, number | undefined>,
  level4: Record<number, boolean | undefined>,
): LevelSummary & { overallLevel: number } {
  let l1 = 0;
  let l2 = 0;
  let l3 = 0;
  for (const c of catalog.criteria) {
    const level = levels[c.code] ?? 0;
    if (level >= 1) l1++;
    if (level >= 2) l2++;
    if (c.hasLevel3 && level >= 3) l3++;
  }
  const total = catalog.criteria.length;
  const summary = {
    level1: { met: l1, total },
    level2: { met: l2, total },
    level3: { met: l3, total: catalog.criteria.filter((c) => c.hasLevel3).length },
    level4: {
      met: catalog.level4Requirements.filter((r) => level4[r.no]).length,
      total: catalog.level4Requirements.length,
    },
  };
  const all = (c: LevelCount) => c.met === c.total;
  const overallLevel =
    total === 0 || !all(summary.level1)
      ? 0
      : !all(summary.level2)
        ? 1
        : !all(summary.level3)
          ? 2
          : !all(summary.level4)
            ? 3
            : 4;
  return { ...summary, overallLevel };
}

/** "Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4: 0/5" (as the service writes it). */
export function summaryLine(s: LevelSummary): string {
  return ([1, 2, 3, 4] as const)
    .map((n) => `Mức ${n}: ${s[`level${n}`].met}/${s[`level${n}`].total}`)
    .join(' · ');
}

/** The newest assessment of a school year: highest version. */
export function latestOfYear(items: AssessmentDetail[], schoolYear: string): AssessmentDetail | undefined {
  return items.filter((a) => a.schoolYear === schoolYear && a.kind === 'SELF').sort((a, b) => b.version - a.version)[0];
}
