/**
 * The turnover chart's state: every year alike, or one year brought forward with its reports. The chart is a
 * function of it wherever it is drawn (the epilogue's page shows every year; an embed's reader picks one, or the
 * embed's address does: `?state=2023`). Its ids are what the embed's radios and `?state=` carry.
 */
export interface TurnoverState {
  /** The year brought forward, or null for every year alike. */
  highlight: number | null;
}

/** Every year alike: the chart as the page shows it. */
export const allYearsState: TurnoverState = { highlight: null };
const allYearsId = 'all';

/** The state's id: "all", or the year ("2023"). */
export const turnoverStateId = (state: TurnoverState): string => (state.highlight === null ? allYearsId : String(state.highlight));

/** The states a reader can pick, in order: every year alike, then each year the chart has. */
export function turnoverStates(years: readonly number[]): TurnoverState[] {
  return [allYearsState, ...[...new Set(years)].sort((a, b) => a - b).map((year) => ({ highlight: year }))];
}

/** The state an id names, if it is one of `years`' states; else null (an address may carry anything). */
export function turnoverStateFor(id: string | null | undefined, years: readonly number[]): TurnoverState | null {
  if (id === allYearsId) return allYearsState;
  if (!id || !/^\d{4}$/.test(id)) return null;
  const year = Number(id);
  return years.includes(year) ? { highlight: year } : null;
}

/** "focus": the year the state brings forward; "muted": another year while one is; "none": every year alike. */
export type YearEmphasis = 'focus' | 'muted' | 'none';

/** How a year is drawn in `state`: the page's markup (through the layout) and the embed's script both ask this. */
export function yearEmphasis(year: number, state: TurnoverState): YearEmphasis {
  return state.highlight === null ? 'none' : state.highlight === year ? 'focus' : 'muted';
}
