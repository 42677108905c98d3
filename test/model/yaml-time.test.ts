import { expect } from '@open-wc/testing';
import { toUtcIso } from '../../src/model/deadline.js';
import { readPosting } from '../../src/model/from-json.js';
import { readYamlTime } from '../../src/model/yaml-time.js';

/** The card's reading of `closes` as Jekyll's jsonify wrote it: the instant, what it is unsure of, the warnings. */
function read(closes: string, timeZone = 'Europe/London') {
  const r = readPosting({ title: 'Research Engineer', closes, timeZone, applyUrl: 'https://my.corehr.com/x' });
  if (!r.ok) throw new Error(r.error);
  const deadline = r.value.deadline;
  if (!deadline) throw new Error('no deadline');
  return { closesAt: toUtcIso(deadline.closesAt), unsure: deadline.unsure, warnings: r.warnings };
}

describe('closing times that went through Jekyll’s YAML unquoted', () => {
  describe('as the Jekyll include writes them (the build zone’s name last: no zone was typed)', () => {
    it('12:00 typed, built in London in summer: 12:00 in the posting’s zone, as typed', () => {
      const r = read('2031-07-15 13:00:00 +0100 BST');
      expect(r.closesAt).to.equal('2031-07-15T11:00:00Z');
      expect(r.unsure).to.equal(undefined);
      expect(r.warnings.join('\n')).to.match(/closes: "2031-07-15 13:00:00 \+0100 BST" is a time Jekyll's YAML read from an unquoted value, in UTC unless a zone was typed; quote it: closes: "2031-07-15T12:00"/);
    });

    it('the same typed time built in UTC or New York reads the same', () => {
      expect(read('2031-07-15 12:00:00 +0000 UTC').closesAt).to.equal('2031-07-15T11:00:00Z');
      expect(read('2031-07-15 08:00:00 -0400 EDT').closesAt).to.equal('2031-07-15T11:00:00Z');
    });

    it('a zone with no abbreviation (Ruby prints "-03") still marks a time typed without a zone', () => {
      expect(read('2031-07-15 09:00:00 -0300 -03', 'America/Sao_Paulo').closesAt).to.equal('2031-07-15T15:00:00Z');
    });

    it('the day before, when the build zone is ahead of UTC past midnight', () => {
      expect(read('2031-01-01 01:00:00 +0900 JST', 'Asia/Tokyo').closesAt).to.equal('2030-12-31T07:00:00Z');
    });
  });

  describe('as plain jsonify writes them', () => {
    it('"UTC" last: Z was typed, and that instant stands', () => {
      const r = read('2031-07-15 12:00:00 UTC');
      expect(r.closesAt).to.equal('2031-07-15T12:00:00Z');
      expect(r.unsure).to.equal(undefined);
      expect(r.warnings.join('\n')).to.match(/quote it: closes: "2031-07-15T12:00"/);
    });

    it('an offset: the instant as written, unsure, naming the time it may mean and the fix', () => {
      const r = read('2031-07-15 13:00:00 +0100');
      expect(r.closesAt).to.equal('2031-07-15T12:00:00Z');
      expect(r.unsure).to.deep.equal({ code: 'yaml-time', other: '2031-07-15 12:00' });
      expect(r.warnings.join('\n')).to.match(/read from an unquoted value, in UTC unless a zone was typed; quote it: closes: "2031-07-15T12:00"/);
    });

    it('an offset that gives the same instant either way is not unsure', () => {
      const r = read('2031-01-15 12:00:00 +0000');
      expect(r.closesAt).to.equal('2031-01-15T12:00:00Z');
      expect(r.unsure).to.equal(undefined);
      expect(r.warnings.join('\n')).to.match(/quote it: closes: "2031-01-15T12:00"/);
    });
  });

  it('leaves every other way of writing a time to the ISO reader', () => {
    for (const text of ['2031-07-15T12:00', '2031-07-15 12:00', '2031-07-15', '2031-07-15T12:00:00+01:00', '2031-07-15 12:00:00 +0100 BST extra', '2031-07-15 12:00 +0100 BST', '2031-07-15 12:00:00 GMT']) {
      expect(readYamlTime(text, 'Europe/London'), text).to.equal(undefined);
    }
  });
});
