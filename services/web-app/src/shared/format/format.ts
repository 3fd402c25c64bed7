/**
 * Vietnamese formatting, the same whatever the UI language (the documents and the law use it):
 * dates dd/MM/yyyy, numbers 1.234.567, percentages 21,1%, money "1.234.567 đ".
 * Every screen formats through these helpers, never with toLocaleString or by hand.
 */

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

const EMPTY = '–';

function isBlank(value: unknown): value is null | undefined | '' {
  return value === null || value === undefined || value === '';
}

/** 1234567 → "1.234.567"; 1234.5 → "1.234,5". Empty for null/undefined/NaN. */
export function formatNumber(value: number | null | undefined): string {
  if (isBlank(value) || Number.isNaN(value)) return EMPTY;
  return numberFormat.format(value);
}

/** Money in đồng: 1234567 → "1.234.567 đ" (đồng have no fractions; rounded). */
export function formatMoney(value: number | null | undefined): string {
  if (isBlank(value) || Number.isNaN(value)) return EMPTY;
  return `${integerFormat.format(Math.round(value))} đ`;
}

/**
 * A ratio as a percentage with one decimal: 0.2114 → "21,1%". Use {@link formatPercentOf} when the
 * value is already a percentage (21.14 → "21,1%").
 */
export function formatPercent(ratio: number | null | undefined, decimals = 1): string {
  if (isBlank(ratio) || Number.isNaN(ratio)) return EMPTY;
  return formatPercentOf(ratio * 100, decimals);
}

/** A value already in percent: 21.14 → "21,1%", 100 → "100%". */
export function formatPercentOf(percent: number | null | undefined, decimals = 1): string {
  if (isBlank(percent) || Number.isNaN(percent)) return EMPTY;
  const text = new Intl.NumberFormat('vi-VN', {
    minimumFractionDigits: 0,
    maximumFractionDigits: decimals,
  }).format(percent);
  return `${text}%`;
}

/** met of total as a percentage: (4, 19) → "21,1%"; total 0 → "–". */
export function formatShare(met: number, total: number): string {
  return total > 0 ? formatPercent(met / total) : EMPTY;
}

/**
 * A date as dd/MM/yyyy. Accepts an ISO date ("2026-11-23"), an ISO instant
 * ("2026-11-23T01:02:03Z", shown in Vietnam's time zone) or a Date.
 */
export function formatDate(value: string | Date | null | undefined): string {
  if (isBlank(value)) return EMPTY;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return EMPTY;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')}`;
}

/** An instant as dd/MM/yyyy HH:mm in Vietnam's time zone. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (isBlank(value)) return EMPTY;
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return EMPTY;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}
