import { format } from 'd3-format';
import type { Figure } from '../schemas/figure';

const upToFourDigits = format(',.4~r');
const withThousands = format(',~r');

/** Scale words for dollars: in prose ("$3.7 million") and in tight spaces such as bar labels ("$3.7m"). */
const usdStyles = {
  words: { digits: upToFourDigits, billion: ' billion', million: ' million' },
  compact: { digits: format(',.3~r'), billion: 'bn', million: 'm' },
} as const;

function formatDollars(valueUsd: number, style: keyof typeof usdStyles): string {
  const { digits, billion, million } = usdStyles[style];
  const abs = Math.abs(valueUsd);
  const sign = valueUsd < 0 ? '−' : '';
  if (abs >= 1e9) return `${sign}$${digits(abs / 1e9)}${billion}`;
  if (abs >= 1e6) return `${sign}$${digits(abs / 1e6)}${million}`;
  return `${sign}$${withThousands(Math.round(abs))}`;
}

/** "$3.7 million", "$20 billion", "$12,000": dollars in words a reader says aloud. */
export const formatUsd = (valueUsd: number) => formatDollars(valueUsd, 'words');

/** "$3.7m", "$8.78bn", "$12,000": dollars for tight spaces such as bar labels. */
export const formatUsdCompact = (valueUsd: number) => formatDollars(valueUsd, 'compact');

/** The value alone, without qualifier: "$3.7 million", "+25%", "300 times", "100,000", "11 km". */
export function formatValue(value: number, unit: Figure['unit']): string {
  switch (unit) {
    case 'usd':
      return formatUsd(value);
    case 'count':
      return withThousands(value);
    case 'km':
      return `${withThousands(value)} km`;
    case 'percent-change':
      // A typographic minus, not a hyphen, so screen readers say "minus".
      return `${value > 0 ? '+' : value < 0 ? '−' : ''}${withThousands(Math.abs(value))}%`;
    case 'multiple':
      return `${upToFourDigits(value)} times`;
  }
}

/** A figure as printed in prose: qualifier and value, e.g. "almost 100,000" or "more than 300 times". */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>): string {
  const value = formatValue(figure.value, figure.unit);
  return figure.qualifier ? `${figure.qualifier} ${value}` : value;
}
