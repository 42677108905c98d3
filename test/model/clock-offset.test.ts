import { expect } from '@open-wc/testing';
import { CLOCK_THRESHOLD, clockOffset } from '../../src/model/clock-offset.js';
import { DAY, HOUR, MINUTE, SECOND } from '../../src/model/countdown.js';
import { formatClockOffset } from '../../src/model/format.js';

/** The device's clock when the request was sent (whole seconds, as a Date header is). */
const device = Date.parse('2026-12-02T09:00:00Z');
const http = (ms: number): string => new Date(ms).toUTCString();

describe('clockOffset', () => {
  const cases: [string, string | null, string | null, number, number, number][] = [
    // name, Date, Age, sentAt, receivedAt, offset
    ['a server three days ahead', http(device + 3 * DAY), null, device, device, 3 * DAY],
    ['a server a day behind', http(device - DAY), null, device, device, -DAY],
    ['Age is added: a cache kept it an hour', http(device + 3 * DAY - HOUR), '3600', device, device, 3 * DAY],
    ['Age with spaces around it', http(device + 3 * DAY - HOUR), ' 3600 ', device, device, 3 * DAY],
    ['the device time is the midpoint of request and response', http(device + DAY), null, device - 2 * SECOND, device + 2 * SECOND, DAY],
    ['exactly the threshold counts', http(device + CLOCK_THRESHOLD), null, device, device, CLOCK_THRESHOLD],
    ['under the threshold: the device clock', http(device + CLOCK_THRESHOLD - SECOND), null, device, device, 0],
    ['under the threshold, behind: the device clock', http(device - MINUTE), null, device, device, 0],
    ['Age bringing it under the threshold', http(device - 5 * MINUTE), '240', device, device, 0],
    ['no Date header', null, null, device, device, 0],
    ['no Date header, an Age', null, '100000', device, device, 0],
    ['a Date that is not an HTTP date', '2', null, device, device, 0],
    ['an ISO date is not an HTTP date', new Date(device + 3 * DAY).toISOString(), null, device, device, 0],
    ['an impossible date', 'Wed, 32 Dec 2026 09:00:00 GMT', null, device, device, 0],
    ['an Age that is not whole seconds', http(device + 3 * DAY), '1.5', device, device, 0],
    ['a negative Age', http(device + 3 * DAY), '-60', device, device, 0],
  ];
  for (const [name, date, age, sentAt, receivedAt, offset] of cases) {
    it(name, () => {
      expect(clockOffset(date, age, sentAt, receivedAt)).to.equal(offset);
    });
  }
});

describe('formatClockOffset', () => {
  const cases: [string, number, string][] = [
    ['server ahead: the device is behind', 3 * DAY, "Your device's clock is 3 days behind; times here follow the server's clock."],
    ['server behind: the device is ahead', -(2 * DAY + 5 * HOUR), "Your device's clock is 2 days, 5 hours ahead; times here follow the server's clock."],
    ['to the nearest minute, not rounded down', 3 * DAY - 400, "Your device's clock is 3 days behind; times here follow the server's clock."],
    ['hours and minutes under a day', 5 * HOUR + 3 * MINUTE + 40 * SECOND, "Your device's clock is 5 hours, 4 minutes behind; times here follow the server's clock."],
    ['minutes under an hour', 2 * MINUTE + 10 * SECOND, "Your device's clock is 2 minutes behind; times here follow the server's clock."],
  ];
  for (const [name, offset, expected] of cases) {
    it(name, () => {
      expect(formatClockOffset(offset, 'en-GB')).to.equal(expected);
    });
  }
});
