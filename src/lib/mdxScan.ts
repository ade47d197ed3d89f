/**
 * Finds the story components an editor wrote in an MDX file (`<Step>`, `<Figure>`), with their line numbers, so
 * mistakes can be reported as "file:line: what is wrong" before anything renders. Read with satteri, the MDX parser
 * the site's own MDX integration (@astrojs/mdx) renders the story with, so the check and the build read a file alike.
 * No relative imports: scripts run this file with Node's own TypeScript support.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

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
  /** The frontmatter's YAML as written, or null when the file has none. */
  frontmatter: string | null;
  steps: ScannedStep[];
  figures: ScannedFigure[];
  /** Malformed tags and MDX the parser cannot read, each with its line. */
  problems: { line: number; message: string }[];
}

type JsxElement = Extract<MdastNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/** The parser's error ("3:1: Expected a closing tag for `<Step>` (2:1) … (mdx-jsx:…)") as a problem with its line. */
function parseProblem(error: Error): { line: number; message: string } {
  const unclosed = /Expected a closing tag for `<(\w+)>` \((\d+):\d+\)/.exec(error.message);
  if (unclosed) return { line: Number(unclosed[2]), message: `<${unclosed[1]}> is never closed: add </${unclosed[1]}> after its text.` };
  const [, line = '1', message = error.message] = /^(\d+):\d+: ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/.exec(error.message) ?? [];
  return { line: Number(line), message: `MDX cannot read this: ${message}` };
}

export function scanMdx(source: string): MdxScan {
  const scan: MdxScan = { frontmatter: null, steps: [], figures: [], problems: [] };
  let tree: MdastNode;
  try {
    tree = mdxToMdast(source);
  } catch (error) {
    scan.problems.push(parseProblem(error as Error));
    return scan;
  }
  const visit = (node: MdastNode) => {
    if (node.type === 'yaml') scan.frontmatter = node.value;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (node.name === 'Step' || node.name === 'Figure')) readTag(node);
    if ('children' in node) for (const child of node.children as MdastNode[]) visit(child);
  };
  const readTag = (element: JsxElement) => {
    const name = element.name!;
    const line = element.position!.start.line;
    const attributes = new Map<string, string>();
    for (const attribute of element.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || attribute.value === null || attribute.value === undefined) continue;
      if (typeof attribute.value === 'string') attributes.set(attribute.name, attribute.value);
      else scan.problems.push({ line, message: `<${name}> attribute ${attribute.name}={${attribute.value.value}}: write it in quotes, ${attribute.name}="…".` });
    }
    const required = name === 'Step' ? 'scene' : 'id';
    const main = attributes.get(required);
    if (!main || main.trim() === '') {
      const start = element.position!.start.offset!;
      scan.problems.push({ line, message: `<${name}> needs a ${required}="…" attribute: ${source.slice(start, source.indexOf('>', start) + 1)}` });
      return;
    }
    if (name === 'Figure') scan.figures.push({ id: main, line });
    else scan.steps.push({ id: attributes.get('id') || main, scene: main, line, empty: element.children.length === 0 });
  };
  visit(tree);
  return scan;
}
