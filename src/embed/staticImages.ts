/**
 * Each chart as one standalone SVG document (fonts named, colours inline, no CSS), from the same layout code the
 * page uses: for print, social cards and newsletters. Rasterised to PNG at build time.
 */
import type { SurgePanel } from '../charts/exportSurge/layout';
import { surgePanelLayout } from '../charts/exportSurge/layout';
import type { MapScene } from '../schemas/scene';
import type { SvgMapModel } from '../map/svgMapModel';
import { viewBoxForCamera } from '../map/camera';
import { noPadding } from '../map/framing';
import { placeNameBox } from '../map/labelPlacement';
import { mapView, sceneFraming } from '../map/sceneFraming';
import { mapElementStates } from '../map/mapStates';
import { mapColours } from '../map/maplibreStyle';

const sans = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";
const ink = '#1a1a1a';
const soft = '#4a4a4a';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const text = (x: number, y: number, content: string, attributes = '') => `<text x="${x}" y="${y}" ${attributes}>${escape(content)}</text>`;

/** Word-wraps `content` to lines of at most `maxChars` characters. */
function wrap(content: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function frame(width: number, height: number, body: string, title: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${sans}">` +
    `<title>${escape(title)}</title><rect width="${width}" height="${height}" fill="#ffffff"/>${body}</svg>\n`;
}

export function exportSurgeImage(
  panels: readonly SurgePanel[],
  sourceLine: string,
  { title, width, height }: { title: string; width: number; height: number },
): string {
  const margin = 48;
  const gap = 32;
  const panelWidth = (width - margin * 2 - gap * (panels.length - 1)) / panels.length;
  const panelTop = 215;
  const panelHeight = height - panelTop - 120;
  let body = text(margin, 70, title, `font-size="38" font-weight="700" fill="${ink}"`);
  body += text(margin, 112, 'Each panel has its own scale, starting at zero: compare the two bars within a panel.', `font-size="20" fill="${soft}"`);
  panels.forEach((panel, index) => {
    const x0 = margin + index * (panelWidth + gap);
    const layout = surgePanelLayout(panel, { width: panelWidth, height: panelHeight }, 1);
    body += `<line x1="${x0}" x2="${x0 + panelWidth}" y1="${panelTop - 70}" y2="${panelTop - 70}" stroke="#d9d5cc" stroke-width="3"/>`;
    const titleLines = wrap(panel.label, Math.floor(panelWidth / 12));
    titleLines.forEach((line, i) => {
      body += text(x0, panelTop - 12 - (titleLines.length - 1 - i) * 24, line, `font-size="21" font-weight="700" fill="${ink}"`);
    });
    body += `<g transform="translate(${x0} ${panelTop})">`;
    for (const bar of layout.bars) {
      body += `<rect x="${bar.x}" y="${bar.y}" width="${bar.width}" height="${bar.height}" fill="${bar.year === '2021' ? '#7d7d7d' : '#a3311b'}"/>`;
      body += text(bar.x + bar.width / 2, bar.labelY, bar.label, `font-size="17" font-weight="700" fill="${ink}" text-anchor="middle"`);
      body += text(bar.x + bar.width / 2, layout.baselineY + 24, bar.year, `font-size="17" fill="${soft}" text-anchor="middle"`);
    }
    body += `<line x1="0" x2="${panelWidth}" y1="${layout.baselineY}" y2="${layout.baselineY}" stroke="${ink}"/></g>`;
    body += text(x0, panelTop + panelHeight + 30, panel.change, `font-size="20" font-weight="700" fill="#a3311b"`);
  });
  wrap(`Sources: ${sourceLine}`, 150).forEach((line, i) => {
    body += text(margin, height - 48 + i * 20, line, `font-size="15" fill="${soft}"`);
  });
  return frame(width, height, body, title);
}

export function rerouteMapImage(
  model: SvgMapModel,
  scene: MapScene,
  { title, width, height, note }: { title: string; width: number; height: number; note?: readonly string[] | undefined },
): string {
  const header = 100;
  const footer = 90;
  const size = { width, height: height - header - footer };
  // The same framing and name placement as the page's map, for a frame of this size with nothing over it.
  const view = mapView(sceneFraming(scene, model, note), size, noPadding);
  const placed = new Map(view.labels.filter((label) => label.side).map((label) => [label.id, label]));
  const [x, y, w, h] = viewBoxForCamera(view.camera, size);
  const u = 2 ** -view.camera.zoom;
  const states = mapElementStates(scene, model.routes);
  const c = mapColours;
  let map = `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${c.sea}"/>`;
  for (const country of model.countries) {
    const fill = scene.countries.includes(country.name as never) ? c.shaded : country.name === 'Kazakhstan' ? c.kazakhstan : country.name === 'Russia' ? c.russia : c.land;
    map += `<path d="${country.d}" fill="${fill}" stroke="${c.border}" stroke-width="${0.8 * u}" stroke-linejoin="round"/>`;
  }
  for (const label of model.countryLabels) {
    const at = placed.get(`country:${label.name}`);
    if (!at) continue;
    if (at.leader) {
      const [cx, cy] = [at.x + at.dx * u, at.y + at.dy * u];
      map += `<line x1="${cx + at.leader.x0 * u}" y1="${cy + at.leader.y0 * u}" x2="${cx + at.leader.x1 * u}" y2="${cy + at.leader.y1 * u}" stroke="${c.label}" stroke-width="${u}"/>`;
    }
    map += text(at.x + at.dx * u, at.y + at.dy * u, label.name.toUpperCase(), `font-size="${(at.compact ? 10.5 : 13) * u}" font-weight="700" letter-spacing="${(at.compact ? 0.5 : 1) * u}" fill="${c.label}" text-anchor="middle" dominant-baseline="central"`);
  }
  for (const route of model.routes) {
    const state = states.routes.get(route.id);
    if (state === 'hidden') continue;
    const colour = route.era === '2022' ? c.route2022 : c.detour;
    const dash = state === 'past' ? ` stroke-dasharray="${3 * u} ${4 * u}"` : route.by === 'sea' ? ` stroke-dasharray="${0.01 * u} ${7 * u}"` : route.era === 'detour' ? ` stroke-dasharray="${8 * u} ${5 * u}"` : '';
    map += `<polyline points="${route.points.map((p) => p.join(',')).join(' ')}" fill="none" stroke="${colour}" stroke-width="${(state === 'active' ? 3.5 : 2) * u}" stroke-linecap="round" stroke-linejoin="round" opacity="${state === 'past' ? 0.35 : 1}"${dash}/>`;
  }
  /** A name at `side` of its point, from the same boxes the placement used (labelPlacement.ts). */
  const name = (px: number, py: number, lines: readonly string[], side: NonNullable<ReturnType<typeof placed.get>>['side'], fontPx: number, weight: number) => {
    const lineHeight = fontPx * 1.2;
    const box = placeNameBox(0, 0, 0, lines.length * lineHeight, side!);
    const anchor = side === 'right' ? 'start' : side === 'left' ? 'end' : 'middle';
    const top = box.y0 + fontPx * 0.85;
    return lines.map((line, i) => text(px + box.x0 * u, py + (top + i * lineHeight) * u, line,
      `font-size="${fontPx * u}" font-weight="${weight}" fill="${ink}" stroke="#fff" stroke-width="${3.5 * u}" paint-order="stroke" text-anchor="${anchor}"`)).join('');
  };
  for (const place of model.places) {
    const state = states.places.get(place.id);
    if (state === 'hidden') continue;
    if (state === 'closed') {
      const r = 7 * u;
      map += `<path d="M${place.x - r},${place.y - r} L${place.x + r},${place.y + r} M${place.x - r},${place.y + r} L${place.x + r},${place.y - r}" stroke="${c.closed}" stroke-width="${3.5 * u}" stroke-linecap="round"/>`;
    } else {
      map += `<circle cx="${place.x}" cy="${place.y}" r="${4.5 * u}" fill="${place.kind === 'city' ? ink : '#fff'}" stroke="${ink}" stroke-width="${2 * u}"/>`;
    }
    const at = placed.get(`place:${place.id}`);
    if (at) map += name(place.x, place.y, [at.short && place.short ? place.short : place.name], at.side, 12.5, 600);
  }
  if (scene.queue && note) {
    const at = placed.get(`note:${scene.queue.at}`);
    const place = model.places.find((candidate) => candidate.id === scene.queue!.at);
    if (at && place) map += name(place.x, place.y, note, at.side, 12, 400);
  }
  let body = text(40, 62, title, `font-size="38" font-weight="700" fill="${ink}"`);
  body += `<svg x="0" y="${header}" width="${size.width}" height="${size.height}" viewBox="${x} ${y} ${w} ${h}" preserveAspectRatio="xMidYMid slice">${map}</svg>`;
  const legendY = height - footer + 32;
  body += `<line x1="40" x2="80" y1="${legendY - 6}" y2="${legendY - 6}" stroke="${c.route2022}" stroke-width="4"/>` + text(90, legendY, 'Route through Kazakhstan, 2022', `font-size="18" fill="${soft}"`);
  body += `<line x1="380" x2="420" y1="${legendY - 6}" y2="${legendY - 6}" stroke="${c.detour}" stroke-width="4" stroke-dasharray="8 5"/>` + text(430, legendY, 'Detour since 2023', `font-size="18" fill="${soft}"`);
  body += `<line x1="620" x2="660" y1="${legendY - 6}" y2="${legendY - 6}" stroke="${c.detour}" stroke-width="4" stroke-linecap="round" stroke-dasharray="0.01 7"/>` + text(670, legendY, 'By sea', `font-size="18" fill="${soft}"`);
  body += text(760, legendY, '✕', `font-size="20" font-weight="700" fill="${c.closed}"`) + text(784, legendY, 'Crossing closed to parallel imports', `font-size="18" fill="${soft}"`);
  body += text(40, legendY + 32, 'Routes are schematic: drawn through towns on the main road corridors, not traced along the roads. Borders: Natural Earth; towns: GeoNames.', `font-size="16" fill="${soft}"`);
  return frame(width, height, body, title);
}
