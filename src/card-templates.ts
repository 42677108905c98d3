/**
 * The card's templates: loading, error and a vacancy, split by region. Pure
 * functions of what the card worked out in `willUpdate` (side-effect free, as
 * `render()` must be).
 */

import { html, noChange, nothing, type TemplateResult } from 'lit';
import type { DescriptionMode } from './attributes.js';
import { contactName, type Words } from './card-words.js';
import type { ActionName } from './controllers/actions-controller.js';
import { remainingAt, type DeadlineState } from './model/countdown.js';
import { machineReadable } from './model/deadline.js';
import { formatClockOffset, formatClosedSince, formatCountdown, formatDeadline } from './model/format.js';
import type { Posting } from './model/posting.js';
import { hostOf, httpUrl, mailtoHref } from './model/url.js';
import { fill, strings, unsureText } from './strings.js';

/** Everything a vacancy's template shows, and what its buttons do. */
export interface CardView {
  posting: Posting;
  state: DeadlineState;
  /** The countdown: `now`, `seconds` (false under reduced motion: the last hour counts in minutes), `paused`, and `offset` (server clock minus device clock; 0: the device's). */
  countdown: { readonly now: number; readonly seconds: boolean; readonly paused: boolean; readonly offset: number };
  /**
   * False for the card as a build writes it (and as it hydrates): nothing in it
   * claims a time left or since, and its buttons hold their place unseen until
   * script makes them work.
   */
  live: boolean;
  locale: string | undefined;
  visitorZone: string;
  headingLevel: number;
  words: Words;
  /** The description (sanitised HTML once rendered, else plain paragraphs): whole, or its lead and the rest. */
  description: { readonly view: unknown; readonly lead: unknown; readonly rest: unknown };
  /** How much of it to show: `summary` folds the rest under a disclosure, `none` leaves it out; anything else is `full`. */
  descriptionMode: DescriptionMode;
  /** The description the page holds from the build stays as it is (a pre-rendered card, until its posting changes). */
  descriptionKept: boolean;
  announcement: string;
  /** What an action button says instead of its label for a moment after it was used. */
  said: (action: ActionName) => string | undefined;
  onPause: () => void;
  onCalendar: () => void;
  onShare: () => void;
}

export function loadingTemplate(): TemplateResult {
  return html`<div part="card" class="card loading" aria-busy="true">
      <p class="muted">${strings.loading}</p>
    </div>
    <slot></slot>`;
}

/** The error state in plain words: the reason is for the page's author (console, event, `error`), not the visitor. */
export function errorTemplate(): TemplateResult {
  return html`<div part="card" class="card error">
      <p part="error" role="alert">${strings.error}</p>
    </div>
    <slot></slot>`;
}

export function postingTemplate(v: CardView): TemplateResult {
  const { posting: p, state } = v;
  const closed = state === 'closed';
  const { meta, facts } = v.words;
  // Checked again where they become links, whatever the reading let through.
  const apply = p.applyUrl && !closed ? httpUrl(p.applyUrl) : null;
  const shown = v.descriptionMode !== 'none' && !!p.description;
  // The lab's own enquiries sentence names the address (when shown): the card does not say it again.
  const contact = p.contact && !(shown && descriptionNamesContact(p)) ? p.contact : undefined;
  const mailto = contact ? mailtoHref(contact.email) : null;
  return html`<article part="card" class="card ${state}" aria-labelledby="title">
    ${(state === 'closing-soon' && v.live) || closed
      ? html`<p part="badge" class="badge"><bdi>${closed ? strings.closedBadge : strings.closingSoon}</bdi></p>`
      : nothing}
    <div part="title" id="title" class="title" role="heading" aria-level=${v.headingLevel}><bdi>${p.title}</bdi></div>
    ${meta.length ? html`<p part="meta" class="meta">${meta.map((m, i) => html`${i ? html`<span aria-hidden="true"> · </span>` : nothing}<bdi>${m}</bdi>`)}</p>` : nothing}
    ${facts.length ? html`<ul part="facts" class="facts">${facts.map((f) => html`<li><bdi>${f}</bdi></li>`)}</ul>` : nothing}
    ${deadlineTemplate(v)}
    ${shown ? (v.descriptionKept ? noChange : descriptionTemplate(v)) : nothing}
    ${contact
      ? html`<p part="contact" class="contact">
          ${strings.enquiries}${mailto ? html`<a href=${mailto}>${contactName(contact)}</a>` : contactName(contact)}
        </p>`
      : nothing}
    ${apply
      ? html`<a part="apply" class="apply" href=${apply}
          >${strings.apply}<span class="visually-hidden">${fill(strings.applyFor, { title: p.title })}</span>
          <span class="apply-host">${fill(strings.applyOn, { host: hostOf(apply) })}</span></a
        >`
      : nothing}
    ${actionsTemplate(v)}
    <div class="visually-hidden" role="status" aria-live="polite">${v.announcement}</div>
  </article>`;
}

