/**
 * Tells the host page how tall the embed is, whenever that changes, in the formats hosts already listen for:
 * pym.js, Datawrapper, AMP, and WordPress (only when WordPress gave the frame its secret). Listens only for pym's
 * width message and WordPress's "ready", both answered with the height; every other incoming message is ignored.
 * In WordPress it also hands links the reader follows to the host page, which the sandbox keeps the frame from opening.
 */

/** The pym.js message string: "pymxPYMx<childId>xPYMx<type>xPYMx<value>". */
export const pymMessage = (childId: string, type: string, value: string | number) => `pymxPYMx${childId}xPYMx${type}xPYMx${value}`;

/** A message in WordPress's embed format (wp-embed.js): `{secret, message: 'height' | 'link', value}`. */
export interface WordPressMessage {
  secret: string;
  message: 'height' | 'link';
  value: number | string;
}

/** The messages one height is announced with: pym (with a childId), Datawrapper, AMP, WordPress (with a secret). */
export function heightMessages(chartId: string, height: number, childId: string | null, secret: string | null = null): unknown[] {
  const messages: unknown[] = [{ 'datawrapper-height': { [chartId]: height } }, { sentinel: 'amp', type: 'embed-size', height }];
  if (childId) messages.unshift(pymMessage(childId, 'height', height));
  if (secret) messages.push(wordPressMessage(secret, 'height', height));
  return messages;
}

export const wordPressMessage = (secret: string, message: WordPressMessage['message'], value: WordPressMessage['value']): WordPressMessage => ({
  secret,
  message,
  value,
});

/** pym adds ?childId=… to the iframe's URL; only a plain id is accepted. */
export function readChildId(search: string): string | null {
  const childId = new URLSearchParams(search).get('childId');
  return childId && /^[\w-]{1,100}$/.test(childId) ? childId : null;
}

/**
 * The secret WordPress appends to the frame's address (`#?secret=<10 letters and digits>`), or null. wp-embed.js drops
 * any message whose secret has another character, so a value with one is refused whole, never trimmed to a prefix.
 */
export function readWordPressSecret(hash: string): string | null {
  for (const part of hash.replace(/^#?\??/, '').split('&')) {
    if (!part.startsWith('secret=')) continue;
    const secret = part.slice('secret='.length);
    return /^[A-Za-z0-9]{1,32}$/.test(secret) ? secret : null;
  }
  return null;
}

/**
 * The absolute address to ask WordPress to open for a link to `href` in the frame at `frameUrl`, or null when
 * WordPress would refuse it (it only opens http(s) addresses on the frame's own host) or the link stays in the
 * frame's own page (`#…`): such links keep their default.
 */
export function wordPressLinkTarget(href: string, frameUrl: string): string | null {
  try {
    const frame = new URL(frameUrl);
    const target = new URL(href, frame);
    const samePage = target.href.split('#')[0] === frame.href.split('#')[0];
    return /^https?:$/.test(target.protocol) && target.host === frame.host && !samePage ? target.href : null;
  } catch {
    return null;
  }
}

/** Whether `data` is WordPress's "ready" for this frame's secret (wp-embed.js sends it when the host page loads). */
export const isWordPressReady = (data: unknown, secret: string | null): boolean =>
  secret !== null && typeof data === 'object' && data !== null && (data as { message?: unknown }).message === 'ready' && (data as { secret?: unknown }).secret === secret;

/** Roots already reporting: a second call (an early one from the boot script, then the embed's own) does nothing. */
const reporting = new WeakSet<HTMLElement>();

/**
 * Starts reporting `root`'s height to the host page. Cheap and without imports, so it can run before the embed's
 * own code: WordPress keeps the frame hidden until the first message with its secret.
 */
export function startAutoHeight(chartId: string, root: HTMLElement, { minIntervalMs = 100 } = {}) {
  if (window.parent === window || reporting.has(root)) return;
  reporting.add(root);
  const childId = readChildId(location.search);
  // WordPress may add the secret after the frame has loaded (wp-embed.js does when the html had none): a hash change.
  let secret = readWordPressSecret(location.hash);
  let last = -1;
  let timer = 0;
  let lastSentAt = 0;
  const send = (force = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (!force && height === last) return;
    last = height;
    lastSentAt = performance.now();
    for (const message of heightMessages(chartId, height, childId, secret)) window.parent.postMessage(message, '*');
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
    if (event.source !== window.parent) return;
    if (isWordPressReady(event.data, secret)) send(true);
    else if (childId && typeof event.data === 'string' && event.data.startsWith(pymMessage(childId, 'width', ''))) send(true);
  });
  window.addEventListener('hashchange', () => {
    const next = readWordPressSecret(location.hash);
    if (next === secret) return;
    secret = next;
    send(true);
  });
  // In WordPress's sandbox a link cannot open a window or leave the frame: the host page opens it instead.
  document.addEventListener('click', (event) => {
    if (!secret || event.defaultPrevented || event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const link = (event.target as Element | null)?.closest?.('a[href]');
    const target = link && wordPressLinkTarget(link.getAttribute('href')!, location.href);
    if (!target) return;
    event.preventDefault();
    window.parent.postMessage(wordPressMessage(secret, 'link', target), '*');
  });
  send(true);
}
