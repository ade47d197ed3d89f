import type { APIRoute } from 'astro';
import { editionPaths, type EditionProps } from '../../../i18n/editionRoutes';
import { datasetIds, type DatasetId } from '../../../lib/datasets';
import { datasetCsv } from '../../../charts/datasetCsv';

export const getStaticPaths = () => editionPaths(() => datasetIds.map((dataset) => ({ params: { dataset } })));

/** A chart's data as CSV in an edition's words, one row per value with its source (src/lib/datasets.ts). */
export const GET: APIRoute = async ({ params, props }) =>
  new Response(await datasetCsv(params.dataset as DatasetId, (props as EditionProps).locale), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
