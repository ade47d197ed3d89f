/**
 * A map scene as one standalone SVG document: framed by the one framing function (`mapView(sceneMarks(…))`) for a
 * frame of the picture's size with nothing over it, names placed as on the page. The embed's image and each map
 * step's picture. Routes, places, closed crossings and the queue note come from the scene itself; no trucks.
 */
import type { MapScene } from '../schemas/scene';
import type { SvgMapModel } from '../map/svgMapModel';
import type { Size } from '../map/camera';
import { viewBoxForCamera } from '../map/camera';
import { noPadding } from '../map/frameMarks';
import { placeNameBox } from '../map/placeLabels';
import { mapView, sceneMarks, type MapView, type SceneMarks } from '../map/sceneMarks';
import { mapElementStates } from '../map/mapStates';
import { picturePalettes, type PicturePalette } from '../lib/palette';
import { svgDocument, svgText as text, wrapWords } from './svgText';
import type { Locale } from '../i18n/locale';
import { graphicsText } from '../i18n/graphics';

/** Height of the title band above the map and of the legend below it, px. */
const header = 100;
const footer = 90;

/**
 * The frame the map is laid out in: the part of a `width` × `height` picture between the title and the legend,
 * divided by `scale`. A picture shown at half its width (a step's picture in the text column) is laid out at
 * scale 2, so its names read at the page's own size there, as on a phone's graphic of that size.
 */
export const mapFrameSize = (width: number, height: number, scale = 1): Size => ({ width: width / scale, height: (height - header - footer) / scale });

/** What `scene` must show, and the camera and name positions that show it in the map frame of a picture. */
export function mapPictureView(
  model: SvgMapModel,
  scene: MapScene,
  { width, height, note, scale = 1 }: { width: number; height: number; note?: readonly string[] | undefined; scale?: number },
): { framing: SceneMarks; view: MapView } {
  // The same framing and name placement as the page's map, for a frame of this size with nothing over it.
  const framing = sceneMarks(scene, model, note);
  return { framing, view: mapView(framing, mapFrameSize(width, height, scale), noPadding) };
}

