/** The words beside a truck queue on the map, from its reported figures: the map prints no number of its own. */
import { formatFigure } from '../lib/format';
import type { Figure } from '../schemas/figure';

/** "About 700 trucks queued," / "11 km long (not to scale)": the queue drawn is schematic, and says so. */
export function queueNoteLines(trucks: Pick<Figure, 'value' | 'unit' | 'qualifier'>, length: Pick<Figure, 'value' | 'unit' | 'qualifier'>): string[] {
  const count = formatFigure(trucks);
  return [`${count.charAt(0).toUpperCase()}${count.slice(1)} trucks queued,`, `${formatFigure(length)} long (not to scale)`];
}
