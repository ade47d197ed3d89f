/**
 * The chapter bar (ChapterBar.astro): shown by the story's script, drawn from the scroll position like the chart and
 * the map (the chapter of `{step, progress}` and how far through the story it is, scenes/chapters.ts), and a
 * disclosure listing every section. Picking a chapter with steps jumps to its first step by the Prev/Next buttons'
 * path (stepNavigation.ts), instantly, and focuses it; a section without steps is an ordinary link.
 */
import wayfindingCss from '../styles/wayfinding.css?inline';
import { chapterAt, chaptersOf, type ChapterPosition } from '../scenes/chapters';
import type { ScrollPosition } from '../scenes/sceneState';
import type { WayfindingWords } from '../i18n/sceneWords';

export interface ChapterBar {
  /** Draws the chapter and the part of the story read at the position drawn; writes only what changed. */
  draw(position: ScrollPosition): void;
}

/** The bar's styles, with the script that shows it: in the page's head they would weigh on every first download. */
function adoptStyles() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(wayfindingCss);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** An element with attributes and children. */
function make(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/**
 * Builds the bar in `bar` (its empty frame, ChapterBar.astro), names it in the edition's `words`, lists `sections`
 * (each with its id and heading), shows it and wires its list. `jumpTo(stepIndex)` scrolls to a step and focuses it, returning false while the story
 * cannot yet (the link is then followed as a link). `story`: while it is off the top of the screen the bar hides.
 */
export function createChapterBar(bar: HTMLElement, words: WayfindingWords, sections: readonly HTMLElement[], stepElements: readonly HTMLElement[], story: HTMLElement, jumpTo: (stepIndex: number) => boolean): ChapterBar {
  adoptStyles();
  bar.setAttribute('aria-label', words.chapterBar);
  const chapters = chaptersOf(stepElements.map((element) => element.closest('section')?.id ?? ''));
  const number = make('span', { class: 'visually-hidden' });
  const title = make('span', { class: 'chapter-title' });
  const toggle = make('button', { type: 'button', class: 'chapter-toggle', 'aria-expanded': 'false', 'aria-controls': 'chapter-list' }, number, title, make('span', { class: 'chapter-caret', 'aria-hidden': 'true' }));
  const read = make('span', {});
  const links = sections.map((section) => make('a', { href: `#${section.id}`, 'data-chapter': section.id }, section.querySelector('h2')?.textContent ?? '') as HTMLAnchorElement);
  const list = make('ol', { class: 'chapter-list', id: 'chapter-list' }, ...links.map((link) => make('li', {}, link)));
  list.hidden = true;
  bar.append(toggle, make('span', { class: 'chapter-read', 'aria-hidden': 'true' }, read), list);
  const linkOf = (chapter: number) => links.find((link) => link.dataset.chapter === chapters[chapter]?.id);

  bar.hidden = false;
  document.documentElement.dataset.wayfinding = 'shown';
  // Shown while the story covers the top of the screen: above it the bar would lie over the page's header.
  new IntersectionObserver(([entry]) => {
    bar.dataset.onScreen = String(entry!.isIntersecting);
    if (!entry!.isIntersecting) close(false);
  }, { rootMargin: '0px 0px -95% 0px' }).observe(story);

  function open() {
    list.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
  }
  function close(returnFocus: boolean) {
    if (list.hidden) return;
    list.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    if (returnFocus) toggle.focus();
  }
  toggle.addEventListener('click', () => (list.hidden ? open() : close(false)));
  bar.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      close(true);
    }
  });
  // A click or focus elsewhere closes the list, as a menu would.
  document.addEventListener('click', (event) => {
    if (!bar.contains(event.target as Node)) close(false);
  });
  bar.addEventListener('focusout', (event) => {
    if (event.relatedTarget && !bar.contains(event.relatedTarget as Node)) close(false);
  });
  list.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-chapter]');
    if (!link) return;
    close(false);
    const chapter = chapters.find((candidate) => candidate.id === link.dataset.chapter);
    if (chapter && jumpTo(chapter.firstStep)) event.preventDefault();
  });

  // A section without steps (the carrots, sources and method) is the chapter while it crosses the line where a
  // step's text is read: the scroll position alone cannot say so, since it stays at the last step past the scroll.
  const stepless = sections.filter((section) => !chapters.some((chapter) => chapter.id === section.id));
  const crossing = new Set<string>();
  let steplessShown: string | null = null;
  let lastPosition: ScrollPosition | null = null;
  const watch = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) crossing.add(entry.target.id);
      else crossing.delete(entry.target.id);
    }
    steplessShown = stepless.find((section) => crossing.has(section.id))?.id ?? null;
    if (lastPosition) draw(lastPosition);
  }, { rootMargin: '-45% 0px -54% 0px' });
  for (const section of stepless) watch.observe(section);

  let shown: (ChapterPosition & { link: HTMLAnchorElement | undefined }) | null = null;
  function draw(position: ScrollPosition) {
    lastPosition = position;
    const at = chapterAt(chapters, position);
    const link = steplessShown ? links.find((candidate) => candidate.dataset.chapter === steplessShown) : linkOf(at.chapter);
    if (link !== shown?.link) {
      title.textContent = link?.textContent ?? '';
      number.textContent = `${words.chapterOf.replace('{n}', String(links.indexOf(link!) + 1)).replace('{total}', String(links.length))} `;
      for (const other of links) {
        if (other === link) other.setAttribute('aria-current', 'location');
        else other.removeAttribute('aria-current');
      }
    }
    // A transform alone: the compositor's work, no layout.
    if (Math.abs(at.read - (shown?.read ?? -1)) > 0.001) read.style.transform = `scaleX(${at.read.toFixed(4)})`;
    shown = { ...at, link };
  }
  return { draw };
}
