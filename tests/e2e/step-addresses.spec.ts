import { expect, test, type Page } from '@playwright/test';
import { readStorySteps } from '../../src/lib/storySteps';
import { expectStep } from './scroll';
import { screens } from '../../src/lib/screens';

const editions = [
  { prefix: '', other: '/ru', steps: readStorySteps('content/story') },
  { prefix: '/ru', other: '', steps: readStorySteps('content/story/ru') },
] as const;

/** A PNG's size, from its header. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

/** The head's tags of a page fetched as a crawler does: no script runs, no redirect is followed. */
async function cardOf(page: Page, path: string) {
  const response = await page.request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const meta = (key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const link = (rel: string, hreflang?: string) => new RegExp(`<link rel="${rel}"${hreflang ? ` hreflang="${hreflang}"` : ''} href="([^"]*)"`).exec(html)?.[1];
  return {
    html,
    title: meta('og:title'), description: meta('og:description'), image: meta('og:image'), imageAlt: meta('og:image:alt'),
    width: meta('og:image:width'), height: meta('og:image:height'), url: meta('og:url'), locale: meta('og:locale'),
    alternateLocale: meta('og:locale:alternate'), twitterCard: meta('twitter:card'), twitterImage: meta('twitter:image'),
    canonical: link('canonical'), hreflangEn: link('alternate', 'en'), hreflangRu: link('alternate', 'ru'),
    refresh: /<meta http-equiv="refresh" content="0; url=([^"]*)"/.exec(html)?.[1],
  };
}

for (const edition of editions) {
  test(`every step of ${edition.prefix || '/'} has an address whose card shows that step: its picture, chapter and text`, async ({ page }) => {
    await page.goto(`${edition.prefix}/`);
    // The page's own words for each step: its chapter's heading and its text.
    const onPage = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLElement>('[data-step]')].map((step) => [step.dataset.step, {
      chapter: step.closest('section')!.querySelector('h2')!.textContent!.trim(),
      text: [...step.querySelectorAll(':scope > p')].map((p) => p.textContent).join(' ').replace(/\s+/g, ' ').trim(),
    }])));
    for (const step of edition.steps) {
      const address = `${edition.prefix}/step/${step.id}/`;
      const card = await cardOf(page, address);
      expect(card.url, step.id).toMatch(new RegExp(`${address.replace(/\//g, '\\/')}$`));
      expect(card.image, step.id).toMatch(new RegExp(`${edition.prefix}/pictures/${step.scene}\\.png$`));
      const image = await page.request.get(new URL(card.image!).pathname);
      expect(image.status(), card.image).toBe(200);
      expect(image.headers()['content-type']).toBe('image/png');
      expect(pngSize(await image.body())).toEqual({ width: Number(card.width), height: Number(card.height) });
      expect(card.imageAlt?.length, step.id).toBeGreaterThan(20);
      expect(card.title, step.id).toContain(onPage[step.id]!.chapter);
      // The page prints typographic quotes; the card, plain text from the same source. Compare the words.
      const words = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      expect(words(card.description!), step.id).toBe(words(onPage[step.id]!.text));
      expect(card.twitterCard).toBe('summary_large_image');
      expect(card.twitterImage).toBe(card.image);
      expect(card.locale).toBe(edition.prefix ? 'ru_RU' : 'en_GB');
      expect(card.alternateLocale).toBe(edition.prefix ? 'en_GB' : 'ru_RU');
      // As documented (docs/editions.md): canonical, the story in this edition; hreflang, the step's address in each.
      expect(new URL(card.canonical!).pathname).toBe(`${edition.prefix}/`);
      expect(new URL(card.hreflangEn!).pathname).toBe(`/step/${step.id}/`);
      expect(new URL(card.hreflangRu!).pathname).toBe(`/ru/step/${step.id}/`);
      expect(card.refresh).toBe(`${edition.prefix}/#${step.id}`);
    }
    const sitemap = await (await page.request.get('/sitemap.xml')).text();
    expect(sitemap).not.toContain('/step/');
  });
}

for (const viewport of [screens.phone, screens.laptop]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const edition of editions) {
      test(`a step's address (${edition.prefix || '/'}) opens the story at that step`, async ({ page }) => {
        const step = edition.steps.find((candidate) => candidate.scene === 'detour-georgia') ?? edition.steps[8]!;
        await page.goto(`${edition.prefix}/step/${step.id}/`);
        await page.waitForURL(`**${edition.prefix}/#${step.id}`);
        await expectStep(page, step);
      });
    }

    test('Share gives the step\'s address: to the Web Share API where there is one, else to the clipboard, said politely', async ({ page, context }) => {
      await page.addInitScript(() => {
        (window as unknown as { shared: ShareData[] }).shared = [];
        Object.defineProperty(navigator, 'share', { configurable: true, value: (data: ShareData) => { (window as unknown as { shared: ShareData[] }).shared.push(data); return Promise.resolve(); } });
      });
      const step = editions[0].steps[5]!;
      await page.goto(`/#${step.id}`);
      await expectStep(page, step);
      const share = page.locator(`[data-step="${step.id}"] .step-share button`);
      await expect(share).toHaveAccessibleName(/^Share/);
      await share.click();
      const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
      expect(shared).toHaveLength(1);
      expect(new URL(shared[0]!.url!).pathname).toBe(`/step/${step.id}/`);
      expect(shared[0]!.text!.length).toBeGreaterThan(20);

      // No Web Share API: the link is copied and a status says so.
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const ruStep = editions[1].steps[5]!;
      const plain = await context.newPage();
      await plain.addInitScript(() => Object.defineProperty(navigator, 'share', { configurable: true, value: undefined }));
      await plain.goto(`/ru/#${ruStep.id}`);
      await expectStep(plain, ruStep);
      const button = plain.locator(`[data-step="${ruStep.id}"] .step-share button`);
      await button.focus();
      await plain.keyboard.press('Enter');
      await expect(plain.locator(`[data-step="${ruStep.id}"] [role="status"]`)).toHaveText('Ссылка скопирована');
      expect(new URL(await plain.evaluate(() => navigator.clipboard.readText())).pathname).toBe(`/ru/step/${ruStep.id}/`);
      await plain.close();
    });
  });
}
