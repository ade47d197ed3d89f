/**
 * Styles only a page's scripts need (the keyboard walks' focus, exploring the map: styles/walk.css), added by those
 * scripts after the first paint: inlined, they made the story's first HTML larger than one round trip carries
 * (docs/performance.md). By URL, not `import '….css'`, which Astro would hoist into every page's head.
 */
import walkCssUrl from '../styles/walk.css?url';

let loaded: Promise<void> | null = null;

/** Adds styles/walk.css once; resolves when it has loaded (or failed: the controls then work unstyled). */
export function loadWalkStyles(): Promise<void> {
  loaded ??= new Promise<void>((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = walkCssUrl;
    link.onload = () => resolve();
    link.onerror = () => resolve();
    document.head.append(link);
  });
  return loaded;
}
