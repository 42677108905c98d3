/**
 * Every English word the card shows, in one typed table. Placeholders in
 * braces are filled by the formatters; numbers, dates and durations come
 * from Intl in the card's language.
 */
import type { Unsure } from './model/posting.js';

export const strings = {
  /** "{time}, {date}" — how a time and a date join in a deadline. */
  timeThenDate: '{time}, {date}',
  closes: 'Closes {when}',
  closed: 'Closed {when}',
  yourTime: '{when} your time',
  yourTimeUntil: 'until {when} your time',
  noDeadline: 'No closing date given',
  unsureYear: 'The advert gives no year for this date; {year} is assumed.',
  unsureShared: 'The advert states this date under "{title}".',
  unsurePage: 'The advert states this date once, for all its posts.',
  unsureOrder: 'The advert writes this date in numbers that read both ways; it may mean {other}.',
  unsureMidnight: 'The advert says midnight: read as the end of that day.',
  unsureMidnightStart: 'The advert says 12:00am: read as the start of that day.',
  unsureReviewStart: 'The advert gives the day review of applications begins, not a closing date.',
  unsureYamlTime: 'The site stored this time in a way that can shift it by hours; it may mean {other}.',
  clockBehind: "Your device's clock is {duration} behind; times here follow the server's clock.",
  clockAhead: "Your device's clock is {duration} ahead; times here follow the server's clock.",
  timeLeftLabel: 'Time left to apply',
  left: '{duration} left',
  lessThanAMinute: 'Less than a minute left',
  closingSoon: 'Closing soon',
  closedBadge: 'Closed',
  closedRelative: 'Applications closed {relative}',
  announceDayLeft: '24 hours left to apply for {title}',
  announceHourLeft: '1 hour left to apply for {title}',
  announceClosed: 'Applications for {title} have now closed',
  apply: 'Apply',
  applyFor: ' for {title}',
  applyOn: 'on {host}',
  showDescription: 'Show full description',
  showDescriptionOf: ' of {title}',
  pause: 'Pause countdown',
  addToCalendar: 'Add to calendar',
  copyLink: 'Copy link',
  /** After "Copy link" or "Add to calendar": the button's label for a moment, and what a screen reader hears. */
  linkCopied: 'Link copied',
  linkShared: 'Link shared',
  linkNotCopied: 'Could not copy the link',
  calendarReady: 'Calendar file downloaded',
  calendarFailed: 'Could not make the calendar file',
  calendarSummary: 'Applications close: {title}',
  calendarReminder: '1 day left to apply for {title}',
  calendarApply: 'Apply:',
  resume: 'Resume countdown',
  posts: { one: '{n} post', other: '{n} posts' } as Record<string, string>,
  salaryPer: {
    hour: '{amount} per hour',
    day: '{amount} per day',
    week: '{amount} per week',
    month: '{amount} per month',
    year: '{amount} per year',
  },
  enquiries: 'Informal enquiries: ',
  fundedBy: 'Funded by {funder}',
  reference: 'Ref. {reference}',
  posted: 'Posted {date}',
  loading: 'Loading vacancy…',
  noVacancies: 'No current vacancies',
  /** The error state, for visitors: why it failed goes to the console, the `job-posting-error` event and the element's `error` property. */
  error: 'This vacancy could not be shown.',
  listError: 'The vacancies could not be shown.',
  employmentType: {
    FULL_TIME: 'Full-time',
    PART_TIME: 'Part-time',
    CONTRACTOR: 'Contractor',
    TEMPORARY: 'Temporary',
    INTERN: 'Internship',
    VOLUNTEER: 'Volunteer',
    PER_DIEM: 'Per diem',
    OTHER: 'Other',
  } as Record<string, string>,
};

export type Strings = typeof strings;

type Overrides<T> = { [K in keyof T]?: T[K] extends string ? string : Overrides<T[K]> };

/** Fired on `window` after {@link setStrings}: cards re-render in the new words. */
export const STRINGS_CHANGE = 'job-posting-strings-change';

/**
 * Replaces some of the words every card and list shows — to translate the
 * widget or to change its tone. Placeholders in braces (`{title}`, `{when}` …)
 * must be kept. Cards on the page update at once.
 *
 * @example setStrings({ apply: 'Postuler', left: '{duration} restants' })
 */
export function setStrings(overrides: Overrides<Strings>): void {
  const merge = (target: Record<string, unknown>, source: Record<string, unknown>): void => {
    for (const [key, value] of Object.entries(source)) {
      if (typeof value === 'string' && typeof target[key] === 'string') target[key] = value;
      else if (value && typeof value === 'object' && target[key] && typeof target[key] === 'object') {
        merge(target[key] as Record<string, unknown>, value as Record<string, unknown>);
      }
    }
  };
  merge(strings, overrides);
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(STRINGS_CHANGE));
}

/** Why the reader is unsure of a deadline, in the strings table's words. */
export function unsureText(unsure: Unsure): string {
  switch (unsure.code) {
    case 'year-inferred':
      return fill(strings.unsureYear, { year: String(unsure.year) });
    case 'shared':
      return fill(strings.unsureShared, { title: unsure.title });
    case 'day-month-order':
      return fill(strings.unsureOrder, { other: unsure.other });
    case 'midnight':
      return unsure.read === 'end-of-day' ? strings.unsureMidnight : strings.unsureMidnightStart;
    case 'review-start':
      return strings.unsureReviewStart;
    case 'page':
      return strings.unsurePage;
    case 'yaml-time':
      return fill(strings.unsureYamlTime, { other: unsure.other });
  }
}

/** Fills `{name}` placeholders in `template`. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
