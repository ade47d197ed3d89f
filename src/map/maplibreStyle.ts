/**
 * The MapLibre style: every source is inline GeoJSON shipped with the page and there is no `glyphs` URL (MapLibre
 * draws labels with the reader's own fonts), so the map makes no request outside the site.
 */
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { countryLabels, smallCountries, smallCountryMinZoom } from './countryNameSpots';
import { palettes, type Palette } from '../lib/palette';
import type { MapFeatures } from '../scenes/payload';

/** Highest zoom GeoJSON is tiled at; the story's cameras go to about 7. */
const sourceMaxZoom = 5;

export type { MapFeatures };

/** An element's drawing state ("active", "past", "marked", "closed" or "hidden"), set per scene as feature-state. */
const drawState: ExpressionSpecification = ['coalesce', ['feature-state', 'state'], 'hidden'];

/**
 * The routes of one era in one drawing state, drawn as the SVG draws them (map.css): active routes 3.5 px, road
 * detours dashed 8 5 px, sea legs dotted (colour is never the only cue); past routes 2 px at 35%, dashed 3 4 px.
 * MapLibre's dashes are in line widths.
 */
function routeLayer(palette: Palette, era: '2022' | 'detour', state: 'active' | 'past', by: 'road' | 'sea' = 'road'): LayerSpecification {
  const width = state === 'active' ? 3.5 : 2;
  const dashPx = state === 'past' ? [3, 4] : by === 'sea' ? [0.01, 7] : era === 'detour' ? [8, 5] : null;
  return {
    id: `routes-${era}${by === 'sea' ? '-sea' : ''}${state === 'past' ? '-past' : ''}`,
    type: 'line',
    source: 'routes',
    filter: ['all', ['==', ['get', 'era'], era], ['==', ['get', 'by'], by]],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': era === '2022' ? palette.accent : palette.detour,
      'line-width': width,
      'line-opacity': ['match', drawState, state, state === 'active' ? 1 : 0.35, 0],
      ...(dashPx ? { 'line-dasharray': dashPx.map((px) => px / width) } : {}),
    },
  };
}

/**
 * `labels`: whether MapLibre draws names, place dots and closed-crossing marks itself. The story leaves them to the
 * page's HTML labels (svgMap.ts), which spares MapLibre symbol placement on every repaint; an interactive map needs
 * its own so they follow the reader's pans and zooms. `palette`: the theme's colours (the canvas cannot read CSS);
 * `themePaint` repaints a map already made in another theme's.
 */
