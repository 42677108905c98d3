import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { readPosting } from '../../src/model/from-json.js';
import { toIcs } from '../../src/model/ics.js';
import type { Posting } from '../../src/model/posting.js';
import { seed } from '../helpers.js';

const posting = (input: object): Posting => {
  const r = readPosting(input);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const words = { summary: 'Applications close: T', reminder: '1 day left to apply for T', apply: 'Apply:' };
const NOW = Date.parse('2021-11-01T09:30:00Z');

/** Parses the file back with ical.js, as a calendar would. */
function parse(ics: string): { event: InstanceType<typeof ICAL.Event>; alarm: InstanceType<typeof ICAL.Component> } {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  const alarm = vevent.getFirstSubcomponent('valarm');
  if (!alarm) throw new Error('no VALARM');
  return { event: new ICAL.Event(vevent), alarm };
}

describe('toIcs (RFC 5545), parsed back with ical.js', () => {
  it('the seed: the closing instant, a reminder a day before, the apply link', () => {
    const ics = toIcs(posting(seed), NOW, { ...words, summary: `Applications close: ${seed.title}` }) as string;
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
    const { event, alarm } = parse(ics);
    expect(event.startDate.toJSDate().toISOString()).to.equal('2021-11-15T12:00:00.000Z');
    expect(event.summary).to.equal(`Applications close: ${seed.title}`);
    expect(event.description).to.equal(`Apply: ${seed.applyUrl}`);
    expect(event.component.getFirstPropertyValue('url')).to.equal(seed.applyUrl);
    expect(String(alarm.getFirstPropertyValue('trigger'))).to.equal('-P1D');
    expect(alarm.getFirstPropertyValue('action')).to.equal('DISPLAY');
  });

  it('a date-only deadline is an all-day event on that date', () => {
    const { event } = parse(toIcs(posting({ ...seed, closes: '2025-05-23' }), NOW, words) as string);
    expect(event.startDate.isDate).to.equal(true);
    expect(event.startDate.toString()).to.equal('2025-05-23');
  });

  it('escapes commas, semicolons and newlines in text', () => {
    const { event } = parse(toIcs(posting({ ...seed }), NOW, { ...words, summary: 'A, B; C\nD' }) as string);
    expect(event.summary).to.equal('A, B; C\nD');
  });

  it('writes a backslash as itself, and a lone CR or any other control character never reaches the file', () => {
    const summary = 'A\\B\rC\r\nD\u0000E\u000bF\u007fG\tH';
    const ics = toIcs({ ...posting(seed), organization: 'Lab\rX-INJECTED:1' }, NOW, { ...words, summary }) as string;
    // RFC 5545 §3.1: no CONTROL character but HTAB in a content line; CRLF only between lines.
    expect(ics.split('\r\n').filter((line) => /[\u0000-\u0008\u000a-\u001f\u007f]/.test(line))).to.deep.equal([]);
    const { event } = parse(ics);
    expect(event.summary).to.equal('A\\B\nC\nD E F G\tH');
    expect(event.component.getAllProperties().map((p) => p.name)).not.to.include('x-injected');
  });

  it('quotes a parameter value holding ":", ";" or ",", with no backslash, and drops a DQUOTE', () => {
    const ics = toIcs({ ...posting(seed), organization: 'Torr Lab, Oxford: "Vision"; Engineering' }, NOW, words) as string;
    expect(ics).to.contain('ORGANIZER;CN="Torr Lab, Oxford: Vision; Engineering":mailto:');
    const organizer = parse(ics).event.component.getFirstProperty('organizer');
    expect(organizer?.getParameter('cn')).to.equal('Torr Lab, Oxford: Vision; Engineering');
    expect(organizer?.getFirstValue()).to.equal(`mailto:${seed.contact.email}`);
  });

  it('leaves a plain parameter value unquoted', () => {
    const ics = toIcs({ ...posting(seed), organization: 'University of Oxford' }, NOW, words) as string;
    expect(ics).to.contain('ORGANIZER;CN=University of Oxford:mailto:');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const summary = `Closes: ${'€😀é'.repeat(30)}`;
    const ics = toIcs(posting(seed), NOW, { ...words, summary }) as string;
    const lines = ics.split('\r\n');
    expect(lines.filter((line) => new TextEncoder().encode(line).length > 75)).to.deep.equal([]);
    // Each line alone is whole UTF-8 (no lone surrogate, no split sequence): it encodes and decodes back to itself.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    expect(lines.filter((line) => decoder.decode(new TextEncoder().encode(line)) !== line || /\p{Cs}/u.test(line))).to.deep.equal([]);
    expect(parse(ics).event.summary).to.equal(summary);
  });

  it('has nothing to add without a deadline', () => {
    const { closes: _c, ...open } = seed;
    expect(toIcs(posting(open), NOW, words)).to.equal(undefined);
  });
});
