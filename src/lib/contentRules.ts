/**
 * Cross-file rules the Zod schemas cannot see: a figure must cite a source that exists, an MDX file may only use
 * figure and scene ids that exist. Pure functions returning messages, so the build, `check:content` and the tests
 * share them.
 */
import { editions } from '../i18n/editions';

/** One message per figure whose `source` is not a source id, with the figure's line where it is known. */
export function citationErrors(
  figures: readonly { id: string; source: string }[],
  sourceIds: ReadonlySet<string>,
  lines?: ReadonlyMap<string, number>,
): string[] {
  return figures
    .filter((figure) => !sourceIds.has(figure.source))
    .map(
      (figure) =>
        `content/data/figures.json${lines?.has(figure.id) ? `:${lines.get(figure.id)}` : ''}: figure "${figure.id}" cites source ` +
        `"${figure.source}", which is not in content/data/sources.json. ${unknownIdMessage('source', figure.source, sourceIds).replace(/^Unknown source "[^"]*"\. /, '')}`,
    );
}

/** "unknown figure id "x". Valid ids: a, b, c" with the closest match first when there is one. */
export function unknownIdMessage(kind: string, id: string, validIds: Iterable<string>): string {
  const valid = [...validIds].sort();
  // Allow about one typo per three characters, so short ids don't get far-fetched suggestions.
  const tolerance = Math.min(3, Math.floor(id.length / 3));
  const close = valid
    .map((candidate) => ({ candidate, distance: editDistance(candidate, id) }))
    .filter(({ distance }) => distance <= tolerance)
    .sort((a, b) => a.distance - b.distance)
    .map(({ candidate }) => candidate);
  const hint = close.length > 0 ? ` Did you mean "${close[0]}"?` : '';
  return `Unknown ${kind} "${id}".${hint} Valid ${kind}s: ${valid.join(', ')}.`;
}