export function storyMapStyle(
  region: FeatureCollection<MultiPolygon, { name: string }>,
  features: MapFeatures,
  { labels, palette = palettes.light }: { labels: boolean; palette?: Palette },
): StyleSpecification {
  const {
    mapSea: sea, mapLand: land, mapKazakhstan: kazakhstan, mapRussia: russia, mapShaded: shaded, mapBorder: border,
    closed, ink, mapLabel: label, mapHalo: halo,
  } = palette;
  const shadedState: ExpressionSpecification = ['boolean', ['feature-state', 'shaded'], false];
  return {
    version: 8,
    sources: {
      // maxzoom: tiles are cut once up to zoom 5 and overscaled beyond, so camera moves do not re-tile every source
      // at every zoom level (the geometry is simplified for a regional map anyway).
      countries: { type: 'geojson', data: region, promoteId: 'name', maxzoom: sourceMaxZoom },
      countryLabels: {
        type: 'geojson',
        maxzoom: sourceMaxZoom,
        data: {
          type: 'FeatureCollection',
          features: Object.entries(countryLabels).map(([name, spots]) => ({
            type: 'Feature', properties: { name: (features.countryNames?.[name] ?? name).toLocaleUpperCase(), small: smallCountries.has(name) }, geometry: { type: 'Point', coordinates: spots[0]! },
          })),
        },
      },
      routes: {
        type: 'geojson',
        promoteId: 'id',
        maxzoom: sourceMaxZoom,
        data: {
          type: 'FeatureCollection',
          features: features.routes.map((route) => ({
            type: 'Feature', properties: { id: route.id, era: route.era, by: route.by }, geometry: { type: 'LineString', coordinates: route.coordinates },
          })),
        },
      },
      places: {
        type: 'geojson',
        promoteId: 'id',
        maxzoom: sourceMaxZoom,
        data: {
          type: 'FeatureCollection',
          features: features.places.map((place) => ({
            type: 'Feature', properties: { id: place.id, name: place.name, kind: place.kind }, geometry: { type: 'Point', coordinates: place.coordinates },
          })),
        },
      },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': sea } },
      {
        id: 'countries', type: 'fill', source: 'countries',
        paint: {
          'fill-color': ['case', shadedState, shaded,
            ['==', ['get', 'name'], 'Kazakhstan'], kazakhstan, ['==', ['get', 'name'], 'Russia'], russia, land],
        },
      },
      { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': border, 'line-width': 0.8 } },
      ...(labels ? [{
        id: 'country-labels', type: 'symbol' as const, source: 'countryLabels',
        filter: ['any', ['!', ['get', 'small']], ['>=', ['zoom'], smallCountryMinZoom]],
        // Labels are few and placed by hand (countryNameSpots.ts): skip collision detection, which runs every frame of a move.
        layout: { 'text-field': ['get', 'name'], 'text-size': 12, 'text-letter-spacing': 0.08, 'text-font': ['sans-serif'], 'text-allow-overlap': true, 'text-ignore-placement': true },
        paint: { 'text-color': label, 'text-halo-color': land, 'text-halo-width': 2 },
      }] satisfies LayerSpecification[] : []),
      // Active and past routes are separate layers because MapLibre's dash pattern is one per layer.
      ...(['2022', 'detour'] as const).flatMap((era) => [routeLayer(palette, era, 'active'), routeLayer(palette, era, 'past')]),
      routeLayer(palette, 'detour', 'active', 'sea'),
      ...(labels ? [{
        id: 'place-dots', type: 'circle' as const, source: 'places',
        paint: {
          'circle-radius': 4.5, 'circle-color': ['match', ['get', 'kind'], 'city', ink, halo], 'circle-stroke-color': ink, 'circle-stroke-width': 2,
          'circle-opacity': ['match', drawState, 'marked', 1, 0],
          'circle-stroke-opacity': ['match', drawState, 'marked', 1, 0],
        },
      },
      {
        id: 'closed-marks', type: 'symbol' as const, source: 'places',
        layout: { 'text-field': '✕', 'text-size': 20, 'text-allow-overlap': true, 'text-ignore-placement': true, 'text-font': ['sans-serif'] },
        paint: { 'text-color': closed, 'text-opacity': ['match', drawState, 'closed', 1, 0] },
      },
      {
        id: 'place-labels', type: 'symbol' as const, source: 'places',
        layout: {
          'text-field': ['get', 'name'], 'text-size': 12.5, 'text-anchor': 'left', 'text-offset': [0.7, 0],
          'text-allow-overlap': true, 'text-ignore-placement': true, 'text-font': ['sans-serif'],
        },
        paint: { 'text-color': ink, 'text-halo-color': halo, 'text-halo-width': 2, 'text-opacity': ['match', drawState, 'hidden', 0, 1] },
      }] satisfies LayerSpecification[] : []),
    ],
  };
}

/** A colour property of a layer: what changes between themes. */
export interface ThemePaint {
  layer: string;
  property: string;
  value: unknown;
}

/**
 * Every colour of `style`'s layers, to hand to `map.setPaintProperty` when the theme changes: the sources, feature
 * states and camera stay as they are, where `setStyle` would diff the whole style, GeoJSON included.
 */
export function themePaint(style: StyleSpecification): ThemePaint[] {
  return style.layers.flatMap((layer) =>
    Object.entries((layer as { paint?: Record<string, unknown> }).paint ?? {})
      .filter(([property]) => property.endsWith('-color'))
      .map(([property, value]) => ({ layer: layer.id, property, value })));
}
