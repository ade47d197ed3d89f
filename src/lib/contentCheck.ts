/**
 * Checks all the story's content without building the site: every data file against its schema, every MDX file's
 * frontmatter and tags, and the references between them. Returns every problem, each as "file:line: message",
 * so `npm run check:content` can list them all at once. Shares its rules with the build (contentRules.ts).
 */
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { ExportSurgeSchema, type ExportSurge } from '../schemas/exportSurge';
import { FigureSchema, type Figure } from '../schemas/figure';
import { PageSchema } from '../schemas/page';
import { PlaceSchema, RouteSchema, type Place, type Route } from '../schemas/place';
import { SceneSchema, type Scene } from '../schemas/scene';
import { SectionSchema } from '../schemas/section';
import { SourceSchema, type Source } from '../schemas/source';
import { CorrectionSchema, type Correction } from '../schemas/correction';
import { TurnoverValueSchema, type TurnoverValue } from '../schemas/tradeTurnover';
import { quoteErrors, sourceAddressErrors, undatedSourceErrors } from './sourceRules';
import { citationErrors, editionErrors, sceneErrors, storyErrors, translationErrors, unknownIdMessage, type ScannedFile } from './contentRules';
import { scanMdx } from './mdxScan';
import { defaultLocale, editionFolder, isLocale, locales, type Locale } from '../i18n/locale';
import { editionWordsErrors } from '../i18n/wordsCheck';

/** A content file: its path from the project root (e.g. "content/data/figures.json") and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

export interface ContentReport {
  errors: string[];
  /** English sections and steps, then shared data; `editions` counts each edition's own. */
  summary: {
    sections: number;
    steps: number;
    scenes: number;
    figures: number;
    sources: number;
    editions: Record<Locale, { sections: number; steps: number }>;
  };
}

/** The data files and the schema of their rows. */
const dataFiles = {
  'content/data/sources.json': SourceSchema,
  'content/data/figures.json': FigureSchema,
  'content/data/scenes.json': SceneSchema,
  'content/data/places.json': PlaceSchema,
  'content/data/routes.json': RouteSchema,
  'content/data/export-surges.json': ExportSurgeSchema,
  'content/data/page.json': PageSchema,
  'content/data/corrections.json': CorrectionSchema,
  'content/data/kz-ru-turnover.json': TurnoverValueSchema,
} as const;

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Line where each element of a top-level JSON array starts. */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    if (char === '[' || char === '{') {
      if (depth === 1) lines.push(lineAt(text, i));
      depth++;
    } else if (char === ']' || char === '}') depth--;
  }
  return lines;
}

/** The value at a Zod issue's path in a row, or undefined. */
function valueAt(row: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = row;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return value;
}

/** 'field "x": message' for each Zod issue, in words an editor can act on. */
function describeIssues(error: Pick<z.ZodError, 'issues'>, row: unknown): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.join('.');
    const value = valueAt(row, issue.path);
    let message = issue.message;
    if (issue.code === 'invalid_type' && value === undefined) message = `is missing (expected ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`})`;
    else if (issue.code === 'invalid_type') message = `expected ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`}, found ${JSON.stringify(value)}`;
    return field ? `field "${field}" ${message.startsWith('is ') ? '' : ': '}${message}`.replace(' : ', ': ') : message;
  });
}

/**
 * Rows of one data file that pass the schema, and the ids of all its rows (valid or not: a row with a typo in one
 * field still exists, so references to it should not be reported too). Problems go to `errors` with their line.
 */
