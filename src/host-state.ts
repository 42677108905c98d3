/**
 * Reflects an element's `state` — set only by the element — to the `state`
 * attribute (`job-posting[state="closed"]`): written again whenever the page
 * changed it, so the page cannot make another value stick.
 */
export function reflectState<T extends string>(host: HTMLElement, value: T): T {
  if (host.getAttribute('state') !== value) host.setAttribute('state', value);
  return value;
}
