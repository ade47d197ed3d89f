/**
 * Finds the story components an editor wrote in an MDX file (`<Step>`, `<Figure>`), with their line numbers, so
 * mistakes can be reported as "file:line: what is wrong" before anything renders.
 */

export interface ScannedStep {
  /** The step's id: its `id` attribute, or its scene. */
  id: string;
  scene: string;
  line: number;
  /** True when the step has no text. */
  empty: boolean;
}

export interface ScannedFigure {
  id: string;
  line: number;
}

export interface MdxScan {
  steps: ScannedStep[];
  figures: ScannedFigure[];
  /** Malformed tags, as "line N: message". */
  problems: { line: number; message: string }[];
}

const tagPattern = /<(Step|Figure)\b([^>]*?)(\/?)>/g;
const attributePattern = /([A-Za-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g;

const lineAt = (source: string, index: number) => source.slice(0, index).split('\n').length;

/** Attributes of a tag as written; values in braces are kept raw so the caller can ask for plain quotes. */
function readAttributes(text: string) {
  const attributes = new Map<string, { value: string; quoted: boolean }>();
  for (const match of text.matchAll(attributePattern)) {
    const braced = match[4];
    attributes.set(match[1]!, { value: braced ?? match[2] ?? match[3] ?? '', quoted: braced === undefined });
  }
  return attributes;
}

export function scanMdx(source: string): MdxScan {
  const scan: MdxScan = { steps: [], figures: [], problems: [] };
  for (const match of source.matchAll(tagPattern)) {
    const [whole, name, attributeText = '', selfClosing] = match;
    const line = lineAt(source, match.index);
    const attributes = readAttributes(attributeText);
    const required = name === 'Step' ? 'scene' : 'id';
    for (const [key, attribute] of attributes) {
      if (!attribute.quoted) {
        scan.problems.push({ line, message: `<${name}> attribute ${key}={${attribute.value}}: write it in quotes, ${key}="…".` });
      }
    }
    const main = attributes.get(required);
    if (!main || main.value.trim() === '') {
      scan.problems.push({ line, message: `<${name}> needs a ${required}="…" attribute: ${whole.trim()}` });
      continue;
    }
    if (name === 'Figure') {
      scan.figures.push({ id: main.value, line });
      continue;
    }
    let empty = selfClosing === '/';
    if (!empty) {
      const close = source.indexOf('</Step>', match.index + whole.length);
      if (close === -1) {
        scan.problems.push({ line, message: '<Step> is never closed: add </Step> after its text.' });
        continue;
      }
      empty = source.slice(match.index + whole.length, close).trim() === '';
    }
    scan.steps.push({ id: attributes.get('id')?.value || main.value, scene: main.value, line, empty });
  }
  return scan;
}
