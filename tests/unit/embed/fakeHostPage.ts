/**
 * A host page small enough to run /embed.js in Node: elements with attributes, parents and computed backgrounds,
 * `document.currentScript`, and the window's message listeners. Only what scriptEmbed.ts touches.
 */
export class FakeElement {
  readonly attributes = new Map<string, string>();
  readonly children: FakeElement[] = [];
  parentElement: FakeElement | null = null;
  style: Record<string, string> = {};
  /** Computed `background-color`. */
  background = 'rgba(0, 0, 0, 0)';
  colorScheme = 'normal';
  src = '';
  title = '';
  readonly contentWindow = {};
  constructor(readonly tagName: string, attributes: Record<string, string> = {}) {
    for (const [name, value] of Object.entries(attributes)) this.attributes.set(name, value);
    if (attributes.src) this.src = new URL(attributes.src, 'https://news.example/article/').href;
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  hasAttribute(name: string) {
    return this.attributes.has(name);
  }
  append(...children: FakeElement[]) {
    for (const child of children) {
      child.parentElement = this;
      this.children.push(child);
    }
    return this;
  }
  closest(tag: string) {
    for (let node: FakeElement | null = this; node; node = node.parentElement) if (node.tagName === tag) return node;
    return null;
  }
  insertBefore(node: FakeElement, before: FakeElement) {
    node.parentElement = this;
    this.children.splice(this.children.indexOf(before), 0, node);
  }
  replaceWith(node: FakeElement) {
    const parent = this.parentElement!;
    node.parentElement = parent;
    parent.children.splice(parent.children.indexOf(this), 1, node);
    this.parentElement = null;
  }
  *walk(): Generator<FakeElement> {
    yield this;
    for (const child of this.children) yield* child.walk();
  }
}
export class FakeAnchor extends FakeElement {}

export const el = (tag: string, attributes: Record<string, string> = {}, ...children: FakeElement[]) =>
  (tag === 'a' ? new FakeAnchor(tag, attributes) : new FakeElement(tag, attributes)).append(...children);

export interface FakeHost {
  html: FakeElement;
  /** Posts a message to the page as if from `source` on `origin`. */
  post(data: unknown, origin: string, source: object): void;
  /** Runs a script's code as the page would, with `script` as document.currentScript. */
  run(code: string, script: FakeElement | null): void;
  warnings: string[];
}

export function fakeHost(html: FakeElement, { prefersDark = false } = {}): FakeHost {
  const listeners: ((event: { data: unknown; origin: string; source: object }) => void)[] = [];
  const warnings: string[] = [];
  const document = {
    currentScript: null as FakeElement | null,
    readyState: 'complete',
    documentElement: html,
    createElement: (tag: string) => new FakeElement(tag),
    addEventListener() {},
    querySelector(selector: string) {
      if (selector === 'script[src$="/embed.js"]') return [...html.walk()].find((node) => node.tagName === 'script' && node.src.endsWith('/embed.js')) ?? null;
      return null;
    },
    querySelectorAll(selector: string) {
      if (selector !== 'a[data-around-kazakhstan-chart], script[data-chart]') throw new Error(`fake: ${selector}`);
      return [...html.walk()].filter((node) => (node.tagName === 'a' && node.hasAttribute('data-around-kazakhstan-chart')) || (node.tagName === 'script' && node.hasAttribute('data-chart')));
    },
  };
  const window = { addEventListener: (type: string, listener: (typeof listeners)[number]) => type === 'message' && listeners.push(listener) };
  const globals = {
    document,
    window,
    location: { href: 'https://news.example/article/' },
    getComputedStyle: (node: FakeElement) => ({ backgroundColor: node.background, colorScheme: node.colorScheme }),
    matchMedia: () => ({ matches: prefersDark }),
    HTMLAnchorElement: FakeAnchor,
    console: { warn: (message: string) => warnings.push(message) },
  };
  return {
    html,
    warnings,
    post: (data, origin, source) => listeners.forEach((listener) => listener({ data, origin, source })),
    run(code, script) {
      document.currentScript = script;
      new Function(...Object.keys(globals), code)(...Object.values(globals));
      document.currentScript = null;
    },
  };
}
