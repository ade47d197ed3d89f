/**
 * Each step's link-preview card (the page at `/step/<id>/`, `/ru/step/<id>/`): its title (its chapter's and the
 * story's), its text as the description, its picture with size and alt text, and the story address it opens. Pure:
 * the route (src/pages/[...edition]/step/[step].astro) loads the sections, figures and pictures and calls these.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

/** A step's address of its own in an edition, from the edition's path prefix ('' or 'ru'). */
export const stepAddress = (prefix: string, id: string) => `${prefix ? `/${prefix}` : ''}/step/${id}/`;

/** The story at a step in an edition: the story's own deep link. */
export const storyAtStep = (prefix: string, id: string) => `${prefix ? `/${prefix}` : ''}/#${id}`;

/**
 * The plain text of each `<Step>` in an MDX section, by step id: paragraphs joined by a space, each `<Figure>`
 * written as `figureText(id)` gives it (the number as the page prints it).
 */
export function stepTexts(source: string, figureText: (id: string) => string): Map<string, string> {
  const texts = new Map<string, string>();
  const attribute = (node: MdastNode, name: string) =>
    'attributes' in node ? (node.attributes as { type: string; name: string; value?: unknown }[]).find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value : undefined;
  const text = (node: MdastNode): string => {
    if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
      if (node.name === 'Figure') return figureText(String(attribute(node, 'id')));
    }
    if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return String(node.value);
    if (node.type === 'break') return ' ';
    if (!('children' in node)) return '';
    const parts = (node.children as MdastNode[]).map(text);
    return node.type === 'paragraph' ? ` ${parts.join('')} ` : parts.join('');
  };
  const visit = (node: MdastNode) => {
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Step') {
      const id = String(attribute(node, 'id') ?? attribute(node, 'scene'));
      texts.set(id, text(node).replace(/\s+/g, ' ').trim());
      return;
    }
    if ('children' in node) for (const child of node.children as MdastNode[]) visit(child);
  };
  visit(mdxToMdast(source));
  return texts;
}

/** What a step's card says and shows. */
export interface StepCard {
  /** og:title: the chapter's title, then the story's (the story's full title where the chapter has the story's name). */
  title: string;
  /** og:description: the step's text. */
  description: string;
  /** The step's picture (site path), its alt text and size in px. */
  image: string;
  imageAlt: string;
  imageSize: { width: number; height: number };
  /** The step's own address (og:url) and the story at the step (where the page sends the reader). */
  address: string;
  story: string;
}

export interface StepCardInput {
  prefix: string;
  step: string;
  chapterTitle: string;
  /** The story's headline, and its full title (the page's <title>). */
  storyTitle: string;
  storyFullTitle: string;
  text: string;
  picture: { png: string; alt: string; width: number; height: number };
}

export function stepCard({ prefix, step, chapterTitle, storyTitle, storyFullTitle, text, picture }: StepCardInput): StepCard {
  return {
    title: chapterTitle === storyTitle ? storyFullTitle : `${chapterTitle} — ${storyTitle}`,
    description: text,
    image: picture.png,
    imageAlt: picture.alt,
    imageSize: { width: picture.width, height: picture.height },
    address: stepAddress(prefix, step),
    story: storyAtStep(prefix, step),
  };
}
