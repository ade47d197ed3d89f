/**
 * What a page loads up front: the language switch's step-following, and, once the first contentful paint is
 * reported, the page's own wiring (the story's scroll engine, or an embed's), so the headline never waits for that
 * code to download, compile and set up. A single file with no static import of a shared chunk: Lighthouse's
 * simulation puts every request made before the largest paint in its path.
 */
import './languageSwitch';
import { afterFirstPaint } from '../lib/afterFirstPaint';

afterFirstPaint(() => {
  if (document.querySelector('[data-graphic]')) void import('../scrolly/story');
  else if (document.querySelector('[data-embed]')) void import('../embed/embedPage');
});
