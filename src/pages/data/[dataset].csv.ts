import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCsv, datasetIds, type DatasetId } from '../../lib/datasets';

export const getStaticPaths = (() => datasetIds.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

/** A chart's data as CSV, one row per value with its source (src/lib/datasets.ts). */
export const GET: APIRoute = async ({ params }) =>
  new Response(await datasetCsv(params.dataset as DatasetId, 'en'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
