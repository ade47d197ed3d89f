import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, frameAncestors } from '../../../src/lib/csp';
import { headersFile } from '../../../src/publish/hostConfig';
import { fixtureFiles } from '../publish/fixture';

/** The header blocks of the `_headers` the build writes (src/publish/hostConfig.ts): path → header lines. */
function headerRules(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  let path = '';
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) rules.set((path = line.trim()), []);
    else rules.get(path)!.push(line.trim());
  }
  return rules;
}

describe('contentSecurityPolicy', () => {
  it('allows only the site itself for scripts (and one inline script, by its hash), connections and workers', () => {
    expect(contentSecurityPolicy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
    expect(contentSecurityPolicy).toContain("connect-src 'self';");
    expect(contentSecurityPolicy).not.toMatch(/https?:|\*|unsafe-eval/);
    expect(contentSecurityPolicy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
  it('is what _headers sends: the story framed by itself only, embeds by anyone', () => {
    const rules = headerRules(headersFile(fixtureFiles));
    for (const path of ['/', '/index.html']) expect(rules.get(path)).toContain(`Content-Security-Policy: ${contentSecurityPolicy}; ${frameAncestors.story}`);
    expect(rules.get('/embed/*')).toContain(`Content-Security-Policy: ${contentSecurityPolicy}; ${frameAncestors.embed}`);
    expect(rules.get('/embed/*')!.some((line) => line.startsWith('X-Frame-Options'))).toBe(false);
  });
});
