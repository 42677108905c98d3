import { css } from 'lit';

export const listStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--job-posting-list-gap, 1rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Long lists: cards after the first two skip layout and paint until
     scrolled near. The first two (a screenful) are drawn at once: Chromium
     draws a first frame of an on-screen card that may skip at its placeholder
     size, and the page would shift when it is drawn for real. */
  .list > li:nth-child(n + 3) > job-posting {
    content-visibility: auto;
  }
  @media print {
    .list > li > job-posting {
      content-visibility: visible;
    }
  }
  .note {
    margin-top: 1.5rem;
  }
  .note-title {
    font-weight: 700;
    font-size: 1.1em;
  }
`;
