import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFile } from './contentCheck';
import { editionFolder, locales } from '../i18n/locale';

/** Every content file under `root` (data JSON, each edition's words and story MDX), as `checkContent` takes them. */
export function readContentFiles(root = process.cwd()): ContentFile[] {
  return ['content/data', 'content/editions', ...locales.map(editionFolder)].flatMap((folder) => {
    const dir = join(root, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => /\.(json|mdx)$/.test(name))
      .map((name) => ({ path: `${folder}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
  });
}
