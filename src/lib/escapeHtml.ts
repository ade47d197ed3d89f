/** `text` made safe in HTML, SVG or XML element content and in a double-quoted attribute: `&`, `<`, `>` and `"`. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
