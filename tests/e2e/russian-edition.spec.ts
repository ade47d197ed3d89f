import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { formatDate, formatFigure } from '../../src/lib/format';
import { ui } from '../../src/i18n/ui';
import { graphicsText } from '../../src/i18n/graphics';
import type { Figure } from '../../src/schemas/figure';
import { expectStep, graphicAtRest, scrollToStep } from './scroll';
import { watchPage } from './helpers';

const figures = new Map((JSON.parse(readFileSync('content/data/figures.json', 'utf8')) as Figure[]).map((figure) => [figure.id, figure]));
const page = JSON.parse(readFileSync('content/data/page.json', 'utf8'))[0] as { published: string; ru: { headline: string } };

/** Every string leaf of an object, with its path. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
  return [];
}

/**
 * The page's and the graphics' English words that a Russian reader must not meet: every English UI string whose
 * Russian differs (the switch's "English" excepted), tags stripped, at least two words or one long word.
 */
const englishUi = (() => {
  const ruWords = new Map([...leaves(ui.ru), ...leaves(graphicsText.ru)]);
  return [...leaves(ui.en), ...leaves(graphicsText.en)]
    .filter(([path, text]) => path !== '.languageName' && ruWords.get(path) !== text)
    .map(([, text]) => text.replace(/<[^>]+>/g, '').trim())
    .filter((text) => text.length >= 6 && /[a-z]/i.test(text) && !/[{}]/.test(text));
})();

async function seriousViolations(target: Page) {
  const results = await new AxeBuilder({ page: target }).analyze();
  expect(results.passes.length).toBeGreaterThan(15);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
}

