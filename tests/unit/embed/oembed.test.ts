import { describe, expect, it } from 'vitest';
import { embeddableCharts, embedPath } from '../../../src/embed/charts';
import { oembedDocument, oembedFrameHeights, oembedFrameWidth } from '../../../src/embed/oembed';
import { iframeSnippet, oembedSnippet } from '../../../src/embed/snippets';
import { locales } from '../../../src/i18n/locale';
import { wordPressFilter } from './wordPressFilter';

const site = new URL('https://around-kazakhstan.example');

describe('oembedDocument(chart, locale, site)', () => {
  it('is a valid "rich" 1.0 document for every chart and edition, sized from oembedFrameHeights', () => {
    for (const locale of locales) {
      for (const chart of embeddableCharts) {
        const doc = oembedDocument(chart, locale, site);
        expect(doc).toMatchObject({ version: '1.0', type: 'rich', lang: locale, width: oembedFrameWidth, height: oembedFrameHeights[chart.id] });
        for (const field of ['width', 'height', 'thumbnail_width', 'thumbnail_height'] as const) expect(Number.isInteger(doc[field])).toBe(true);
        const url = new URL(embedPath(chart.id, locale), site).href;
        expect(doc.html).toMatch(/^<blockquote /);
        expect(doc.html).toContain(`<iframe data-around-kazakhstan="${chart.id}" class="wp-embedded-content" src="${url}" width="${oembedFrameWidth}" height="${oembedFrameHeights[chart.id]}"`);
      }
    }
  });
  it('has a height for every embeddable chart', () => {
    expect(Object.keys(oembedFrameHeights).sort()).toEqual(embeddableCharts.map((chart) => chart.id).sort());
    for (const height of Object.values(oembedFrameHeights)) expect(height).toBeGreaterThanOrEqual(200); // WordPress's floor
  });
});

describe('the oEmbed html in WordPress (wp_filter_oembed_result)', () => {
  for (const locale of locales) {
    for (const chart of embeddableCharts) {
      it(`keeps the link and the frame of ${chart.id} (${locale}), and loads WordPress's resizer`, () => {
        const doc = oembedDocument(chart, locale, site);
        const url = new URL(embedPath(chart.id, locale), site).href;
        const { html, resizer, secret } = wordPressFilter(doc.html);
        expect(resizer).toBe(true);
        expect(html).toBe(
          `<blockquote class="wp-embedded-content" data-secret="${secret}"><a href="${url}">${doc.title}</a></blockquote>` +
            `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" ` +
            `src="${url}#?secret=${secret}" data-secret="${secret}" width="${doc.width}" height="${doc.height}" title="${doc.title}" ` +
            `frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>`,
        );
      });
    }
  }
  it('the copy-paste iframe code alone would get no resizer: WordPress would leave it at its attributes\' size', () => {
    const { html, resizer } = wordPressFilter(iframeSnippet({ id: 'export-surge', title: 'T', embedUrl: 'https://around-kazakhstan.example/embed/export-surge/' }));
    expect(resizer).toBe(false);
    expect(html).not.toContain('height=');
  });
});

describe('oembedSnippet(options)', () => {
  it('escapes the title and address in attributes and text', () => {
    const html = oembedSnippet({ id: 'export-surge', title: 'A "quoted" <title> & more', embedUrl: 'https://x.example/embed/a/?b=1&c="2"', width: 600, height: 500 });
    expect(html).toContain('title="A &quot;quoted&quot; &lt;title&gt; &amp; more"');
    expect(html).toContain('>A &quot;quoted&quot; &lt;title&gt; &amp; more</a>');
    expect(html).toContain('src="https://x.example/embed/a/?b=1&amp;c=&quot;2&quot;"');
    expect(html).not.toContain('<title>');
  });
  it('puts the blockquote first, the frame right after it and the listener last (WordPress keeps the first two only)', () => {
    const html = oembedSnippet({ id: 'reroute-map', title: 'Map', embedUrl: 'https://x.example/embed/reroute-map/', width: 600, height: 760 });
    expect(html.indexOf('<blockquote')).toBe(0);
    expect(html.indexOf('</blockquote><iframe ')).toBeGreaterThan(0);
    expect(html.indexOf('<script>')).toBeGreaterThan(html.indexOf('</iframe>'));
  });
});
