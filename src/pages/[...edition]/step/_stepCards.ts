/** `getStaticPaths` of the step addresses: every step of each edition, with its card (src/lib/stepCards.ts). */
import { getCollection, getEntry } from 'astro:content';
import { editionPaths, type EditionProps } from '../../../i18n/editionRoutes';
import { edition, locales, storyCollection, type Locale } from '../../../i18n/locale';
import { pageText, ui } from '../../../i18n/ui';
import { formatFigure } from '../../../lib/format';
import { loadFigures, storyDataFor } from '../../../lib/storyData';
import { stepCard, stepTexts, type StepCard } from '../../../lib/stepCards';
import { loadPictureCatalog } from '../../../pictures/pictureCatalog';

export type StepCardProps = EditionProps & {
  card: StepCard;
  chapterTitle: string;
  /** The story's headline. */
  headline: string;
  /** Whether every edition has the step (then `hreflang` names its address in each). */
  inEveryEdition: boolean;
};

async function editionCards(locale: Locale) {
  const figures = await loadFigures();
  const figureText = (id: string) => formatFigure(figures.get(id)!, locale);
  const headline = pageText((await getEntry('page', 'story'))!.data, locale).headline;
  const catalog = await loadPictureCatalog(locale);
  const sections = (await getCollection(storyCollection(locale))).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const editionsSteps = await Promise.all(locales.map(async (other) => new Set((await storyDataFor(other)).steps.map((step) => step.id))));
  return sections.flatMap((section) => [...stepTexts(section.body ?? '', figureText)].map(([step, text]) => {
    const picture = catalog.stepsById.get(step)!.picture;
    const card = stepCard({ prefix: edition(locale).prefix, step, chapterTitle: section.data.title, storyTitle: headline, storyFullTitle: `${headline}: ${ui[locale].titleTail}`, text, picture: { png: picture.src.png, alt: picture.alt, width: picture.width, height: picture.height } });
    return { params: { step }, props: { card, chapterTitle: section.data.title, headline, inEveryEdition: editionsSteps.every((ids) => ids.has(step)) } };
  }));
}

export const stepCardPaths = () => editionPaths(editionCards);
