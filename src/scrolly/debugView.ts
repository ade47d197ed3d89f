/**
 * `?debug`: the trigger line, each step's id and scene, and the live scene and progress, for editors checking where
 * steps fire. Drawn by CSS (scrolly.css) from attributes the engine already writes; this only adds the line.
 */
export function showDebugView(triggerOffset: number) {
  document.documentElement.dataset.debug = '';
  const line = document.createElement('div');
  line.className = 'debug-trigger';
  line.style.top = `${triggerOffset * 100}%`;
  line.setAttribute('aria-hidden', 'true');
  document.body.append(line);
}
