/**
 * What the card's two buttons do: "Add to calendar" (an .ics file with the
 * deadline and a reminder a day before) and "Copy link" (the Web Share API
 * where the browser has it, else the clipboard).
 */

import { extrasChunk } from './extras-chunk.js';
import { isAbort } from './load/load-document.js';
import type { Posting } from './model/posting.js';
import { fill, strings } from './strings.js';

/** How sharing went: `cancelled` when the visitor closed the share sheet. */
export type ShareResult = 'shared' | 'copied' | 'cancelled' | 'failed';

/** The vacancy as an .ics file: the deadline, a reminder a day before, the apply link. */
export async function calendarFile(p: Posting, now: number): Promise<string | undefined> {
  const { toIcs } = await extrasChunk();
  return toIcs(p, now, {
    summary: fill(strings.calendarSummary, { title: p.title }),
    reminder: fill(strings.calendarReminder, { title: p.title }),
    apply: strings.calendarApply,
  });
}

/** Downloads {@link calendarFile} as `<title>.ics`; false when there is no file to give. */
export async function downloadCalendar(p: Posting): Promise<boolean> {
  const ics = await calendarFile(p, Date.now());
  if (!ics) return false;
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${p.title.replace(/[^\w -]+/g, '').trim().slice(0, 60) || 'vacancy'}.ics`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}

/**
 * Shares the link to the vacancy (its apply page, else this page), or copies
 * it where the browser cannot share or sharing failed other than by the
 * visitor cancelling.
 */
export async function shareLink(p: Posting | undefined): Promise<ShareResult> {
  const url = p?.applyUrl ?? location.href;
  if (typeof navigator.share === 'function' && navigator.canShare?.({ url }) !== false) {
    try {
      await navigator.share({ title: p?.title ?? document.title, url });
      return 'shared';
    } catch (error) {
      if (isAbort(error)) return 'cancelled';
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}

/** What a screen reader hears and the button shows after sharing (after a cancel, nothing is said). */
export function shareAnnouncement(result: ShareResult): string | undefined {
  return result === 'cancelled' ? undefined : { shared: strings.linkShared, copied: strings.linkCopied, failed: strings.linkNotCopied }[result];
}

