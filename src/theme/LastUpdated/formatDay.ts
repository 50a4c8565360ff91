/**
 * The day a page was last updated, as Docusaurus writes it ("Dec 2, 2026"), without building an
 * `Intl.DateTimeFormat` for the site's English: a browser's first one loads its date data, tens
 * of milliseconds of a chapter's hydration for one date. Other locales and calendars get Intl.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Docusaurus's format: day, short month and year, in UTC. */
export const DAY_FORMAT: Intl.DateTimeFormatOptions = {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'};

export function formatDay(date: Date, locale: string, calendar: string | undefined): string {
  if ((locale === 'en' || locale === 'en-US') && (calendar === undefined || calendar === 'gregory')) {
    return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
  }
  return new Intl.DateTimeFormat(locale, {calendar, ...DAY_FORMAT}).format(date);
}