test('/ru/ is in Russian: <html lang="ru">, its headline and date, hreflang both ways, og:locale', async ({ page: tab }) => {
  const watch = watchPage(tab);
  await tab.goto('/ru/');
  await expect(tab.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(tab.locator('h1')).toHaveText(page.ru.headline);
  await expect(tab.locator('.byline time').first()).toHaveText(formatDate(page.published, 'ru'));
  await expect(tab.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/$/);
  await expect(tab.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute('href', /\/ru\/$/);
  await expect(tab.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /[^u]\/$/);
  await expect(tab.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ru_RU');
  await expect(tab.locator('meta[property="og:locale:alternate"]')).toHaveAttribute('content', 'en_GB');
  await expect(tab.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/ru\/embed\/reroute-map\.png$/);
  expect((await tab.request.get('/ru/embed/reroute-map.png')).status()).toBe(200);
  await tab.goto('/');
  await expect(tab.locator('html')).toHaveAttribute('lang', 'en');
  await expect(tab.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute('href', /\/ru\/$/);
  await expect(tab.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_GB');
  expect(watch.consoleErrors).toEqual([]);
});

test('on /ru/ every figure is printed in Russian style from the data', async ({ page: tab }) => {
  await tab.goto('/ru/');
  const shown = await tab.locator('[data-figure]').evaluateAll((elements) => elements.map((element) => [element.getAttribute('data-figure')!, element.textContent!] as const));
  expect(shown.length).toBeGreaterThan(15);
  for (const [id, text] of shown) expect(text, id).toBe(formatFigure(figures.get(id)!, 'ru'));
  // Russian digits: a decimal comma, never an English "million".
  expect(shown.map(([, text]) => text).join(' ')).not.toMatch(/million|billion|times|\d\.\d/);
});

test('no English UI string on /ru/, and no Cyrillic on / outside the language switch', async ({ page: tab }) => {
  expect(englishUi.length).toBeGreaterThan(20);
  await tab.goto('/ru/');
  await scrollToStep(tab, 'via-china');
  await expectStep(tab, { id: 'via-china', scene: 'detour-china' });
  // Sources' titles stay in their own language (<cite>); everything else is the edition's.
  const ruText = await tab.evaluate(() => {
    for (const cite of document.querySelectorAll<HTMLElement>('cite')) cite.style.display = 'none';
    return document.body.innerText;
  });
  expect(englishUi.filter((text) => ruText.includes(text))).toEqual([]);
  await tab.goto('/');
  await scrollToStep(tab, 'via-china');
  await expectStep(tab, { id: 'via-china', scene: 'detour-china' });
  const enText = await tab.evaluate(() => {
    // The language switch, and sources' titles and addresses, which stay in their own language.
    for (const element of document.querySelectorAll<HTMLElement>('[data-language-switch], cite, .source-address')) element.style.display = 'none';
    return document.body.innerText;
  });
  expect(enText.match(/.{0,30}[\u0400-\u04ff]+.{0,30}/g)).toBeNull();
});

test('the language switch keeps the step, with and without following the hash', async ({ page: tab }) => {
  await tab.goto('/ru/#via-china');
  await expectStep(tab, { id: 'via-china', scene: 'detour-china' });
  const toEnglish = tab.locator('.language-switch a[hreflang="en"]');
  await expect(toEnglish).toHaveText('English');
  await expect(toEnglish).toHaveAttribute('href', '/#via-china');
  // Scrolling to another step moves the link's hash with it.
  await scrollToStep(tab, 'via-georgia');
  await expectStep(tab, { id: 'via-georgia', scene: 'detour-georgia' });
  await expect(toEnglish).toHaveAttribute('href', '/#via-georgia');
  await tab.goto('/#via-china');
  await expectStep(tab, { id: 'via-china', scene: 'detour-china' });
  await expect(tab.locator('.language-switch a[hreflang="ru"]')).toHaveAttribute('href', '/ru/#via-china');
  // While reading, the switch in the step controls is on screen: following it lands on the same step in Russian.
  const toRussian = tab.locator('[data-step-controls] a[hreflang="ru"]');
  await expect(toRussian).toHaveAttribute('lang', 'ru');
  await expect(toRussian).toHaveAccessibleName(/^RU/);
  await expect(toRussian).toHaveAttribute('href', '/ru/#via-china');
  await toRussian.click();
  await expect(tab).toHaveURL(/\/ru\/#via-china$/);
  await expect(tab.locator('html')).toHaveAttribute('lang', 'ru');
  await expectStep(tab, { id: 'via-china', scene: 'detour-china' });
});

test('the step controls are named in Russian, each name beginning with its visible word', async ({ page: tab }) => {
  await tab.goto('/ru/');
  await scrollToStep(tab, 'supply-grows');
  await expectStep(tab, { id: 'supply-grows', scene: 'surge-grows' });
  await expect(tab.getByRole('button', { name: /^Назад/ })).toBeVisible();
  await expect(tab.getByRole('button', { name: /^Далее/ })).toBeVisible();
  await expect(tab.getByRole('button', { name: ui.ru.reduceMotion })).toHaveAttribute('aria-pressed', /true|false/);
});

test('/ru/linear/ is the Russian text with its pictures, no script', async ({ page: tab }) => {
  await tab.goto('/ru/linear/');
  await expect(tab.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(tab.locator('h1')).toHaveText(page.ru.headline);
  expect(await tab.locator('script').count()).toBe(0);
  await expect(tab.getByRole('link', { name: ui.ru.readScrolling })).toHaveAttribute('href', '/ru/');
  expect(await tab.locator('img').count()).toBeGreaterThan(5);
  await expect(tab.locator('a[hreflang="en"]')).toHaveAttribute('href', '/linear/');
  await expect(tab.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/linear\/$/);
});

for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
  for (const step of [{ id: 'hub', scene: 'surge-2021' }, { id: 'via-china', scene: 'detour-china' }]) {
    test(`/ru/ at ${viewport.width} px, step ${step.id}: no serious or critical axe violations`, async ({ page: tab }) => {
      await tab.setViewportSize(viewport);
      await tab.goto('/ru/');
      await scrollToStep(tab, step.id);
      await expectStep(tab, step);
      await graphicAtRest(tab);
      expect(await seriousViolations(tab)).toEqual([]);
    });
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('/ru/ reads top to bottom with each step\'s picture in Russian', async ({ page: tab }) => {
    await tab.goto('/ru/');
    const pictures = tab.locator('[data-step-picture] img');
    expect(await pictures.count()).toBeGreaterThan(5);
    const sources = await pictures.evaluateAll((images) => images.map((image) => image.getAttribute('src')!));
    expect(sources.filter((src) => !src.startsWith('/ru/pictures/'))).toEqual([]);
    for (const src of new Set(sources)) expect((await tab.request.get(src)).status(), src).toBe(200);
    // The switch still works: a plain link to the English edition.
    await expect(tab.locator('.language-switch a[hreflang="en"]')).toHaveAttribute('href', '/');
  });
});

test('/ru/ in print: Russian text and pictures, no controls or language switch', async ({ page: tab }) => {
  await tab.goto('/ru/');
  await scrollToStep(tab, 'hub');
  await expectStep(tab, { id: 'hub', scene: 'surge-2021' });
  await tab.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await tab.emulateMedia({ media: 'print' });
  await expect(tab.locator('[data-graphic]')).toBeHidden();
  await expect(tab.locator('[data-step-controls]')).toBeHidden();
  await expect(tab.locator('.language-switch')).toBeHidden();
  await expect(tab.locator('[data-step="hub"] .step-picture img')).toHaveAttribute('src', '/ru/pictures/surge-2021.svg');
  await expect(tab.getByText('поставщикам фактически закрыли границу', { exact: false })).toBeVisible();
});
