/**
 * The story's steps in reading order, read from an edition's MDX (`content/story/`, `content/story/ru/`): the one
 * reader of the step list for the build, the end-to-end tests and the scripts. Sections go by their frontmatter's
 * `order`, then file name. `npm run check:content` has already reported any malformed file with its line.
 * Relative imports carry `.ts`: scripts run this file with Node's own TypeScript support.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { scanMdx } from './mdxScan.ts';

export interface StoryStepEntry {
  /** The step's id (its deep link). */
  id: string;
  /** The scene it shows. */
  scene: string;
}

/**
 * The steps of the MDX files `files`, sections in reading order. `order`: the section's, when the caller has read the
 * frontmatter already (a content collection's entry, whose `text` is the body alone); else the frontmatter's.
 */
export function storySteps(files: readonly { path: string; text: string; order?: number }[]): StoryStepEntry[] {
  return files
    .map((file) => {
      const scan = scanMdx(file.text);
      const order = file.order ?? Number((parseYaml(scan.frontmatter ?? '') as { order?: number } | null)?.order);
      return { path: file.path, order, steps: scan.steps };
    })
    .sort((a, b) => a.order - b.order || a.path.localeCompare(b.path))
    .flatMap((file) => file.steps.map(({ id, scene }) => ({ id, scene })));
}

/** The steps of the edition whose MDX lives in `folder` (relative to `root`), in reading order. */
export function readStorySteps(folder = 'content/story', root = process.cwd()): StoryStepEntry[] {
  const dir = join(root, folder);
  return storySteps(readdirSync(dir).filter((name) => name.endsWith('.mdx')).map((name) => ({ path: name, text: readFileSync(join(dir, name), 'utf8') })));
}
