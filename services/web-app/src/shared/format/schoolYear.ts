/**
 * School years as the circulars write them: "2026-2027". A school year starts in September; from
 * 1 August the coming one is the current one (schools prepare their plans in August).
 */
export function currentSchoolYear(today: Date = new Date()): string {
  const year = today.getFullYear();
  const start = today.getMonth() >= 7 ? year : year - 1;
  return `${start}-${start + 1}`;
}

/** "2026-2027" → "2025-2026" (offset -1). */
export function shiftSchoolYear(schoolYear: string, offset: number): string {
  const start = Number(schoolYear.slice(0, 4)) + offset;
  return `${start}-${start + 1}`;
}

/** The school years to choose from: a few back, the current one, one ahead; newest first. */
export function schoolYearChoices(current: string = currentSchoolYear(), back = 3): string[] {
  const years = [shiftSchoolYear(current, 1), current];
  for (let i = 1; i <= back; i++) years.push(shiftSchoolYear(current, -i));
  return years;
}
