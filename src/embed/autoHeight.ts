/**
 * Tells the host page how tall the embed is, whenever that changes, in the formats hosts already listen for:
 * pym.js, Datawrapper and AMP. Listens only for pym's width message (answered with the height); every other
 * incoming message is ignored.
 */

/** The pym.js message string: "pymxPYMx<childId>xPYMx<type>xPYMx<value>". */
export const pymMessage = (childId: string, type: string, value: string | number) => `pymxPYMx${childId}xPYMx${type}xPYMx${value}`;

/** The three messages one height is announced with. */
export function heightMessages(chartId: string, height: number, childId: string | null): unknown[] {
  const messages: unknown[] = [{ 'datawrapper-height': { [chartId]: height } }, { sentinel: 'amp', type: 'embed-size', height }];
  if (childId) messages.unshift(pymMessage(childId, 'height', height));
  return messages;
}

/** pym adds ?childId=… to the iframe's URL; only a plain id is accepted. */
export function readChildId(search: string): string | null {
  const childId = new URLSearchParams(search).get('childId');
  return childId && /^[\w-]{1,100}$/.test(childId) ? childId : null;
}

export function startAutoHeight(chartId: string, root: HTMLElement, { minIntervalMs = 100 } = {}) {
  if (window.parent === window) return;
  const childId = readChildId(location.search);
  let last = -1;
  let timer = 0;
  let lastSentAt = 0;
  const send = (force = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (!force && height === last) return;
    last = height;
    lastSentAt = performance.now();
    for (const message of heightMessages(chartId, height, childId)) window.parent.postMessage(message, '*');
  };
  // Throttled: at most one message per `minIntervalMs`, and always the final height.
  const schedule = () => {
    if (timer) return;
    const wait = Math.max(0, minIntervalMs - (performance.now() - lastSentAt));
    timer = window.setTimeout(() => {
      timer = 0;
      requestAnimationFrame(() => send());
    }, wait);
  };
  new ResizeObserver(schedule).observe(root);
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || !childId || typeof event.data !== 'string') return;
    if (event.data.startsWith(pymMessage(childId, 'width', ''))) send(true);
  });
  send(true);
}
