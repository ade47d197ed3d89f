import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileImports, packageImports, packageName, shipsTypes, sourceFiles, typesPackage } from '../helpers/packageImports';

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const dependencies = new Set(Object.keys(manifest.dependencies ?? {}));
const declared = new Set([...dependencies, ...Object.keys(manifest.devDependencies ?? {})]);

const files = [...['src', 'scripts', 'tests'].flatMap((dir) => sourceFiles(dir)), 'astro.config.mjs', 'vitest.config.ts', 'playwright.config.ts'];
const imports = files.flatMap((file) => fileImports(resolve(root, file)).map((found) => ({ file, ...found })));

describe('package.json declares every package the code imports', () => {
  it('reads imports from every part of the project', () => {
    // Guards the scan itself: a glob or parser that found nothing would pass every check below.
    expect(files.length).toBeGreaterThan(200);
    expect(imports.find((found) => found.file === 'src/scrolly/scroller.ts' && found.name === 'scrollama')).toBeDefined();
    for (const dir of ['src/', 'scripts/', 'tests/']) expect(imports.some((found) => found.file.startsWith(dir)), dir).toBe(true);
  });

  it('each imported package is in dependencies or devDependencies (a type-only import: or its @types package)', () => {
    const missing = imports
      .filter(({ name, typeOnly }) => !declared.has(name) && !(typeOnly && declared.has(typesPackage(name))))
      .map(({ file, name }) => `${file} imports ${name}, which package.json does not declare`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('a package imported in TypeScript without types of its own has its @types package declared', () => {
    const untyped = imports
      .filter(({ file, specifier, typeOnly }) => !typeOnly && /\.(ts|astro)$/.test(file) && !specifier.includes('?'))
      .filter(({ name }) => declared.has(name) && !shipsTypes(root, name) && !declared.has(typesPackage(name)))
      .map(({ file, name }) => `${file} imports ${name}, whose types (${typesPackage(name)}) package.json does not declare`);
    expect([...new Set(untyped)]).toEqual([]);
  });

  it('what the site itself imports (src/) is a dependency, not a devDependency', () => {
    const devOnly = imports
      .filter(({ file, typeOnly }) => file.startsWith('src/') && !typeOnly)
      .filter(({ name }) => declared.has(name) && !dependencies.has(name))
      .map(({ file, name }) => `${file} imports ${name}, which is only a devDependency`);
    expect([...new Set(devOnly)]).toEqual([]);
  });
});

describe('packageImports(path, text)', () => {
  it('names the package of each bare import, type-only or not, and skips relative, node: and astro: imports', () => {
    const text = [
      "import { geoPath } from 'd3-geo';",
      "import type { Topology } from 'topojson-specification';",
      "import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';",
      "export { thing } from '@scope/pkg/sub';",
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'path';",
      "import { getCollection } from 'astro:content';",
      "import { local } from './local';",
      "// import { commented } from 'not-a-package';",
      "const later = await import('lazy-pkg');",
      "let page: import('@playwright/test').Page;",
    ].join('\n');
    expect(packageImports('example.ts', text).map(({ name, typeOnly }) => `${name}${typeOnly ? ' (type)' : ''}`)).toEqual([
      'd3-geo', 'topojson-specification (type)', 'maplibre-gl', '@scope/pkg', 'lazy-pkg', '@playwright/test (type)',
    ]);
  });
  it('reads the frontmatter and scripts of an .astro file, not its markup', () => {
    const text = "---\nimport Base from 'astro-base';\n---\n<p>import x from 'prose'</p>\n<script>\nimport { run } from 'run-pkg';\n</script>\n";
    expect(packageImports('Page.astro', text).map(({ name }) => name)).toEqual(['astro-base', 'run-pkg']);
  });
  it('packageName(specifier) keeps the scope of a scoped package', () => {
    expect(packageName('@resvg/resvg-js')).toBe('@resvg/resvg-js');
    expect(packageName('astro/zod')).toBe('astro');
    expect(packageName('fs')).toBeUndefined();
    expect(typesPackage('@scope/name')).toBe('@types/scope__name');
  });
});
