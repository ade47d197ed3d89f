import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '/work/main/scripts/chromium.mjs';
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', (m) => console.log('[console]', m.text()));
const info = () => page.evaluate(() => ({ cur: document.querySelector('[aria-current=step]')?.dataset.step, active: document.activeElement?.id || document.activeElement?.tagName, tab: [...document.querySelectorAll('[data-step][tabindex]')].map(e => e.id), y: scrollY }));
await page.goto('http://localhost:4321/');
const next = page.getByRole('button', { name: 'Next step' });
await next.focus(); await page.keyboard.press('Enter');
for (const t of [100, 400, 1000]) { await page.waitForTimeout(t); console.log('1st', t, await info()); }
await next.focus(); await page.keyboard.press('Enter');
for (const t of [100, 400, 1000]) { await page.waitForTimeout(t); console.log('2nd', t, await info()); }
await browser.close();
