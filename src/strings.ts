/**
 * Every English word the card shows, in one typed table. Placeholders in
 * braces are filled by the formatters; numbers, dates and durations come
 * from Intl in the card's language.
 */
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
  timeLeftLabel: 'Time left to apply',
  left: '{duration} left',
  closingSoon: 'Closing soon',
  closedBadge: 'Closed',
  closedRelative: 'Applications closed {relative}',
  announceDayLeft: '24 hours left to apply for {title}',
  announceHourLeft: '1 hour left to apply for {title}',
  announceClosed: 'Applications for {title} have now closed',
  apply: 'Apply',
  applyFor: ' for {title}',
  applyOn: 'on {host}',
  pause: 'Pause countdown',
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
  errorPrefix: 'This vacancy could not be shown: ',
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

/** Fills `{name}` placeholders in `template`. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