function readRows<T>(file: ContentFile | undefined, path: string, schema: z.ZodType<T>, errors: string[]): { rows: T[]; ids: Set<string>; lines: Map<string, number> } {
  const ids = new Set<string>();
  const idLines = new Map<string, number>();
  if (!file) {
    errors.push(`${path}: file missing.`);
    return { rows: [], ids, lines: idLines };
  }
  let rows: unknown;
  try {
    rows = JSON.parse(file.text);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error));
    const line = position ? lineAt(file.text, Number(position[1])) : 1;
    errors.push(`${path}:${line}: not valid JSON (${(error as Error).message}). Check for a missing comma or quote near this line.`);
    return { rows: [], ids, lines: idLines };
  }
  if (!Array.isArray(rows)) {
    errors.push(`${path}:1: expected a list of rows, [ { … }, { … } ].`);
    return { rows: [], ids, lines: idLines };
  }
  const lines = arrayElementLines(file.text);
  const seen = new Map<string, number>();
  const valid: T[] = [];
  rows.forEach((row, index) => {
    const line = lines[index] ?? 1;
    const id = typeof row === 'object' && row !== null && typeof (row as { id?: unknown }).id === 'string' ? (row as { id: string }).id : undefined;
    const entry = id ? `entry "${id}"` : `entry ${index + 1}`;
    if (id) {
      ids.add(id);
      if (!idLines.has(id)) idLines.set(id, line);
    }
    const result = schema.safeParse(row);
    if (!result.success) {
      // A missing field of a translation is reported once, by translationErrors, with what to write.
      const issues = result.error.issues.filter((issue) => !(isLocale(issue.path[0]) && issue.code === 'invalid_type' && valueAt(row, issue.path) === undefined));
      for (const problem of describeIssues({ issues }, row)) errors.push(`${path}:${line}: ${entry}, ${problem}`);
      return;
    }
    if (id) {
      const first = seen.get(id);
      if (first) errors.push(`${path}:${line}: ${entry}: id used twice (first at line ${first}). Ids must be unique.`);
      else seen.set(id, line);
    }
    valid.push(result.data);
  });
  // Every edition's words for the names readers see, checked on every row (a row with another problem too).
  for (const locale of locales) if (locale !== defaultLocale) errors.push(...translationErrors(path, rows, lines, locale));
  return { rows: valid, ids, lines: idLines };
}

/** Frontmatter and body of an MDX file, with the frontmatter validated. */
function readSection(file: ContentFile, errors: string[]) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(file.text);
  if (!match) {
    errors.push(`${file.path}:1: missing frontmatter: start the file with ---, order: N, title: "…", ---.`);
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    errors.push(`${file.path}:1: frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]}).`);
    return undefined;
  }
  const result = SectionSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      const keyLine = key ? match[1]!.split('\n').findIndex((line) => line.startsWith(`${key}:`)) : -1;
      errors.push(`${file.path}:${keyLine >= 0 ? keyLine + 2 : 1}: frontmatter ${key ? `"${key}"` : ''}: ${issue.message}`);
    }
    return undefined;
  }
  return result.data;
}

/** Export-surge rows whose figure ids are unknown or whose two figures differ in unit. */
export function surgeErrors(rows: readonly ExportSurge[], figures: ReadonlyMap<string, Figure>, figureIds: ReadonlySet<string> = new Set(figures.keys())): string[] {
  const errors: string[] = [];
  for (const row of rows) {
    for (const field of ['from', 'to', 'change'] as const) {
      const id = row[field];
      if (id && !figureIds.has(id)) errors.push(`content/data/export-surges.json: row "${row.id}", field "${field}": ${unknownIdMessage('figure id', id, figureIds)}`);
    }
    const from = figures.get(row.from);
    const to = figures.get(row.to);
    if (from && to && from.unit !== to.unit) {
      errors.push(`content/data/export-surges.json: row "${row.id}" compares "${from.id}" (${from.unit}) with "${to.id}" (${to.unit}); both must have the same unit.`);
    }
  }
  return errors;
}

