import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  heightMessages,
  isWordPressReady,
  readChildId,
  readWordPressSecret,
  startAutoHeight,
  wordPressLinkTarget,
  wordPressMessage,
} from '../../../src/embed/autoHeight';

describe('readWordPressSecret(hash)', () => {
  it('reads the secret WordPress appends to the frame\'s address', () => {
    expect(readWordPressSecret('#?secret=Ab3dE6gH9k')).toBe('Ab3dE6gH9k');
    expect(readWordPressSecret('?secret=Ab3dE6gH9k')).toBe('Ab3dE6gH9k');
    expect(readWordPressSecret('#?x=1&secret=0123456789&y=2')).toBe('0123456789');
    // wp-embed.js makes its own when the html had none: Math.random().toString(36).substring(2, 12), maybe shorter.
    expect(readWordPressSecret('#?secret=k3j9x')).toBe('k3j9x');
  });
  it('refuses a value with anything but letters and digits, whole: never a prefix of it', () => {
    for (const hash of [
      '#?secret=abc"><script>alert(1)</script>',
      '#?secret=abc%22%3E%3Cscript%3E',
      '#?secret=abc def',
      '#?secret=abc_def',
      '#?secret=abc-def',
      '#?secret=ab\u00e9cd',
      '#?secret=',
      `#?secret=${'a'.repeat(33)}`,
      `#?secret=${'a'.repeat(100_000)}`,
    ]) {
      expect(readWordPressSecret(hash), hash.slice(0, 40)).toBeNull();
    }
  });
  it('is null without a secret', () => {
    for (const hash of ['', '#', '#?', '#state', '#?notsecret=abc', '#?secrets=abc']) expect(readWordPressSecret(hash), hash).toBeNull();
  });
});

describe('heightMessages(chartId, height, childId, secret)', () => {
  it('adds WordPress\'s message only when the frame has a secret, beside pym, Datawrapper and AMP', () => {
    expect(heightMessages('export-surge', 612, 'c1', 'Ab3dE6gH9k')).toEqual([
      'pymxPYMxc1xPYMxheightxPYMx612',
      { 'datawrapper-height': { 'export-surge': 612 } },
      { sentinel: 'amp', type: 'embed-size', height: 612 },
      { secret: 'Ab3dE6gH9k', message: 'height', value: 612 },
    ]);
    expect(heightMessages('reroute-map', 700, null)).toEqual([
      { 'datawrapper-height': { 'reroute-map': 700 } },
      { sentinel: 'amp', type: 'embed-size', height: 700 },
    ]);
    expect(heightMessages('reroute-map', 700, null, null).some((message) => typeof message === 'object' && message !== null && 'secret' in message)).toBe(false);
  });
  it('builds WordPress\'s messages in the shape wp-embed.js checks (secret, message, value)', () => {
    expect(wordPressMessage('abc123', 'link', 'https://news.example/')).toEqual({ secret: 'abc123', message: 'link', value: 'https://news.example/' });
  });
});

describe('wordPressLinkTarget(href, frameUrl)', () => {
  const frame = 'https://around-kazakhstan.example/embed/export-surge/#?secret=Ab3dE6gH9k';
  it('gives the absolute address of a link to the frame\'s own host (WordPress opens only those)', () => {
    expect(wordPressLinkTarget('/', frame)).toBe('https://around-kazakhstan.example/');
    expect(wordPressLinkTarget('/ru/', frame)).toBe('https://around-kazakhstan.example/ru/');
    expect(wordPressLinkTarget('https://around-kazakhstan.example/#sources', frame)).toBe('https://around-kazakhstan.example/#sources');
  });
  it('leaves other links to their default: other hosts, other schemes, the frame\'s own page', () => {
    for (const href of ['https://evil.example/', '//evil.example/x', 'javascript:alert(1)', 'mailto:desk@around-kazakhstan.example', '#note', '?state=x#y', 'http://[bad']) {
      if (href === '?state=x#y') expect(wordPressLinkTarget(href, frame)).toBe('https://around-kazakhstan.example/embed/export-surge/?state=x#y');
      else expect(wordPressLinkTarget(href, frame), href).toBeNull();
    }
  });
});

describe('isWordPressReady(data, secret)', () => {
  it('is true only for "ready" with this frame\'s secret', () => {
    expect(isWordPressReady({ message: 'ready', secret: 'abc123' }, 'abc123')).toBe(true);
    expect(isWordPressReady({ message: 'ready', secret: 'other' }, 'abc123')).toBe(false);
    expect(isWordPressReady({ message: 'ready', secret: 'abc123' }, null)).toBe(false);
    expect(isWordPressReady({ message: 'ready' }, 'abc123')).toBe(false);
    for (const data of [null, undefined, 'ready', 42]) expect(isWordPressReady(data, 'abc123')).toBe(false);
  });
});