/** Whether a posting's description names its contact's address: once per posting, not at every tick. */
const namesContact = new WeakMap<Posting, boolean>();
function descriptionNamesContact(p: Posting): boolean {
  let named = namesContact.get(p);
  if (named === undefined) namesContact.set(p, (named = !!p.contact && !!p.description?.toLowerCase().includes(p.contact.email.toLowerCase())));
  return named;
}

/** The description, whole or folded: the lead, then a native disclosure holding the rest (in the DOM, for find-in-page and crawlers). */
function descriptionTemplate(v: CardView): TemplateResult {
  const { description: d, posting: p } = v;
  const rest = v.descriptionMode === 'summary' ? d.rest : undefined;
  return html`<div part="description" class="description">${rest
    ? html`${d.lead}<details class="more"><summary part="more">${strings.showDescription}<span class="visually-hidden">${fill(strings.showDescriptionOf, { title: p.title })}</span></summary>${rest}</details>`
    : d.view}</div>`;
}

function deadlineTemplate(v: CardView): TemplateResult {
  const { deadline: d } = v.posting;
  if (!d) return html`<p class="deadline"><span part="countdown" class="countdown" dir="auto">${strings.noDeadline}</span></p>`;
  const closed = v.state === 'closed';
  const text = formatDeadline(d, { locale: v.locale, visitorTimeZone: v.visitorZone, closed });
  const { now, seconds, paused, offset } = v.countdown;
  const remaining = remainingAt(d.closesAt, now, seconds);
  // As a build writes it: the row's place, empty.
  const pending = v.live ? '' : 'pending';
  return html`<p class="deadline">
      <time part="deadline" datetime=${machineReadable(d)} dir="auto">${text.main}</time>${text.local
        ? html`<span part="local-time" class="local-time"> (<bdi>${text.local}</bdi>)</span>`
        : nothing}
    </p>
    ${d.unsure ? html`<p part="deadline-warning" class="deadline-warning">${unsureText(d.unsure)}</p>` : nothing}
    ${closed || !remaining
      ? html`<p class="countdown-row ${pending}"><span part="countdown" class="countdown" dir="auto">${v.live ? formatClosedSince(d.closesAt, now, v.locale) : '\u00a0'}</span></p>`
      : html`<p class="countdown-row ${pending}">
          <span part="countdown" class="countdown" dir="auto" role="timer" aria-label=${strings.timeLeftLabel}>${v.live ? formatCountdown(remaining, v.locale) : '\u00a0'}</span>
          <button part="pause" class="pause" type="button" @click=${v.onPause}>${paused ? strings.resume : strings.pause}</button>
        </p>`}
    ${offset ? html`<p class="muted">${formatClockOffset(offset, v.locale)}</p>` : nothing}`;
}

function actionsTemplate(v: CardView): TemplateResult | typeof nothing {
  const { posting: p, state } = v;
  const live = state === 'open' || state === 'closing-soon';
  const link = p.applyUrl;
  if (!live && !link) return nothing;
  return html`<p class="actions ${v.live ? '' : 'pending'}">
    ${live && p.deadline
      ? html`<button part="calendar" class="action" type="button" @click=${v.onCalendar}>${v.said('calendar') ?? strings.addToCalendar}</button>`
      : nothing}
    ${link && state !== 'closed'
      ? html`<button part="share" class="action" type="button" @click=${v.onShare}>${v.said('share') ?? strings.copyLink}</button>`
      : nothing}
  </p>`;
}
