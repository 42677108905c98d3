import { css } from 'lit';

/**
 * The card's look. Public `--job-posting-*` properties feed private `--_*`
 * ones; defaults follow the page's colour scheme through `light-dark()`: the
 * card inherits `color-scheme` (light unless the page, or the author on the
 * element, declares dark), never the operating system's on its own.
 */
export const styles = css`
  :host {
    --_accent: var(--job-posting-accent, light-dark(#0b57a4, #8ab4f8));
    --_on-accent: var(--job-posting-on-accent, light-dark(#ffffff, #0b1b2e));
    --_surface: var(--job-posting-surface, light-dark(#ffffff, #1e2227));
    --_text: var(--job-posting-text, light-dark(#1b1f24, #e8eaed));
    --_muted: var(--job-posting-muted, light-dark(#4b5563, #b4bac2));
    --_border: var(--job-posting-border, light-dark(#d0d5dc, #444b54));
    --_warning: var(--job-posting-warning, light-dark(#8a4600, #ffb870));
    --_radius: var(--job-posting-radius, 12px);
    --_font: var(--job-posting-font, inherit);

    display: block;
    /* What content-visibility: auto gave every card before only a list's
       later cards had it: the card lays out and paints on its own. */
    contain: layout style paint;
    /* The card's width where a page sizes it by its content (a flex row,
       a float): the card's own contents never size it (container-type). The
       limits keep that 24rem inside narrow containers (a phone's list). */
    contain-intrinsic-size: auto 24rem;
    min-width: 0;
    max-width: 100%;
    container-type: inline-size;
    font-family: var(--_font);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }

  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  .card {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem 1.25rem;
    max-width: 100%;
  }

  .card.closing-soon {
    border-color: var(--_warning);
  }

  p,
  ul {
    margin: 0.5rem 0 0;
  }

  .badge {
    display: inline-block;
    margin: 0 0 0.25rem;
    padding: 0.1rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.85em;
    font-weight: 600;
  }

  .closing-soon .badge,
  .closing-soon .countdown {
    color: var(--_warning);
  }

  .closed .badge {
    color: var(--_muted);
  }

  .title {
    margin: 0;
    font-size: 1.3em;
    font-weight: 700;
    line-height: 1.25;
  }

  .meta,
  .facts,
  .local-time,
  .muted {
    color: var(--_muted);
  }

  .meta {
    margin-top: 0.25rem;
  }

  .facts {
    list-style: none;
    padding: 0;
  }

  .deadline {
    font-weight: 600;
  }

  .local-time {
    font-weight: 400;
  }

  .deadline-warning {
    margin-top: 0.25rem;
    padding-inline-start: 0.5rem;
    border-inline-start: 3px solid var(--_warning);
    font-size: 0.9em;
  }

  /* Pause stands beside the countdown it controls: under it in a narrow
     card, just after it in a wide one (not at the far edge). Digits are
     tabular, so a tick moves it only when the words change ("10 minutes" to
     "9 minutes"). */
  .countdown-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    justify-items: start;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }

  @container (min-width: 30rem) {
    .countdown-row {
      grid-template-columns: minmax(0, max-content) auto;
      justify-content: start;
    }
  }

  /* Wraps, never clipped (content-visibility paints nothing past the card):
     at a large font or zoom the countdown and "Applications closed …" take
     two lines rather than lose their end (WCAG 1.4.4, 1.4.10); a tick may
     then change the line count, which is the lesser harm. */
  .countdown {
    font-variant-numeric: tabular-nums;
  }

  /* A card as a build writes it (job-posting render): the countdown's and the
     buttons' places are kept, unseen, until script makes them live. */
  .pending {
    visibility: hidden;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .pause,
  .action {
    font: inherit;
    font-size: 0.85em;
    color: var(--_accent);
    background: none;
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0.1rem 0.5rem;
    /* WCAG 2.5.8: at least 24 × 24 CSS px, however the row wraps. */
    min-height: 24px;
    min-width: 24px;
    cursor: pointer;
  }

  .description p {
    margin-top: 0.5rem;
  }

  .more > summary {
    margin-top: 0.5rem;
    color: var(--_accent);
    cursor: pointer;
  }

  /* Prose keeps its own direction (an English advert on a right-to-left page). */
  .description :is(p, li, h1, h2, h3, h4, h5, h6, blockquote) {
    unicode-bidi: plaintext;
  }

  a {
    color: var(--_accent);
  }

  .apply {
    display: inline-block;
    margin-top: 0.75rem;
    padding: 0.5rem 1rem;
    border-radius: 8px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    text-decoration: none;
  }

  .apply-host {
    font-weight: 400;
  }

  .apply:hover {
    text-decoration: underline;
  }

  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  [part='error'] {
    margin: 0;
    color: var(--_text);
  }

  .error {
    border-style: dashed;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Paper: nothing to press, nothing that is wrong tomorrow ("3 days left"),
     the apply address as text, each card whole and light (printers drop
     backgrounds; !important, or job-posting { color-scheme: dark } would win). */
  @media print {
    :host {
      content-visibility: visible;
      color-scheme: light !important;
      break-inside: avoid;
    }
    .countdown-row,
    .actions,
    .more > summary {
      display: none;
    }
    /* A closed <details> prints nothing of its content: paper gets the whole description. */
    .more::details-content {
      display: block;
      content-visibility: visible;
    }
    .apply {
      padding: 0;
      background: none;
      color: inherit;
    }
    .apply::after {
      content: ' ' attr(href);
      font-weight: 400;
    }
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .apply {
      border: 1px solid LinkText;
    }
    .pause,
    .action {
      border-color: ButtonText;
    }
  }
`;
