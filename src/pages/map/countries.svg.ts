import type { APIRoute } from 'astro';
import { svgMapModel } from '../../map/svgMapModel';
import { region } from '../../map/region';
import { countryShapesSvg } from '../../map/countryShapes';
import { defaultLocale } from '../../i18n/locale';

/**
 * `/map/countries.svg`: the map's country outlines, fetched by the page after its first paint (countryShapes.ts).
 * Outlines only, no words: one file serves every edition (the model's locale names labels, which it leaves out).
 */
export const GET: APIRoute = () =>
  new Response(countryShapesSvg(svgMapModel(region, [], [], defaultLocale).countries), { headers: { 'Content-Type': 'image/svg+xml' } });