/** Levenshtein distance, for "did you mean" hints on typos. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The HTML id (and #link) of a section: its file name without the order prefix, "03-the-border-closes" → "the-border-closes". */
export function sectionSlug(fileName: string): string {
  return fileName.replace(/^.*\//, '').replace(/\.mdx$/, '').replace(/^\d+[a-z]?-/, '');
}

/** An MDX file as the rules see it: its path from the project root and its scan. */
export interface ScannedFile {
  path: string;
  scan: import('./mdxScan').MdxScan;
}

/**
 * Every mistake in the story's MDX files, as "path:line: message": malformed tags, unknown scenes and figures,
 * empty steps and step ids used twice (across files too).
 */
export function storyErrors(
  files: readonly ScannedFile[],
  ids: { scenes: ReadonlySet<string>; figures: ReadonlySet<string> },
): string[] {
  const errors: string[] = [];
  const firstUse = new Map<string, string>();
  // Sections and steps share the page's ids (both are link targets), so a step may not take a section's.
  for (const { path } of files) firstUse.set(sectionSlug(path), `${path} (the section's own id)`);
  for (const { path, scan } of files) {
    for (const problem of scan.problems) errors.push(`${path}:${problem.line}: ${problem.message}`);
    for (const figure of scan.figures) {
      if (!ids.figures.has(figure.id)) {
        errors.push(`${path}:${figure.line}: <Figure id="${figure.id}" />: ${unknownIdMessage('figure id', figure.id, ids.figures)}`);
      }
    }
    for (const step of scan.steps) {
      const where = `${path}:${step.line}`;
      if (!ids.scenes.has(step.scene)) {
        errors.push(`${where}: <Step scene="${step.scene}">: ${unknownIdMessage('scene', step.scene, ids.scenes)}`);
      }
      if (step.empty) errors.push(`${where}: <Step scene="${step.scene}"> is empty: write the text the reader sees at this step between <Step …> and </Step>.`);
      const earlier = firstUse.get(step.id);
      if (earlier) {
        errors.push(`${where}: step id "${step.id}" is already used at ${earlier}. Step ids must be unique: give this step its own id="…".`);
      } else {
        firstUse.set(step.id, where);
      }
    }
  }
  return errors;
}

/** Scenes and routes that name routes, places or chart panels that do not exist. */
export function sceneErrors(
  scenes: readonly import('../schemas/scene').Scene[],
  routes: readonly import('../schemas/place').Route[],
  ids: { places: ReadonlySet<string>; surges: ReadonlySet<string>; figures?: ReadonlySet<string> },
): string[] {
  const errors: string[] = [];
  const routeIds = new Set(routes.map((route) => route.id));
  for (const route of routes) {
    for (const place of route.via) {
      if (!ids.places.has(place)) errors.push(`content/data/routes.json: route "${route.id}", via: ${unknownIdMessage('place', place, ids.places)}`);
    }
  }
  for (const scene of scenes) {
    const where = `content/data/scenes.json: scene "${scene.id}"`;
    if (scene.chart?.highlight && !ids.surges.has(scene.chart.highlight)) {
      errors.push(`${where}, chart.highlight: ${unknownIdMessage('chart panel', scene.chart.highlight, ids.surges)}`);
    }
    if (!scene.map) continue;
    for (const route of scene.map.routes) {
      if (!routeIds.has(route)) errors.push(`${where}, map.routes: ${unknownIdMessage('route', route, routeIds)}`);
    }
    for (const field of ['places', 'closed'] as const) {
      for (const place of scene.map[field]) {
        if (!ids.places.has(place)) errors.push(`${where}, map.${field}: ${unknownIdMessage('place', place, ids.places)}`);
      }
    }
    const queue = scene.map.queue;
    if (queue) {
      if (!ids.places.has(queue.at)) errors.push(`${where}, map.queue.at: ${unknownIdMessage('place', queue.at, ids.places)}`);
      const figures = [['trucks', queue.trucks], ...queue.lengths.map((id, i) => [`lengths[${i}]`, id])] as const;
      for (const [field, id] of figures) {
        if (ids.figures && !ids.figures.has(id)) errors.push(`${where}, map.queue.${field}: ${unknownIdMessage('figure', id, ids.figures)}`);
      }
    }
    if (scene.map.routes.length + scene.map.places.length + scene.map.closed.length + scene.map.countries.length + scene.map.named.length === 0) {
      errors.push(`${where}: a map scene must name something to show (routes, places, closed crossings or countries); the map frames what it names.`);
    }
  }
  return errors;
}

/**
 * The fields readers see in each data file, which every edition but English gives in a `ru`-style object beside
 * them: `{ "label": "Washing machines…", "ru": { "label": "Стиральные машины…" } }`. An optional English field
 * (a figure's `note`, a place's `short`) needs its translation only where the row has it.
 */
export const translatedFields: Record<string, readonly string[]> = {
  'content/data/figures.json': ['label', 'note'],
  // A source's title is translated only when it is our description of the piece, not its headline.
  'content/data/sources.json': ['publication', 'title', 'note', 'noDate', 'noUrl'],
  'content/data/page.json': ['kicker', 'headline', 'dek', 'description', 'byline'],
  'content/data/places.json': ['name', 'short'],
  'content/data/routes.json': ['name'],
  'content/data/export-surges.json': ['label', 'measure'],
  'content/data/scenes.json': ['label'],
  'content/data/corrections.json': ['topic', 'text'],
  'content/data/kz-ru-turnover.json': ['by'],
};

/** Language names for messages ("has no Russian label"), from the editions registry. */
const languageNames: Record<string, string> = Object.fromEntries(editions.map((edition) => [edition.code, edition.englishName]));

/**
 * One message per data row (as parsed, before its schema) whose edition object lacks a field the row has in
 * English: "content/data/figures.json:7: entry "x" has no Russian "label": add "ru": { "label": "…" } …".
 * `lines[i]` is the line where row i starts.
 */
export function translationErrors(path: string, rows: readonly unknown[], lines: readonly number[], locale = 'ru'): string[] {
  const fields = translatedFields[path];
  if (!fields) return [];
  const language = languageNames[locale] ?? locale;
  const errors: string[] = [];
  rows.forEach((row, index) => {
    if (typeof row !== 'object' || row === null) return;
    const record = row as Record<string, unknown>;
    const entry = typeof record.id === 'string' ? `entry "${record.id}"` : `entry ${index + 1}`;
    const where = `${path}:${lines[index] ?? 1}: ${entry}`;
    const needed = fields.filter((field) => typeof record[field] === 'string' && !(field === 'title' && path.endsWith('sources.json') && record.titleIsDescription !== true));
    const translation = record[locale];
    if (translation === undefined) {
      const example = needed.map((field) => `"${field}": "…"`).join(', ');
      errors.push(`${where} has no ${language} form: add "${locale}": { ${example} } with the ${language} for ${needed.map((field) => `"${field}"`).join(' and ')}.`);
      return;
    }
    if (typeof translation !== 'object' || translation === null) return; // the schema reports its type
    for (const field of needed) {
      const value = (translation as Record<string, unknown>)[field];
      if (typeof value !== 'string' || value.trim() === '') {
        errors.push(`${where}, "${locale}" has no "${field}": translate the English ${field} ("${String(record[field]).slice(0, 60)}") into ${language}.`);
      }
    }
  });
  return errors;
}

/** A section file in one edition (its path) and its frontmatter, as `editionErrors` compares them. */
export interface EditionSection {
  path: string;
  order: number;
  placement: string;
  /** Line of `order:` in the file (2 when unknown). */
  orderLine?: number;
}

/**
 * Sections present in one edition and missing in the other (the same file names in `content/story/` and
 * `content/story/<locale>/`), and translations whose `order` or `placement` differ from the original's.
 */
export function editionErrors(original: readonly EditionSection[], translation: readonly EditionSection[], folder: string, locale = 'ru'): string[] {
  const language = languageNames[locale] ?? locale;
  const name = (path: string) => path.replace(/^.*\//, '');
  const translated = new Map(translation.map((section) => [name(section.path), section]));
  const originals = new Map(original.map((section) => [name(section.path), section]));
  const errors: string[] = [];
  for (const section of original) {
    const other = translated.get(name(section.path));
    if (!other) {
      errors.push(`${section.path}:1: this section has no ${language} edition: add ${folder}/${name(section.path)} with its translation (same file name, order and steps' scenes).`);
      continue;
    }
    if (Number.isNaN(other.order) || Number.isNaN(section.order)) continue; // frontmatter already reported
    if (other.order !== section.order) errors.push(`${other.path}:${other.orderLine ?? 2}: order ${other.order} differs from the English section's order ${section.order} (${section.path}): both editions show sections in the same order.`);
    if (other.placement !== section.placement) errors.push(`${other.path}:1: placement "${other.placement}" differs from the English section's "${section.placement}" (${section.path}).`);
  }
  for (const section of translation) {
    if (!originals.has(name(section.path))) {
      errors.push(`${section.path}:1: this ${language} section has no English original (content/story/${name(section.path)}): every edition has the same sections, under the same file names.`);
    }
  }
  return errors;
}
