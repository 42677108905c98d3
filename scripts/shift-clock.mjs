/**
 * Runs in a page before its scripts (puppeteer's evaluateOnNewDocument): the
 * page's clock starts at `target` (ms since the epoch) and runs on from
 * there. Shared by the corpus scorer and the Jekyll integration test.
 */
export function shiftClock(target) {
  const RealDate = Date;
  const offset = target - RealDate.now();
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate;
}
