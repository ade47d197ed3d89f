import { describe, expect, it } from 'vitest';
import { cmsInstructions, cmsInstructionsFor, scriptEmbedPath } from '../../../src/embed/cms';
import { embeddableCharts, embedPath } from '../../../src/embed/charts';
import { locales } from '../../../src/i18n/locale';
import { graphicsText } from '../../../src/i18n/graphics';
import { wordPressFilter } from './wordPressFilter';

const site = new URL('https://around-kazakhstan.example');
/** A chart's embed page on the site: `/embed/<id>/` or `/<locale>/embed/<id>/`. */
const chartUrlPattern = new RegExp(`https://around-kazakhstan\\.example/(?:(${locales.join('|')})/)?embed/(${embeddableCharts.map((chart) => chart.id).join('|')})/`, 'g');

describe('the per-CMS instructions', () => {
  it('cover WordPress, Ghost, Drupal, Wagtail, Arc XP and any HTML block, in every edition, in one or two sentences', () => {
    expect(cmsInstructions.map((instruction) => instruction.id)).toEqual(['wordpress', 'ghost', 'drupal', 'wagtail', 'arc-xp', 'html']);
    for (const instruction of cmsInstructions) {
      for (const locale of locales) {
        const { name, text } = graphicsText[locale].embed.cms[instruction.id];
        expect(name, `${instruction.id} ${locale}`).toBeTruthy();
        const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
        expect(sentences.length, `${instruction.id} ${locale}: ${text}`).toBeLessThanOrEqual(2);
      }
      expect(/[а-яё]/i.test(graphicsText.ru.embed.cms[instruction.id].text), instruction.id).toBe(true);
    }
  });

  for (const locale of locales) {
    it(`name the real address of each chart in the ${locale} edition, and only that one`, () => {
      for (const chart of embeddableCharts) {
        const expected = new URL(embedPath(chart.id, locale), site).href;
        for (const instruction of cmsInstructionsFor(chart, locale, site)) {
          const urls = [...instruction.paste.matchAll(chartUrlPattern)].map((match) => match[0]);
          expect(urls.length, `${chart.id} ${instruction.id}`).toBeGreaterThan(0);
          expect(new Set(urls), `${chart.id} ${instruction.id}`).toEqual(new Set([expected]));
        }
      }
    });
  }

  it('paste what each system keeps: the address for WordPress, the script or the iframe code elsewhere', () => {
    const chart = embeddableCharts[0];
    const byId = Object.fromEntries(cmsInstructionsFor(chart, 'en', site).map((instruction) => [instruction.id, instruction]));
    expect(byId.wordpress.paste).toBe(new URL(embedPath(chart.id, 'en'), site).href);
    expect(wordPressFilter(byId.drupal.paste).resizer).toBe(false); // iframe code: not for WordPress
    for (const id of ['ghost', 'wagtail', 'html']) {
      expect(byId[id].paste, id).toContain(`<script async src="${new URL(scriptEmbedPath, site).href}"></script>`);
      expect(byId[id].paste, id).toMatch(/^<a href="[^"]+" data-around-kazakhstan-chart>/);
    }
    for (const id of ['drupal', 'arc-xp']) expect(byId[id].paste, id).toMatch(/^<iframe /);
  });
});