export function checkContent(files: readonly ContentFile[]): ContentReport {
  const errors: string[] = [];
  const byPath = new Map(files.map((file) => [file.path, file]));
  const read = <T>(path: keyof typeof dataFiles) => readRows<T>(byPath.get(path), path, dataFiles[path] as unknown as z.ZodType<T>, errors);
  const sources = read<Source>('content/data/sources.json');
  const figures = read<Figure>('content/data/figures.json');
  const scenes = read<Scene>('content/data/scenes.json');
  const places = read<Place>('content/data/places.json');
  const routes = read<Route>('content/data/routes.json');
  const surges = read<ExportSurge>('content/data/export-surges.json');
  read('content/data/page.json');
  const corrections = read<Correction>('content/data/corrections.json');
  const turnover = read<TurnoverValue>('content/data/kz-ru-turnover.json');
  // Rows that failed their schema are excluded from `figures.rows` etc., but their ids stay valid references.

  const figuresById = new Map(figures.rows.map((figure) => [figure.id, figure]));
  errors.push(
    ...citationErrors(figures.rows, sources.ids, figures.lines),
    ...sceneErrors(scenes.rows, routes.rows, { places: places.ids, surges: surges.ids, figures: figures.ids }),
    ...surgeErrors(surges.rows, figuresById, figures.ids),
    ...sourceAddressErrors(sources.rows, sources.lines),
    ...undatedSourceErrors(figures.rows, new Map(sources.rows.map((source) => [source.id, source])), { figures: figures.lines, sources: sources.lines }),
    ...quoteErrors(figures.rows, figures.lines),
    ...turnover.rows
      .filter((row) => !figures.ids.has(row.figure))
      .map((row) => `content/data/kz-ru-turnover.json:${turnover.lines.get(row.id) ?? 1}: row "${row.id}", field "figure": ${unknownIdMessage('figure id', row.figure, figures.ids)}`),
    ...corrections.rows
      .filter((correction) => correction.source && !sources.ids.has(correction.source))
      .map((correction) => `content/data/corrections.json:${corrections.lines.get(correction.id) ?? 1}: correction "${correction.id}": ${unknownIdMessage('source', correction.source!, sources.ids)}`),
  );

  // Each edition's words (content/editions/), against the default edition's keys, placeholders and plural forms.
  errors.push(...editionWordsErrors(files.filter((file) => file.path.startsWith('content/editions/'))));

  // Each edition's sections, checked by the same rules with the same messages; then the editions side by side.
  const editions = {} as ContentReport['summary']['editions'];
  const sectionsOf = {} as Record<Locale, { path: string; order: number; placement: string; orderLine: number }[]>;
  for (const locale of locales) {
    const folder = editionFolder(locale);
    const inFolder = new RegExp(`^${folder.replace(/\//g, '\\/')}\\/[^/]+\\.mdx$`);
    const storyFiles = files.filter((file) => inFolder.test(file.path)).sort((a, b) => a.path.localeCompare(b.path));
    const sections = storyFiles.map((file) => ({ file, section: readSection(file, errors) }));
    const ordered = sections.filter((entry) => entry.section).sort((a, b) => a.section!.order - b.section!.order);
    const scanned: ScannedFile[] = ordered.map(({ file }) => ({ path: file.path, scan: scanMdx(file.text) }));
    errors.push(...storyErrors(scanned, { scenes: scenes.ids, figures: figures.ids }));
    const steps = scanned.reduce((sum, file) => sum + file.scan.steps.length, 0);
    if (storyFiles.length === 0) errors.push(`${folder}: no sections (MDX files) found.`);
    else if (steps === 0) errors.push(`${folder}: no <Step scene="…"> in any section: the graphic needs at least one step.`);
    editions[locale] = { sections: storyFiles.length, steps };
    // Every file counts as present, even one whose frontmatter failed (reported above); only valid ones are compared.
    sectionsOf[locale] = sections.map(({ file, section }) => ({
      path: file.path,
      order: section?.order ?? Number.NaN,
      placement: section?.placement ?? '',
      orderLine: file.text.split('\n').findIndex((line) => line.startsWith('order:')) + 1 || 2,
    }));
  }
  for (const locale of locales) {
    if (locale !== defaultLocale && editions[locale].sections > 0) {
      errors.push(...editionErrors(sectionsOf[defaultLocale], sectionsOf[locale], editionFolder(locale), locale));
    }
  }
  return {
    errors,
    summary: {
      sections: editions[defaultLocale].sections,
      steps: editions[defaultLocale].steps,
      scenes: scenes.ids.size,
      figures: figures.ids.size,
      sources: sources.ids.size,
      editions,
    },
  };
}
