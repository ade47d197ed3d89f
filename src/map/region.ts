/** The shipped regional geometry (Natural Earth, clipped: scripts/prepare-geometry.ts), typed once for every user. */
import type { FeatureCollection, MultiPolygon } from 'geojson';
import regionData from './region.geo.json';

export type RegionGeometry = FeatureCollection<MultiPolygon, { name: string }>;
export const region = regionData as unknown as RegionGeometry;
