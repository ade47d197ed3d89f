import type { APIRoute } from 'astro';
import { loadTurnoverReports } from '../../../lib/turnoverData';
import { turnoverCsv } from '../../../charts/tradeTurnover/table';

/** The Russian edition's turnover data as CSV: the same rows, in Russian words. */
export const GET: APIRoute = async () =>
  new Response(turnoverCsv(await loadTurnoverReports('ru'), 'ru'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
