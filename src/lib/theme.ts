/**
 * The page's theme in the browser, for what paints outside CSS (MapLibre's canvas). CSS decides it (global.css: the
 * reader's prefers-color-scheme, or an embed's `data-theme` from ?theme=), and says so in the root's `color-scheme`,
 * which this reads back, so the canvas can never disagree with the page around it.
 */
import type { Theme } from './palette';

/** The theme the page's CSS is in now. */
export function currentTheme(): Theme {
  return getComputedStyle(document.documentElement).colorScheme.split(/\s+/).includes('dark') ? 'dark' : 'light';
}

/**
 * Calls `listener` with the new theme each time it changes: the reader switches their system's scheme, or a script
 * sets `data-theme` on <html>. Returns a function that stops listening.
 */
export function onThemeChange(listener: (theme: Theme) => void): () => void {
  let last = currentTheme();
  const check = () => {
    const now = currentTheme();
    if (now === last) return;
    last = now;
    listener(now);
  };
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', check);
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    scheme.removeEventListener('change', check);
    observer.disconnect();
  };
}
