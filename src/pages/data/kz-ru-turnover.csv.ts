import type { APIRoute } from 'astro';
import { loadTurnoverReports } from '../../lib/turnoverData';
import { turnoverCsv } from '../../charts/tradeTurnover/table';

/** The turnover chart's data table as CSV, one row per reported value with its source and date. */
export const GET: APIRoute = async () =>
  new Response(turnoverCsv(await loadTurnoverReports('en'), 'en'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
