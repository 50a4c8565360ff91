// A chapter's "Last updated on <date>" (src/theme/LastUpdated): the site's English dates written
// without Intl, exactly as Intl writes them (what Docusaurus showed before, and the server too).
import {describe, expect, it} from 'vitest';
import {DAY_FORMAT, formatDay} from '../src/theme/LastUpdated/formatDay';

describe('the day a page was last updated', () => {
  it('reads as Intl writes it in English, in UTC, on every day of two years and at both ends of a day', () => {
    const intl = new Intl.DateTimeFormat('en', {calendar: 'gregory', ...DAY_FORMAT});
    const start = Date.UTC(2027, 11, 30);
    for (let day = 0; day < 731; day++) {
      for (const at of [start + day * 86_400_000, start + day * 86_400_000 + 86_399_999]) {
        const date = new Date(at);
        expect(formatDay(date, 'en', 'gregory')).toBe(intl.format(date));
        expect(formatDay(date, 'en', undefined)).toBe(intl.format(date));
      }
    }
    expect(formatDay(new Date(Date.UTC(2026, 11, 2, 23, 30)), 'en', 'gregory')).toBe('Dec 2, 2026');
  });

  it('leaves other locales and calendars to Intl', () => {
    const date = new Date(Date.UTC(2026, 11, 2));
    expect(formatDay(date, 'fr', 'gregory')).toBe(new Intl.DateTimeFormat('fr', {calendar: 'gregory', ...DAY_FORMAT}).format(date));
    expect(formatDay(date, 'en', 'japanese')).toBe(new Intl.DateTimeFormat('en', {calendar: 'japanese', ...DAY_FORMAT}).format(date));
  });
});
