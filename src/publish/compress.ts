/**
 * Precompression: a Brotli (`.br`) and a gzip (`.gz`) copy of every text file of the build, at the highest levels,
 * so a server only picks a file under load and never compresses. A copy is kept only when it is smaller than the
 * original; it gets the original's modification time, so Last-Modified is the same whatever the encoding.
 */
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { compressibleExtensions, extensionOf } from './policy.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

export const isCompressible = (file: string): boolean =>
  !/\.(br|gz)$/.test(file) && (compressibleExtensions as readonly string[]).includes(extensionOf(`/${file}`));

export interface CompressionResult {
  file: string;
  bytes: number;
  br?: number;
  gzip?: number;
}

/** Writes `<file>.br` and `<file>.gz` beside every text file under `dir`; returns the sizes. */
export async function precompress(dir: string, files: readonly string[] = listFiles(dir)): Promise<CompressionResult[]> {
  const results: CompressionResult[] = [];
  // Two at a time: zlib runs on libuv's thread pool, and this machine has two cores.
  const queue = files.filter(isCompressible);
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const path = join(dir, file);
      const source = readFileSync(path);
      const { mtime, atime } = statSync(path);
      const [br, gzipped] = await Promise.all([
        brotli(source, {
          params: {
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
          },
        }),
        gz(source, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      const result: CompressionResult = { file, bytes: source.length };
      for (const [suffix, data, key] of [['.br', br, 'br'], ['.gz', gzipped, 'gzip']] as const) {
        if (data.length >= source.length) continue;
        writeFileSync(path + suffix, data);
        utimesSync(path + suffix, atime, mtime);
        result[key] = data.length;
      }
      results.push(result);
    }
  };
  await Promise.all([worker(), worker()]);
  return results.sort((a, b) => a.file.localeCompare(b.file));
}
