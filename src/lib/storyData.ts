import { getCollection, render } from 'astro:content';
import type { Figure } from '../schemas/figure';
import type { Source } from '../schemas/source';
import { citationErrors } from './contentRules';

/** Every figure, keyed by id, after checking each cites a known source (fails the build otherwise). */
export async function loadFigures(): Promise<Map<string, Figure>> {
  const [figures, sources] = await Promise.all([getCollection('figures'), getCollection('sources')]);
  const rows = figures.map((entry) => entry.data);
  const errors = citationErrors(rows, new Set(sources.map((entry) => entry.data.id)));
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return new Map(rows.map((row) => [row.id, row]));
}

/** Sources in the order they should be listed: the ones the page cites, by publication. */
export async function loadSources(): Promise<Source[]> {
  const sources = await getCollection('sources');
  return sources.map((entry) => entry.data).sort((a, b) => a.publication.localeCompare(b.publication));
}

/** Story sections in reading order, each with its rendered MDX. */
export async function loadSections() {
  const entries = await getCollection('story');
  entries.sort((a, b) => a.data.order - b.data.order);
  return Promise.all(
    entries.map(async (entry) => ({ slug: entry.id.replace(/^\d+-/, ''), data: entry.data, ...(await render(entry)) })),
  );
}
