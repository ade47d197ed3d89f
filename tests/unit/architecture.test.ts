/**
 * Imports go one way: content → validated data → scene state → visuals (docs/architecture.md). Every module under
 * src/ is read with TypeScript's own parser, and an import from a folder into one it must not reach fails, naming
 * the file and the import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The visuals: each draws a state and knows nothing of the scroll or of its siblings. */
const visuals = ['map', 'charts', 'components', 'pictures', 'embed'];
/** Browser wiring: the scroll engine, and the story's composer that hands scene states to the visuals. */
const wiring = ['scrolly', 'story'];

/** Folder under src/ → folders under src/ its modules must not import, and why. */
const forbidden: Record<string, { folders: string[]; why: string }> = {
  lib: { folders: [...visuals, ...wiring, 'pages'], why: 'helpers import no visual' },
  i18n: { folders: [...visuals, ...wiring, 'pages'], why: 'helpers import no visual' },
  schemas: { folders: [...visuals, ...wiring, 'pages', 'lib', 'scenes'], why: 'schemas sit under the data they validate' },
  scenes: { folders: [...visuals, ...wiring, 'pages'], why: 'scene state is made from data alone' },
  scrolly: { folders: [...visuals, 'story', 'pages'], why: 'the scroll engine only emits {step, progress}' },
  charts: { folders: ['map', 'pictures', 'embed', 'components', ...wiring, 'pages'], why: 'a chart draws a state and talks to no other visual' },
  map: { folders: ['charts', 'pictures', 'embed', 'components', ...wiring, 'pages'], why: 'the map draws a state and talks to no other visual' },
  pictures: { folders: ['embed', 'components', ...wiring, 'pages'], why: 'pictures draw from the charts’ and the map’s layouts, not from their pages' },
  embed: { folders: [...wiring, 'pages'], why: 'an embed never runs the story’s scroll' },
  story: { folders: ['embed', 'pages'], why: 'the story composes visuals, not pages' },
};

const src = 'src';
const scriptFile = /\.(ts|mts|mjs|astro)$/;

/** The script parts of an `.astro` file: its frontmatter and its `<script>` bodies. */
function scriptsOf(path: string, text: string): string {
  if (!path.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  return [frontmatter, ...[...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])].join('\n');
}

/** Relative specifiers a file imports: static, dynamic, re-exports and `import('…')` types. */
function relativeImports(path: string, text: string): string[] {
  const { importedFiles } = ts.preProcessFile(scriptsOf(path, text), true, true);
  const types = [...scriptsOf(path, text).matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g)].map((m) => m[1]!);
  return [...new Set([...importedFiles.map((file) => file.fileName), ...types])].filter((name) => name.startsWith('.'));
}

/** The top folder under src/ a path lies in (`map` for src/map/svgMap.ts), or '' for a file directly in src/. */
const folderOf = (path: string) => {
  const parts = relative(src, path).split(/[\\/]/);
  return parts.length > 1 ? parts[0]! : '';
};

/** Every import against the data flow in the files given, as "file: import 'x' (folder → folder: why)". */
function violations(files: { path: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const { path, text } of files) {
    const rule = forbidden[folderOf(path)];
    if (!rule) continue;
    for (const specifier of relativeImports(path, text)) {
      const target = folderOf(join(dirname(path), specifier));
      if (rule.folders.includes(target)) found.push(`${path}: import '${specifier}' (${folderOf(path)} → ${target}: ${rule.why})`);
    }
  }
  return found;
}

const sources = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((path) => scriptFile.test(path))
  .map((path) => join(src, path))
  .sort()
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('imports go one way (content → validated data → scene state → visuals)', () => {
  it('no module under src/ imports a folder its own folder must not reach', () => {
    expect(violations(sources)).toEqual([]);
  });

  it('violations() names the file and the import, for static, dynamic and type imports and .astro scripts', () => {
    const files = [
      { path: 'src/lib/words.ts', text: "import { x } from '../map/svgMap';\nconst y = await import('../charts/a/update');" },
      { path: 'src/pictures/a.ts', text: "export type T = import('../embed/charts').Chart;\nimport '../map/camera';" },
      { path: 'src/map/A.astro', text: "---\nimport B from '../charts/B.astro';\n---\n<script>import '../scrolly/scroller';</script>" },
      { path: 'src/scenes/b.ts', text: "// import '../map/svgMap' in a comment is not an import\nimport './sceneState';" },
    ];
    expect(violations(files)).toEqual([
      "src/lib/words.ts: import '../map/svgMap' (lib → map: helpers import no visual)",
      "src/lib/words.ts: import '../charts/a/update' (lib → charts: helpers import no visual)",
      "src/pictures/a.ts: import '../embed/charts' (pictures → embed: pictures draw from the charts’ and the map’s layouts, not from their pages)",
      "src/map/A.astro: import '../charts/B.astro' (map → charts: the map draws a state and talks to no other visual)",
      "src/map/A.astro: import '../scrolly/scroller' (map → scrolly: the map draws a state and talks to no other visual)",
    ]);
  });
});
