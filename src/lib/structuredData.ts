/**
 * The story as a `NewsArticle` (schema.org JSON-LD), so search engines and link previews read its headline, dates,
 * author, publisher and language, and find the other editions as translations of the same work.
 */
import type { Page } from '../schemas/page';
import { defaultLocale, intlLocale, localePath, locales, type Locale } from '../i18n/locale';
import { pageText } from '../i18n/ui';

export function newsArticle(page: Page, locale: Locale, site: URL, publisher: string, image?: string) {
  const text = pageText(page, locale);
  const url = (edition: Locale) => new URL(localePath(edition, '/'), site).href;
  const others = locales.filter((edition) => edition !== locale).map((edition) => ({ '@type': 'NewsArticle', '@id': url(edition), url: url(edition), inLanguage: intlLocale[edition] }));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url(locale),
    url: url(locale),
    mainEntityOfPage: url(locale),
    headline: text.headline,
    description: text.description,
    inLanguage: intlLocale[locale],
    datePublished: page.published,
    dateModified: page.updated ?? page.published,
    author: { '@type': 'Organization', name: text.byline },
    publisher: { '@type': 'Organization', name: publisher, url: url(locale) },
    ...(image ? { image: new URL(image, site).href } : {}),
    // The original edition names its translations; a translation names the work it translates.
    ...(locale === defaultLocale ? { workTranslation: others } : { translationOfWork: others.find((other) => other['@id'] === url(defaultLocale)) }),
  };
}

/** JSON for a `<script type="application/ld+json">` block: `<` escaped, so no text in it can close the script. */
export const jsonLd = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
