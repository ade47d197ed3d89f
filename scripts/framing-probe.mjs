// Runs in the page, at a map step with the reader's text in place: what of the scene's named routes, places,
// countries and queue note is hidden (outside the map's frame or the screen, or under the step's card, the embed link,
// the controls or the chapter bar), and which drawn names overlap. Self-contained: Playwright sends its source to the page. Used by
// scripts/framing-check.mjs and tests/e2e/map-framing.spec.ts.
export function framingProbe([id, map]) {
  const figure = document.querySelector('.visual-map [data-map]');
  const frame = figure.querySelector('.map-frame').getBoundingClientRect();
  const view = { left: Math.max(0, frame.left), top: Math.max(0, frame.top), right: Math.min(innerWidth, frame.right), bottom: Math.min(innerHeight, frame.bottom) };
  const covers = [
    document.querySelector(`[data-step="${id}"]`),
    document.querySelector('.visual-map .embed-link'),
    document.querySelector('[data-step-controls]'),
    document.querySelector('[data-chapter-bar]'),
  ].filter((element) => element && element.getClientRects().length > 0).map((element) => element.getBoundingClientRect());
  const boxHidden = (box) => box.left < view.left || box.right > view.right || box.top < view.top || box.bottom > view.bottom
    || covers.some((cover) => box.left < cover.right && cover.left < box.right && box.top < cover.bottom && cover.top < box.bottom);
  const problems = [];
  const svg = figure.querySelector('[data-map-svg]');
  const matrix = svg.getScreenCTM();
  for (const route of map.routes) {
    const line = svg.querySelector(`polyline[data-route="${route}"]`);
    const points = line.getAttribute('points').trim().split(/\s+/).map((pair) => pair.split(',').map(Number));
    const off = points.filter(([x, y]) => {
      const p = new DOMPoint(x, y).matrixTransform(matrix);
      return boxHidden({ left: p.x - 2, right: p.x + 2, top: p.y - 2, bottom: p.y + 2 });
    });
    if (off.length > 0) problems.push(`route ${route} (${off.length} of ${points.length} points)`);
  }
  const nameBoxes = [];
  for (const place of new Set([...map.places, ...map.closed])) {
    const label = figure.querySelector(`.map-label[data-place="${place}"]`);
    const mark = label.querySelector(map.closed.includes(place) ? '.closed-x' : '.dot').getBoundingClientRect();
    if (boxHidden(mark)) problems.push(`place ${place}`);
    if (map.places.includes(place)) {
      const name = label.querySelector('.name');
      if (getComputedStyle(name).display === 'none') problems.push(`name of ${place} not drawn`);
      else {
        const box = name.getBoundingClientRect();
        if (boxHidden(box)) problems.push(`name of ${place}`);
        nameBoxes.push({ what: place, box });
      }
    }
  }
  for (const country of [...map.countries, ...(map.named ?? [])]) {
    const label = figure.querySelector(`.map-label[data-label-id="country:${country}"]`);
    if (getComputedStyle(label).display === 'none') { problems.push(`country ${country} not labelled`); continue; }
    const box = label.getBoundingClientRect();
    if (boxHidden(box)) problems.push(`country ${country}`);
  }
  if (map.queue) {
    const note = figure.querySelector(`.queue-note[data-label-id="note:${map.queue.at}"]`);
    const box = note?.querySelector('.name').getBoundingClientRect();
    if (!note || getComputedStyle(note).display === 'none') problems.push('queue note not drawn');
    else {
      if (boxHidden(box)) problems.push('queue note');
      nameBoxes.push({ what: 'queue note', box });
    }
  }
  // Every drawn name on screen, the scene's or not: no two may overlap.
  for (const label of figure.querySelectorAll('.map-label.country-name')) {
    if (getComputedStyle(label).display !== 'none') nameBoxes.push({ what: label.dataset.labelId, box: label.getBoundingClientRect() });
  }
  const overlapping = [];
  const visible = nameBoxes.filter(({ box }) => box.right > view.left && box.left < view.right && box.bottom > view.top && box.top < view.bottom);
  for (let i = 0; i < visible.length; i++) {
    for (let j = i + 1; j < visible.length; j++) {
      const a = visible[i].box;
      const b = visible[j].box;
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) overlapping.push(`${visible[i].what} × ${visible[j].what}`);
    }
  }
  const items = map.routes.length + new Set([...map.places, ...map.closed]).size + map.places.length + map.countries.length + (map.named ?? []).length + (map.queue ? 1 : 0);
  return { problems, overlapping, items };
}
