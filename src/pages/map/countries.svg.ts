import type { APIRoute } from 'astro';
import { svgMapModel } from '../../map/svgMapModel';
import { region } from '../../map/region';
import { countryShapesSvg } from '../../map/countryShapes';

/** `/map/countries.svg`: the map's country outlines, fetched by the page after its first paint (countryShapes.ts). */
export const GET: APIRoute = () =>
  new Response(countryShapesSvg(svgMapModel(region, [], []).countries), { headers: { 'Content-Type': 'image/svg+xml' } });
