import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { SectionSchema } from './schemas/section';
import { SourceSchema } from './schemas/source';
import { FigureSchema } from './schemas/figure';
import { PageSchema } from './schemas/page';

/** Editors own everything under the top-level `content/`: text in `content/story`, numbers in `content/data`. */
const story = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/story' }),
  schema: SectionSchema,
});

const sources = defineCollection({
  loader: file('content/data/sources.json'),
  schema: SourceSchema,
});

const figures = defineCollection({
  loader: file('content/data/figures.json'),
  schema: FigureSchema,
});

const page = defineCollection({
  loader: file('content/data/page.json'),
  schema: PageSchema,
});

export const collections = { story, sources, figures, page };
