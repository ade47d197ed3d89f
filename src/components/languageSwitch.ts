/**
 * The language switch's links follow the step (LanguageSwitch.astro): imported by the story's boot script, at the
 * end of the page, so no script tag sits in the header ahead of the headline (the parser may yield at one and paint
 * the header in pieces, the headline after the page's scripts).
 */
// The href follows the step: on a step change (aria-current moves), on hash changes, and when the reader reaches for
// the link (the URL's hash is written a moment after the step changes). One attribute write per step change.
const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')];
// Where the other edition breaks its steps differently, its counterpart step (rendered by the page, no dictionary).
// The header's link carries the map; the step controls' link to the same edition uses it too.
const maps: Record<string, Record<string, string>> = {};
for (const link of links) if (link.dataset.stepMap) maps[link.hreflang] = JSON.parse(link.dataset.stepMap) as Record<string, string>;
const follow = (hash: string) => {
  const id = decodeURIComponent(hash.slice(1));
  for (const link of links) {
    const target = maps[link.hreflang]?.[id];
    link.setAttribute('href', `${link.dataset.languageSwitch}${target ? `#${encodeURIComponent(target)}` : hash}`);
  }
};
const currentHash = () => {
  const current = document.querySelector('[data-step][aria-current]');
  return current ? `#${current.id}` : location.hash;
};
if (links.length > 0) {
  follow(location.hash);
  addEventListener('hashchange', () => follow(location.hash));
  for (const link of links) for (const type of ['pointerdown', 'focus', 'contextmenu']) link.addEventListener(type, () => follow(currentHash()));
  const steps = document.querySelectorAll('[data-step]');
  if (steps.length > 0) {
    // In idle time: the step changes in the frame that also changes the scene, the busiest of a scroll.
    let following = false;
    const followSoon = () => {
      if (following) return;
      following = true;
      const then = () => {
        following = false;
        follow(currentHash());
      };
      if ('requestIdleCallback' in window) requestIdleCallback(then, { timeout: 500 });
      else setTimeout(then, 50);
    };
    new MutationObserver(followSoon).observe(document.querySelector('main') ?? document.body, { subtree: true, attributeFilter: ['aria-current'] });
  }
}
