/**
 * Estimated size of a name on screen (CSS px), for framing and collision: the map's fonts are the reader's own
 * system fonts, so this is generous (DejaVu Sans, wide, is the widest seen here) rather than measured.
 */
export function placeNameSize(name: string): { width: number; height: number } {
  return { width: Math.ceil(name.length * 8.2) + 4, height: 16 };
}
export function countryNameSize(name: string): { width: number; height: number } {
  return { width: Math.ceil(name.length * 11) + 4, height: 16 };
}
/** A small country's name where it is named but small on screen: 10.5 px, less spacing (map.css, data-compact). */
export function compactCountryNameSize(name: string): { width: number; height: number } {
  return { width: Math.ceil(name.length * 8.2) + 4, height: 13 };
}
/** The queue note: two short lines of 12 px text. */
export function noteSize(lines: readonly string[]): { width: number; height: number } {
  return { width: Math.ceil(Math.max(...lines.map((line) => line.length)) * 7) + 8, height: 15 * lines.length + 4 };
}
