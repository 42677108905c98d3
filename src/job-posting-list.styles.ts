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
  .note {
    margin-top: 1.5rem;
  }
  .note-title {
    font-weight: 700;
    font-size: 1.1em;
  }
`;
