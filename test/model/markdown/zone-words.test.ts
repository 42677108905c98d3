import { expect } from '@open-wc/testing';
import { isoOffset, offsetOf, zoneWordIn } from '../../../src/model/markdown/zone-words.js';

describe('zoneWordIn finds the zone a deadline sentence names', () => {
  const cases: [string, { word: string; timeZone: string; offset?: number } | undefined][] = [
    ['by 5pm UK time on 7 March', { word: 'UK time', timeZone: 'Europe/London' }],
    ['by midnight UK time on the 2nd of June', { word: 'UK time', timeZone: 'Europe/London' }],
    ['12 noon (UK time) on Friday', { word: 'UK time', timeZone: 'Europe/London' }],
    ['5pm Eastern Standard Time', { word: 'Eastern Standard Time', timeZone: 'America/New_York' }],
    ['at 23:59 CEST', { word: 'CEST', timeZone: 'Europe/Paris', offset: 120 }],
    ['12:00am EST', { word: 'EST', timeZone: 'America/New_York', offset: -300 }],
    ['11.00pm AEST', { word: 'AEST', timeZone: 'Australia/Sydney', offset: 600 }],
    ['noon GMT', { word: 'GMT', timeZone: 'Etc/GMT', offset: 0 }],
    ['23:59 AoE', { word: 'AoE', timeZone: 'Etc/GMT+12', offset: -720 }],
    // US pages write the zone's letters alone after the time; elsewhere they are other words.
    ['May 31st, 2025 (11:59 PM PT)', { word: 'PT', timeZone: 'America/Los_Angeles' }],
    ['by 5pm ET on Friday', { word: 'ET', timeZone: 'America/New_York' }],
    ['noon CT', { word: 'CT', timeZone: 'America/Chicago' }],
    ['after the CT scan on 5 May', undefined],
    ['Smith ET al. 2021', undefined],
    ['by 5pm pt', undefined],
    // CST names China and the American Central zone: no reading rather than a wrong one.
    ['5pm CST', undefined],
    ['a full-time post; at the same time we', undefined],
    ['the best time to apply is now', undefined],
  ];
  for (const [text, zone] of cases) {
    it(`${JSON.stringify(text)} → ${zone?.word ?? 'none'}`, () => expect(zoneWordIn(text)).to.deep.equal(zone));
  }
});

describe('offsetOf', () => {
  it('reads a place word in the offset of that day', () => {
    const uk = { word: 'UK time', timeZone: 'Europe/London' };
    expect(offsetOf(uk, { year: 2022, month: 1, day: 7, hour: 17, minute: 0 })).to.equal(0);
    expect(offsetOf(uk, { year: 2022, month: 5, day: 22, hour: 17, minute: 0 })).to.equal(60);
  });
  it('reads an abbreviation literally, whatever the season', () => {
    expect(offsetOf({ word: 'CET', timeZone: 'Europe/Paris', offset: 60 }, { year: 2022, month: 7, day: 1, hour: 12, minute: 0 })).to.equal(60);
  });
});

describe('isoOffset', () => {
  it('writes minutes east of UTC as ISO 8601 does', () => {
    expect([120, -300, 570, 0].map(isoOffset)).to.deep.equal(['+02:00', '-05:00', '+09:30', '+00:00']);
  });
});
