import { describe, expect, it } from 'vitest';
import { svgDocument, svgText, wrapWords } from '../../../src/pictures/svgText';

describe('wrapWords(content, maxChars)', () => {
  it('breaks between words so that no line is longer than maxChars', () => {
    const lines = wrapWords('Russian carriers began driving around Kazakhstan through China and Iran', 20);
    expect(lines).toEqual(['Russian carriers', 'began driving around', 'Kazakhstan through', 'China and Iran']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
  });
  it('keeps a word longer than the line on a line of its own rather than cutting it', () => {
    expect(wrapWords('a Zhana-Zhol–Petukhovo b', 8)).toEqual(['a', 'Zhana-Zhol–Petukhovo', 'b']);
  });
  it('gives no line for no words', () => {
    expect(wrapWords('', 10)).toEqual([]);
  });
});

describe('svgText and svgDocument', () => {
  it('escape the text they are given', () => {
    expect(svgText(1, 2, 'A & B <c>', 'font-size="12"')).toBe('<text x="1" y="2" font-size="12">A &amp; B &lt;c&gt;</text>');
    const doc = svgDocument(300, 200, '<g/>', 'Trade "as reported"', '#fff');
    expect(doc).toContain('viewBox="0 0 300 200"');
    expect(doc).toContain('<title>Trade &quot;as reported&quot;</title>');
    expect(doc).toContain('<rect width="300" height="200" fill="#fff"/><g/></svg>');
  });
});
