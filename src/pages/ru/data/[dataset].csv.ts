import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetCsv, datasetIds, type DatasetId } from '../../../lib/datasets';

export const getStaticPaths = (() => datasetIds.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

/** The Russian edition's CSVs: the same rows, in Russian words. */
export const GET: APIRoute = async ({ params }) =>
  new Response(await datasetCsv(params.dataset as DatasetId, 'ru'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
