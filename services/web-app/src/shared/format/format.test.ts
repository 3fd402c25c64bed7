import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPercentOf,
  formatShare,
} from './format';

describe('formatting (Vietnamese conventions)', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(null)).toBe('–');
  });

  it('shows money in đồng without fractions', () => {
    expect(formatMoney(1234567)).toBe('1.234.567 đ');
    expect(formatMoney(1500.6)).toBe('1.501 đ');
    expect(formatMoney(0)).toBe('0 đ');
    expect(formatMoney(undefined)).toBe('–');
  });

  it('shows percentages with one decimal comma', () => {
    expect(formatPercent(0.2114)).toBe('21,1%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercentOf(21.14)).toBe('21,1%');
    expect(formatShare(4, 19)).toBe('21,1%');
    expect(formatShare(0, 0)).toBe('–');
  });

  it('shows dates as dd/MM/yyyy, instants in Vietnam time', () => {
    expect(formatDate('2026-09-05')).toBe('05/09/2026');
    // 20:00 UTC on 31/12 is already 1 January in Vietnam (UTC+7)
    expect(formatDate('2026-12-31T20:00:00Z')).toBe('01/01/2027');
    expect(formatDateTime('2026-11-23T01:02:03Z')).toBe('23/11/2026 08:02');
    expect(formatDate('not a date')).toBe('–');
    expect(formatDate(null)).toBe('–');
  });
});
