import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '/work/main/scripts/chromium.mjs';
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const context = await browser.newContext({ viewport: { width: 390, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
const page = await context.newPage();
await page.goto('http://localhost:4399/#trade-route-2022', { waitUntil: 'networkidle' });
await page.waitForSelector('[data-map][data-renderer]'); await page.waitForTimeout(1500);
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
await page.evaluate(async () => { const end = document.querySelector('.scrolly').getBoundingClientRect().bottom + scrollY; await new Promise((res) => { const tick = () => { window.scrollBy(0, 24); if (scrollY + innerHeight >= end) res(); else requestAnimationFrame(tick); }; requestAnimationFrame(tick); }); });
const trace = JSON.parse((await browser.stopTracing()).toString());
const events = trace.traceEvents;
const mainTid = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
const tasks = events.filter((e) => e.tid === mainTid && e.name === 'RunTask' && e.dur > 50000);
for (const task of tasks.slice(0, 12)) {
  const inner = events.filter((e) => e.tid === mainTid && e.ts >= task.ts && e.ts <= task.ts + task.dur && e.dur && e.name !== 'RunTask');
  const agg = new Map();
  for (const e of inner) { const key = e.name + (e.args?.data?.functionName ? ':' + e.args.data.functionName : '') + (e.args?.data?.url ? '@' + e.args.data.url.split('/').pop().slice(0, 20) : ''); agg.set(key, Math.max(agg.get(key) || 0, e.dur)); }
  console.log(`${(task.dur / 1000).toFixed(0)}ms:`, [...agg].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k}=${(v / 1000).toFixed(0)}`).join(', '));
}
await browser.close();
