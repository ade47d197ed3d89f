/**
 * The graphic's live region (Graphic.astro) describes the scene the reader stops at, once the page is still: scenes
 * scrolled past are not announced one after another, and writing the text (3–5 ms at 4× CPU throttling) stays out of
 * the scene change's frame, the busiest of a scroll.
 */
import type { Scene } from '../schemas/scene';
import { describeScene, type SceneVocabulary } from '../scenes/describeScene';
import { whenStillOnce } from '../lib/stillness';

/** Returns the function to call on each scene change; `shownScene` gives the scene shown when the page is still. */
export function createLiveDescription(
  region: HTMLElement,
  { scenes, vocabulary, lastScrollAt, shownScene, described }: {
    scenes: ReadonlyMap<string, Scene>;
    vocabulary: SceneVocabulary;
    lastScrollAt: () => number;
    shownScene: () => string | undefined;
    /** The scene the page's own text already describes. */
    described: string | undefined;
  },
): () => void {
  let describedScene = described;
  return whenStillOnce(lastScrollAt, () => {
    const scene = shownScene();
    if (scene === undefined || describedScene === scene) return;
    describedScene = scene;
    region.textContent = describeScene(scenes.get(scene)!, vocabulary);
  });
}
