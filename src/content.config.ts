import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { SectionSchema } from './schemas/section';
import { SourceSchema } from './schemas/source';
import { FigureSchema } from './schemas/figure';
import { PageSchema } from './schemas/page';
import { PlaceSchema, RouteSchema } from './schemas/place';
import { SceneSchema } from './schemas/scene';
import { ExportSurgeSchema } from './schemas/exportSurge';
import { CorrectionSchema } from './schemas/correction';
import { TurnoverValueSchema } from './schemas/tradeTurnover';

/** Editors own everything under the top-level `content/`: text in `content/story`, numbers in `content/data`. */
const story = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/story' }),
  schema: SectionSchema,
});

/** The Russian edition's sections: the same file names and `order`s as the English ones, in `content/story/ru`. */
const storyRu = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/story/ru' }),
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

const places = defineCollection({ loader: file('content/data/places.json'), schema: PlaceSchema });
const routes = defineCollection({ loader: file('content/data/routes.json'), schema: RouteSchema });
const scenes = defineCollection({ loader: file('content/data/scenes.json'), schema: SceneSchema });
const exportSurges = defineCollection({ loader: file('content/data/export-surges.json'), schema: ExportSurgeSchema });

const corrections = defineCollection({ loader: file('content/data/corrections.json'), schema: CorrectionSchema });

const kzRuTurnover = defineCollection({ loader: file('content/data/kz-ru-turnover.json'), schema: TurnoverValueSchema });

export const collections = { story, storyRu, sources, figures, page, places, routes, scenes, exportSurges, corrections, kzRuTurnover };
