/**
 * "Download the data": a chart's rows as CSV (RFC 4180), one row per reported value with its source and date, so a
 * reader can check every number against where it comes from.
 */

/** One field, quoted when it holds a comma, a quote or a line break. */
export const csvField = (value: string | number | undefined): string => {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A header row and data rows, CRLF line ends, with a byte-order mark so spreadsheet programs read UTF-8 (Cyrillic). */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  return '\ufeff' + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
