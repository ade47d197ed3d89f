import { describe, expect, it } from 'vitest';
import { publicUrl } from '../../../src/lib/publicUrl';

describe('publicUrl(path, siteUrl)', () => {
  it('is absolute on SITE_URL when it is set, and root-relative otherwise', () => {
    expect(publicUrl('/pictures/hub.png', 'https://news.example/around/')).toBe('https://news.example/pictures/hub.png');
    expect(publicUrl('/pictures/hub.png', 'https://news.example')).toBe('https://news.example/pictures/hub.png');
    expect(publicUrl('/pictures/hub.png', '')).toBe('/pictures/hub.png');
  });
});
