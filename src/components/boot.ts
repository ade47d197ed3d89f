/**
 * What a page loads up front: the language switch's step-following, and, once the first contentful paint is
 * reported, the page's own wiring (the story's scroll engine, or an embed's), so the headline never waits for that
 * code to download, compile and set up. A single file with no static import of a shared chunk: Lighthouse's
 * simulation puts every request made before the largest paint in its path.
 */
import './languageSwitch';
import { afterFirstPaint } from '../lib/afterFirstPaint';

const embed = document.querySelector<HTMLElement>('[data-embed]');
// In WordPress (its secret in the address) an embed tells its host its height at once: WordPress keeps the frame
// clipped out of sight until that first message. Elsewhere it waits for the first paint like everything else.
if (embed && /[#?&]secret=/.test(location.hash)) void import('../embed/autoHeight').then(({ startAutoHeight }) => startAutoHeight(embed.dataset.embed!, embed));

afterFirstPaint(() => {
  if (document.querySelector('[data-graphic]')) void import('../story/story');
  // `?static` is the picture alone: no chart script runs (the height is still reported, above).
  else if (embed && !document.documentElement.hasAttribute('data-static')) void import('../embed/embedPage');
});
