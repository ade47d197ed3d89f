/**
 * Temporary copies of the project for content tests: the site's files copied (content to break on purpose) and its
 * dependencies linked, so a build runs on the copy exactly as on the real site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ContentFile } from '../../src/lib/contentCheck';
import { readContentFiles } from '../../src/lib/contentFiles';

const projectRoot = resolve(import.meta.dirname, '../..');

/** The project's content files, read into memory for `checkContent`. */
export const contentFiles = (root = projectRoot): ContentFile[] => readContentFiles(root);

/** `files` with one file's text changed by `edit` (which must change it, or the test would prove nothing). */
export function withEdit(files: ContentFile[], path: string, edit: (text: string) => string): ContentFile[] {
  return files.map((file) => {
    if (file.path !== path) return file;
    const text = edit(file.text);
    if (text === file.text) throw new Error(`withEdit: the edit left ${path} unchanged`);
    return { path, text };
  });
}

export interface Sandbox {
  root: string;
  edit(path: string, edit: (text: string) => string): void;
  write(path: string, text: string): void;
  build(): { ok: boolean; output: string };
  remove(): void;
}

export function createSandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'around-kazakhstan-'));
  // Astro compiles files by their real path, so the site's own files are copied; only dependencies are linked.
  for (const name of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  return {
    root,
    edit(path, edit) {
      const before = readFileSync(join(root, path), 'utf8');
      const after = edit(before);
      if (after === before) throw new Error(`sandbox.edit: the edit left ${path} unchanged`);
      writeFileSync(join(root, path), after);
    },
    write(path, text) {
      writeFileSync(join(root, path), text);
    },
    build() {
      // process.execPath is the project's Node 24 when tests run through npm scripts.
      const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(root, '.cache') },
        timeout: 180_000,
      });
      // Strip colour codes so messages can be matched as text.
      const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
      return { ok: result.status === 0, output };
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
