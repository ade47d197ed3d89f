/**
 * Runs `start` once the page has painted its first content, in a task of its own: code the first screen does not need
 * (the story's scroll wiring, an embed's controls) then never delays the headline. Where the browser reports paint
 * timing, that is its first-contentful-paint entry (a frame callback alone is no proof: the first frames of a loading
 * page may not be painted, and headless Chromium here often paints first ~0.5 s after the load event); elsewhere, two
 * frames after the load event. In any case no later than 3 s after load (a page loaded in a hidden tab paints only
 * once shown).
 */
export function afterFirstPaint(start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    setTimeout(start);
  };
  const paintTiming = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint');
  if (paintTiming) {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) {
        observer.disconnect();
        once();
      }
    });
    observer.observe({ type: 'paint', buffered: true });
  }
  const afterLoad = () => {
    if (paintTiming) setTimeout(once, 3000);
    else requestAnimationFrame(() => requestAnimationFrame(once));
  };
  if (document.readyState === 'complete') afterLoad();
  else addEventListener('load', afterLoad, { once: true });
}

/** Resolves in a task of its own after the next frame has rendered, which has laid out what came before. */
export const afterNextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
