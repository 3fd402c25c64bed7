import { describe, expect, it } from 'vitest';
import { en, translate, vi } from './messages';

describe('dictionary', () => {
  it('has every Vietnamese key in English too', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('fills placeholders and defaults to Vietnamese texts', () => {
    expect(translate('vi', 'dashboard.assessment.levelN', { n: 2 })).toBe('Mức 2');
    expect(translate('en', 'dashboard.assessment.levelN', { n: 2 })).toBe('Level 2');
    expect(translate('vi', 'menu.reviewQueue')).toBe('Hàng đợi duyệt');
  });
});