export function rerouteMapImage(
  model: SvgMapModel,
  scene: MapScene,
  { title, width, height, note, scale = 1, palette = picturePalettes.light }: {
    title: string;
    width: number;
    height: number;
    note?: readonly string[] | undefined;
    scale?: number;
    /** Its colours; the light theme's by default. */
    palette?: PicturePalette;
  },
  locale: Locale,
): string {
  const words = graphicsText[locale].map;
  const legend = words.pictureLegend;
  const frameSize = mapFrameSize(width, height, scale);
  const size = mapFrameSize(width, height);
  const { view } = mapPictureView(model, scene, { width, height, note, scale });
  const placed = new Map(view.labels.filter((label) => label.side).map((label) => [label.id, label]));
  const [x, y, w, h] = viewBoxForCamera(view.camera, frameSize);
  const u = 2 ** -view.camera.zoom;
  const states = mapElementStates(scene, model.routes);
  const c = palette;
  const { ink, inkSoft: soft } = palette;
  let map = `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${c.mapSea}"/>`;
  for (const country of model.countries) {
    const fill = scene.countries.includes(country.name as never) ? c.mapShaded : country.name === 'Kazakhstan' ? c.mapKazakhstan : country.name === 'Russia' ? c.mapRussia : c.mapLand;
    map += `<path d="${country.d}" fill="${fill}" stroke="${c.mapBorder}" stroke-width="${0.8 * u}" stroke-linejoin="round"/>`;
  }
  for (const label of model.countryLabels) {
    const at = placed.get(`country:${label.name}`);
    if (!at) continue;
    if (at.leader) {
      const [cx, cy] = [at.x + at.dx * u, at.y + at.dy * u];
      map += `<line x1="${cx + at.leader.x0 * u}" y1="${cy + at.leader.y0 * u}" x2="${cx + at.leader.x1 * u}" y2="${cy + at.leader.y1 * u}" stroke="${c.mapLabel}" stroke-width="${u}"/>`;
    }
    map += text(at.x + at.dx * u, at.y + at.dy * u, label.text.toLocaleUpperCase(), `font-size="${(at.compact ? 10.5 : 13) * u}" font-weight="700" letter-spacing="${(at.compact ? 0.5 : 1) * u}" fill="${c.mapLabel}" text-anchor="middle" dominant-baseline="central"`);
  }
  for (const route of model.routes) {
    const state = states.routes.get(route.id);
    if (state === 'hidden') continue;
    const colour = route.era === '2022' ? c.accent : c.detour;
    const dash = state === 'past' ? ` stroke-dasharray="${3 * u} ${4 * u}"` : route.by === 'sea' ? ` stroke-dasharray="${0.01 * u} ${7 * u}"` : route.era === 'detour' ? ` stroke-dasharray="${8 * u} ${5 * u}"` : '';
    map += `<polyline points="${route.points.map((p) => p.join(',')).join(' ')}" fill="none" stroke="${colour}" stroke-width="${(state === 'active' ? 3.5 : 2) * u}" stroke-linecap="round" stroke-linejoin="round" opacity="${state === 'past' ? 0.35 : 1}"${dash}/>`;
  }
  /** A name at `side` of its point, from the same boxes the placement used (placeLabels.ts). */
  const name = (px: number, py: number, lines: readonly string[], side: NonNullable<ReturnType<typeof placed.get>>['side'], fontPx: number, weight: number) => {
    const lineHeight = fontPx * 1.2;
    const box = placeNameBox(0, 0, 0, lines.length * lineHeight, side!);
    const anchor = side === 'right' ? 'start' : side === 'left' ? 'end' : 'middle';
    const top = box.y0 + fontPx * 0.85;
    return lines.map((line, i) => text(px + box.x0 * u, py + (top + i * lineHeight) * u, line,
      `font-size="${fontPx * u}" font-weight="${weight}" fill="${ink}" stroke="${c.mapHalo}" stroke-width="${3.5 * u}" paint-order="stroke" text-anchor="${anchor}"`)).join('');
  };
  for (const place of model.places) {
    const state = states.places.get(place.id);
    if (state === 'hidden') continue;
    if (state === 'closed') {
      const r = 7 * u;
      map += `<path d="M${place.x - r},${place.y - r} L${place.x + r},${place.y + r} M${place.x - r},${place.y + r} L${place.x + r},${place.y - r}" stroke="${c.closed}" stroke-width="${3.5 * u}" stroke-linecap="round"/>`;
    } else {
      map += `<circle cx="${place.x}" cy="${place.y}" r="${4.5 * u}" fill="${place.kind === 'city' ? ink : c.mapHalo}" stroke="${ink}" stroke-width="${2 * u}"/>`;
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
  // The note takes two lines where one would run off the picture (at 16 px a Cyrillic character takes up to about
  // 9.5 px): the legend moves up to make room.
  const noteLines = wrapWords(words.pictureNote, Math.floor((width - 80) / 9.5));
  const legendY = height - footer + (noteLines.length > 1 ? 24 : 32);
  // Keys spaced for their names at 17 px DejaVu Sans (about 9.4 px a character), so no name runs into the next key.
  const key = `font-size="17" fill="${soft}"`;
  const [x1, x2, x3, x4] = legend.x;
  body += `<line x1="${x1}" x2="${x1! + 40}" y1="${legendY - 6}" y2="${legendY - 6}" stroke="${c.accent}" stroke-width="4"/>` + text(x1! + 50, legendY, legend.route2022, key);
  body += `<line x1="${x2}" x2="${x2! + 40}" y1="${legendY - 6}" y2="${legendY - 6}" stroke="${c.detour}" stroke-width="4" stroke-dasharray="8 5"/>` + text(x2! + 50, legendY, legend.detour, key);
  body += `<line x1="${x3}" x2="${x3! + 40}" y1="${legendY - 6}" y2="${legendY - 6}" stroke="${c.detour}" stroke-width="4" stroke-linecap="round" stroke-dasharray="0.01 7"/>` + text(x3! + 50, legendY, legend.sea, key);
  body += text(x4!, legendY, '✕', `font-size="20" font-weight="700" fill="${c.closed}"`) + text(x4! + 24, legendY, legend.closed, key);
  noteLines.forEach((line, i) => (body += text(40, legendY + (noteLines.length > 1 ? 30 : 32) + i * 20, line, `font-size="16" fill="${soft}"`)));
  return svgDocument(width, height, body, title, c.canvas);
}
