/**
 * The packages a source file imports, read with TypeScript's own parser (so imports in comments or strings are not
 * counted): static and dynamic imports, re-exports, `import('…')` types and `require('…')`, in `.ts`, `.mjs` and the
 * frontmatter and `<script>`s of `.astro` files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';

export interface PackageImport {
  /** The package's name: `maplibre-gl` for `maplibre-gl/dist/maplibre-gl.css?url`, `@scope/name` for a scoped one. */
  name: string;
  /** The specifier as written. */
  specifier: string;
  /** Erased at compile time (`import type`, `export type`, an `import('…')` type): a `@types/…` package serves. */
  typeOnly: boolean;
}

const sourceExtensions = /\.(ts|mts|cts|js|mjs|cjs|astro)$/;

/** Every source file under `dir`, as paths joined to it. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => sourceExtensions.test(path))
    .map((path) => join(dir, path))
    .sort();
}

/** The script parts of an `.astro` file: its frontmatter and the bodies of its `<script>` elements. */
export function astroScripts(text: string): string {
  const frontmatter = text.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** The package a bare specifier names, or undefined for a relative path, a Node builtin or a virtual module. */
export function packageName(specifier: string): string | undefined {
  if (/^[./]/.test(specifier) || /^[a-z][a-z0-9+.-]*:/i.test(specifier)) return undefined; // relative, node:, astro:…
  const parts = specifier.replace(/\?.*$/, '').split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return builtinModules.includes(name) ? undefined : name;
}

/** The packages imported by `text`, the source of a file named `path`. */
export function packageImports(path: string, text: string): PackageImport[] {
  const code = path.endsWith('.astro') ? astroScripts(text) : text;
  const source = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: PackageImport[] = [];
  const add = (node: ts.Node | undefined, typeOnly: boolean) => {
    if (!node || !ts.isStringLiteralLike(node)) return;
    const name = packageName(node.text);
    if (name) found.push({ name, specifier: node.text, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, node.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword);
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, true);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) add(node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `@types/…` for a package: `@types/d3-geo`, `@types/scope__name`. */
export const typesPackage = (name: string) => `@types/${name.replace(/^@/, '').replace('/', '__')}`;

/** Whether an installed package ships its own type declarations. */
export function shipsTypes(root: string, name: string): boolean {
  const dir = join(root, 'node_modules', name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (manifest.types || manifest.typings) return true;
  if (JSON.stringify(manifest.exports ?? {}).includes('"types"')) return true;
  return readdirSync(dir).includes('index.d.ts');
}

/** Reads `path` and lists its package imports. */
export const fileImports = (path: string): PackageImport[] => packageImports(path, readFileSync(path, 'utf8'));
