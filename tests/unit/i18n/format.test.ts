import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateRange,
  formatMoney,
  formatNumber,
  formatPeriod,
  formatRatio,
} from '../../../src/i18n/format.ts';
import { t } from '../../../src/i18n/t.ts';
import { en } from '../../../src/i18n/messages.ts';
import { id } from '../../../src/i18n/messages.id.ts';

// Intl output may use narrow/no-break spaces; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('formats USD compactly in English and Indonesian', () => {
    expect(formatMoney(228_800_000, 'USD', 'en')).toBe('US$228.8m');
    expect(plain(formatMoney(228_800_000, 'USD', 'id'))).toBe('US$228,8 jt');
  });
  it('understands a scaled unit', () => {
    expect(formatMoney(154.7, 'USD million', 'en')).toBe('US$154.7m');
  });
  it('keeps a unit it does not know next to the number', () => {
    expect(formatMoney(1200, 'tonnes', 'en')).toBe('1,200 tonnes');
    expect(plain(formatMoney(1200.5, 'tonnes', 'id'))).toBe('1.200,5 tonnes');
  });
});

describe('dates', () => {
  it('formats a day, a month and a year at their own precision', () => {
    expect(formatDate('2023-07-26', 'en')).toBe('26 Jul 2023');
    expect(formatDate('2023-07-26', 'id')).toMatch(/^26 Jul 2023$/);
    expect(formatPeriod('2023-06', 'en')).toBe('June 2023');
    expect(formatPeriod('2023-06', 'id')).toBe('Juni 2023');
    expect(formatPeriod('2023', 'id')).toBe('2023');
  });
  it('returns input it cannot parse unchanged', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
  });
  it('collapses a range within a month', () => {
    expect(plain(formatDateRange('2023-07-25', '2023-07-28', 'en'))).toMatch(
      /^25\s?–\s?28 Jul 2023$/,
    );
    expect(formatDateRange('2023-07-26', '2023-07-26', 'en')).toBe('26 Jul 2023');
  });
  it('does not shift dates with the timezone', () => {
    // The date is a calendar date: formatted in UTC whatever TZ the process has.
    expect(formatDate('2023-01-01', 'en')).toBe('1 Jan 2023');
  });
});

describe('numbers', () => {
  it('uses the language grouping and decimal marks', () => {
    expect(formatNumber(12345.6, 'en')).toBe('12,345.6');
    expect(formatNumber(12345.6, 'id')).toBe('12.345,6');
    expect(formatRatio(8.12, 'en')).toBe('×8.1');
    expect(formatRatio(8.12, 'id')).toBe('×8,1');
  });
});

describe('t', () => {
  it('fills placeholders and translates', () => {
    expect(t('en', 'count.shown', { shown: 3, total: 9 })).toBe('3 of 9 shown');
    expect(t('id', 'count.shown', { shown: 3, total: 9 })).toBe('3 dari 9 ditampilkan');
  });
  it('has every English key in Indonesian, each non-empty', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect(id[key].length).toBeGreaterThan(0);
  });
});
