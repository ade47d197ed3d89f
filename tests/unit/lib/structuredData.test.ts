import { describe, expect, it } from 'vitest';
import { jsonLd, newsArticle } from '../../../src/lib/structuredData';
import type { Page } from '../../../src/schemas/page';

const page: Page = {
  id: 'story', kicker: 'K', headline: 'Around Kazakhstan', dek: 'D', description: 'Desc', byline: 'The team',
  ru: { kicker: 'К', headline: 'В обход Казахстана', dek: 'Д', description: 'Опис', byline: 'Команда' },
  published: '2026-11-24', updated: '2026-12-06',
};
const site = new URL('https://news.example');

describe('newsArticle', () => {
  it('gives headline, dates, author, publisher and language, and names the translation', () => {
    const article = newsArticle(page, 'en', site, 'Around Kazakhstan', '/embed/reroute-map.png');
    expect(article).toMatchObject({
      '@type': 'NewsArticle', url: 'https://news.example/', headline: 'Around Kazakhstan', inLanguage: 'en-GB',
      datePublished: '2026-11-24', dateModified: '2026-12-06', author: { name: 'The team' }, image: 'https://news.example/embed/reroute-map.png',
    });
    expect((article as { workTranslation?: unknown }).workTranslation).toEqual([{ '@type': 'NewsArticle', '@id': 'https://news.example/ru/', url: 'https://news.example/ru/', inLanguage: 'ru-RU' }]);
  });
  it('in Russian, names the English original as the work it translates', () => {
    const article = newsArticle(page, 'ru', site, 'В обход Казахстана');
    expect(article).toMatchObject({ headline: 'В обход Казахстана', inLanguage: 'ru-RU', url: 'https://news.example/ru/', author: { name: 'Команда' } });
    expect((article as { translationOfWork?: unknown }).translationOfWork).toMatchObject({ '@id': 'https://news.example/' });
  });
  it('falls back to the publication date until there is an update', () => {
    expect(newsArticle({ ...page, updated: undefined }, 'en', site, 'X').dateModified).toBe('2026-11-24');
  });
});

describe('jsonLd', () => {
  it('cannot close its script block', () => {
    expect(jsonLd({ text: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
