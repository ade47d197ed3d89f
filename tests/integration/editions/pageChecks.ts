/**
 * Checks run inside a page (Playwright's `evaluate`), so each function stands alone: no imports, no closures.
 */

/**
 * Plain-ASCII words on a pseudo-locale page, where every word of the edition is accented: text, alt text,
 * accessible names, words in data attributes (placeholders aside), the title and the description. Left out: code
 * and embed codes, sources' own headlines and addresses (they stay in their language), anything marked as another
 * language, and `names`: names every edition writes as they are.
 */
export function englishLeftovers({ lang, names }: { lang: string; names: readonly string[] }): { text: string; where: string }[] {
  const named = new Set(names);
  // Data attributes that hold ids, numbers or addresses, not words.
  const idAttributes = new Set(['figure', 'label-id', 'y', 'x', 'place', 'step', 'step-scene', 'step-picture', 'spots', 'route', 'cms', 'to', 'from',
    'state', 'states', 'panel', 'kind', 'around-kazakhstan', 'year', 'visual', 'visual-id', 'unit', 'small', 'era', 'compact', 'by', 'to-qualifier',
    'from-qualifier', 'step-address', 'start-scene', 'src', 'side', 'scene', 'pym-url', 'payload', 'note-scene', 'locale', 'layers',
    'language-switch', 'step-map', 'highlighted', 'embed', 'chart', 'change-shown', 'emphasis', 'conflict', 'weak', 'graphic', 'map', 'layer',
    'report']);
  const skipped = 'script, style, noscript, template, textarea, code, pre, cite, .source-address';
  const ownLanguage = (element: Element) => (element.closest('[lang]')?.getAttribute('lang') ?? lang) === lang;
  const found = new Map<string, string>();
  const bare = (word: string) => word.replace(/[.,:;]+$/, '');
  const check = (text: string | null | undefined, where: string) => {
    for (const run of (text ?? '').replace(/\{[a-zA-Z]+\}/g, '').match(/[A-Za-z][A-Za-z.'’]*(?:[\s,:;()/-]+[A-Za-z][A-Za-z.'’]*)*/g) ?? []) {
      const words = named.has(bare(run)) ? [] : run.split(/[\s,:;()/-]+/).filter((word) => bare(word).length > 1 && !named.has(bare(word)));
      if (words.length > 0 && !found.has(run)) found.set(run, where);
    }
  };
  const describe = (element: Element) => `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList[0] ? `.${element.classList[0]}` : ''}>`;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!parent.closest(skipped) && ownLanguage(parent)) check(node.textContent, `text in ${describe(parent)}`);
  }
  for (const element of document.body.querySelectorAll('*')) {
    if (element.closest(skipped) || !ownLanguage(element)) continue;
    for (const attribute of element.attributes) {
      const name = attribute.name;
      const words = ['alt', 'title', 'aria-label', 'aria-description', 'placeholder', 'aria-roledescription'].includes(name) || (name.startsWith('data-') && !idAttributes.has(name.slice(5)));
      if (words) check(attribute.value, `${name} of ${describe(element)}`);
    }
  }
  check(document.title, '<title>');
  for (const meta of document.head.querySelectorAll('meta[name="description"], meta[property^="og:title"], meta[property^="og:description"], meta[property="og:image:alt"]')) {
    check(meta.getAttribute('content'), `<meta ${meta.getAttribute('name') ?? meta.getAttribute('property')}>`);
  }
  return [...found].map(([text, where]) => ({ text, where }));
}

/**
 * What a page names that is cut off or runs off the screen: a page wider than the viewport, and any element with
 * words of its own that lies beyond the screen's edges or beyond an ancestor that clips it. Left out: what is
 * meant to be out of sight (visually hidden, hidden, the visual behind), scrollable boxes, and the map's and the
 * chart's drawings, whose framing `npm run check:framing` checks.
 */
export function overflowing(): string[] {
  // Sources' addresses are not the edition's words: let them wrap. (The linear edition, which has no stylesheet,
  // lets a long address widen the page at 360 px in every edition.)
  document.head.insertAdjacentHTML('beforeend', '<style>.source-address { overflow-wrap: anywhere; }</style>');
  const problems: string[] = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width + 1) problems.push(`the page is ${document.documentElement.scrollWidth} px wide, wider than the ${width} px screen`);
  const describe = (element: Element) => `<${element.tagName.toLowerCase()}${element.classList[0] ? `.${element.classList[0]}` : ''}> "${(element.textContent ?? '').trim().slice(0, 50)}"`;
  const meantHidden = (element: Element) =>
    Boolean(element.closest('[hidden], [aria-hidden="true"], .visually-hidden, svg, .map-frame, .map-labels, textarea, iframe'));
  for (const element of document.body.querySelectorAll('*')) {
    const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
    if (!ownText || meantHidden(element)) continue;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    // Not rendered: hidden, or inside a closed <details> (the data tables until a reader opens them).
    if (!element.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }) || box.width === 0 || box.height === 0) continue;
    let scrolls = false;
    for (let ancestor = element.parentElement; ancestor && ancestor !== document.body; ancestor = ancestor.parentElement) {
      const { overflowX, overflowY, clipPath } = getComputedStyle(ancestor);
      if (clipPath !== 'none') break;
      if (/auto|scroll/.test(overflowX + overflowY)) {
        scrolls = true;
        break;
      }
      if (/hidden|clip/.test(overflowX + overflowY)) {
        const frame = ancestor.getBoundingClientRect();
        if (box.left < frame.left - 1 || box.right > frame.right + 1) problems.push(`${describe(element)} is cut off by ${describe(ancestor).split(' ')[0]}`);
        break;
      }
    }
    if (scrolls) continue;
    if (box.left < -1 || box.right > width + 1) problems.push(`${describe(element)} runs off the screen (${Math.round(box.left)}–${Math.round(box.right)} px)`);
    if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1) problems.push(`${describe(element)} is cut short with an ellipsis`);
  }
  return problems;
}