describe('readChildId(search)', () => {
  it('accepts pym\'s plain ids only', () => {
    expect(readChildId('?childId=around-kazakhstan-export-surge')).toBe('around-kazakhstan-export-surge');
    expect(readChildId('?childId=a"><b')).toBeNull();
    expect(readChildId('')).toBeNull();
  });
});

describe('startAutoHeight(chartId, root) in a frame WordPress made (fake window)', () => {
  /** A frame's window: its parent records messages; listeners are called by `fire`. */
  function fakeFrame(hash: string) {
    const posted: unknown[] = [];
    const parent = { postMessage: (message: unknown) => posted.push(message) };
    const listeners: Record<string, ((event: any) => void)[]> = {};
    const on = (type: string, listener: (event: any) => void) => (listeners[type] ??= []).push(listener);
    const location = { hash, search: '', href: `https://around-kazakhstan.example/embed/export-surge/${hash}` };
    vi.stubGlobal('window', { parent, addEventListener: on, setTimeout: () => 0 });
    vi.stubGlobal('location', location);
    vi.stubGlobal('document', { addEventListener: on });
    vi.stubGlobal('ResizeObserver', class { observe() {} });
    let height = 640;
    const root = { getBoundingClientRect: () => ({ height }) } as unknown as HTMLElement;
    const fire = (type: string, event: object) => listeners[type]?.forEach((listener) => listener(event));
    return { posted, parent, root, location, fire, setHeight: (value: number) => (height = value) };
  }
  afterEach(() => vi.unstubAllGlobals());

  it('sends WordPress its height with the secret at once, and again on "ready"', () => {
    const frame = fakeFrame('#?secret=Ab3dE6gH9k');
    startAutoHeight('export-surge', frame.root);
    expect(frame.posted).toContainEqual({ secret: 'Ab3dE6gH9k', message: 'height', value: 640 });
    frame.posted.length = 0;
    frame.fire('message', { source: {}, data: { message: 'ready', secret: 'Ab3dE6gH9k' } }); // not from the parent
    frame.fire('message', { source: frame.parent, data: { message: 'ready', secret: 'wrong' } });
    expect(frame.posted).toEqual([]);
    frame.fire('message', { source: frame.parent, data: { message: 'ready', secret: 'Ab3dE6gH9k' } });
    expect(frame.posted).toContainEqual({ secret: 'Ab3dE6gH9k', message: 'height', value: 640 });
  });

  it('picks up a secret added later to its address, and never sends a hostile one', () => {
    const frame = fakeFrame('#?secret=abc"><script>');
    startAutoHeight('export-surge', frame.root);
    expect(frame.posted.some((message) => typeof message === 'object' && message !== null && 'secret' in message)).toBe(false);
    frame.location.hash = '#?secret=k3j9x0a1b2';
    frame.fire('hashchange', {});
    expect(frame.posted).toContainEqual({ secret: 'k3j9x0a1b2', message: 'height', value: 640 });
  });

  it('hands a followed link on its own host to WordPress, and leaves others and modified clicks alone', () => {
    const frame = fakeFrame('#?secret=Ab3dE6gH9k');
    startAutoHeight('export-surge', frame.root);
    frame.posted.length = 0;
    const click = (href: string, extra: object = {}) => {
      let prevented = false;
      const link = { getAttribute: () => href };
      frame.fire('click', { button: 0, target: { closest: () => link }, preventDefault: () => (prevented = true), ...extra });
      return prevented;
    };
    expect(click('/')).toBe(true);
    expect(frame.posted).toEqual([{ secret: 'Ab3dE6gH9k', message: 'link', value: 'https://around-kazakhstan.example/' }]);
    expect(click('https://www.gov.kz/')).toBe(false);
    expect(click('/', { ctrlKey: true })).toBe(false);
    expect(click('/', { button: 1 })).toBe(false);
    expect(frame.posted).toHaveLength(1);
  });

  it('without a secret, sends no WordPress message and lets links be', () => {
    const frame = fakeFrame('');
    startAutoHeight('reroute-map', frame.root);
    expect(frame.posted).toEqual([{ 'datawrapper-height': { 'reroute-map': 640 } }, { sentinel: 'amp', type: 'embed-size', height: 640 }]);
    let prevented = false;
    frame.fire('click', { button: 0, target: { closest: () => ({ getAttribute: () => '/' }) }, preventDefault: () => (prevented = true) });
    expect(prevented).toBe(false);
  });

  it('starts once per root, however many times it is called', () => {
    const frame = fakeFrame('');
    startAutoHeight('reroute-map', frame.root);
    startAutoHeight('reroute-map', frame.root);
    expect(frame.posted).toHaveLength(2);
  });
});
