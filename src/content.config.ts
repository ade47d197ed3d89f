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
import { editionFolder, locales, storyCollection, type Locale } from './i18n/locale';

/**
 * Editors own everything under the top-level `content/`: text in `content/story`, numbers in `content/data`. Each
 * edition's sections are a collection (`story`, `story-ru`): the default edition's in `content/story`, the others'
 * in `content/story/<code>`, with the same file names and `order`s.
 */
const storySections = (locale: Locale) => defineCollection({ loader: glob({ pattern: '*.mdx', base: `./${editionFolder(locale)}` }), schema: SectionSchema });
const storyEditions = Object.fromEntries(locales.map((locale) => [storyCollection(locale), storySections(locale)])) as Record<ReturnType<typeof storyCollection<Locale>>, ReturnType<typeof storySections>>;

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

export const collections = { ...storyEditions, sources, figures, page, places, routes, scenes, exportSurges, corrections, kzRuTurnover };
