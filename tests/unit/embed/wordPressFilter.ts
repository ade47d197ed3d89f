/**
 * What WordPress keeps of an oEmbed `html` from a provider it does not list, after wp_filter_oembed_result
 * (wp-includes/embed.php, WordPress 6.x): wp_kses with its allow-list (tags it drops lose their tags, not their text),
 * then the first `<blockquote>` and the `<iframe>` after it, then its secret, sandbox and class.
 */
const allowed: Record<string, readonly string[]> = {
  a: ['href'],
  blockquote: [],
  iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
};

function kses(html: string): string {
  return html.replace(/<(\/?)([a-zA-Z]+)([^>]*)>/g, (_tag, close: string, name: string, rest: string) => {
    const tag = name.toLowerCase();
    if (!(tag in allowed)) return '';
    if (close) return `</${tag}>`;
    const attributes = [...rest.matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)]
      .filter(([, attribute]) => allowed[tag].includes(attribute.toLowerCase()))
      .map(([, attribute, value]) => ` ${attribute.toLowerCase()}="${value ?? ''}"`);
    return `<${tag}${attributes.join('')}>`;
  });
}

export interface WordPressEmbed {
  /** The html WordPress puts in the post, or false when it falls back to a plain link. */
  html: string | false;
  /** Whether it loads its resizer (wp-embed.js): only with the blockquote fallback. */
  resizer: boolean;
  secret: string;
}

export function wordPressFilter(html: string, secret = 'Ab3dE6gH9k'): WordPressEmbed {
  const kept = kses(html);
  const content = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(kept);
  if (!content?.[2]) return { html: false, resizer: false, secret };
  let result = (content[1] ?? '') + content[2];
  const src = / src=(['"])(.*?)\1/.exec(result);
  if (src) {
    result = result.replace(src[0], ` src=${src[1]}${src[2]}#?secret=${secret}${src[1]} data-secret=${src[1]}${secret}${src[1]}`);
    result = result.replace('<blockquote', `<blockquote data-secret="${secret}"`);
  }
  if (content[1]) {
    result = result.replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"');
    result = result.replace('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  result = result.replace('<iframe', '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
  return { html: result, resizer: /<blockquote\s[^>]*?wp-embedded-content/.test(result), secret };
}
