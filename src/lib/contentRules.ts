/**
 * Cross-file rules the Zod schemas cannot see: a figure must cite a source that exists, an MDX file may only use
 * figure and scene ids that exist. Pure functions returning messages, so the build, `check:content` and the tests
 * share them.
 */

/** One message per figure whose `source` is not a source id. */
export function citationErrors(
  figures: readonly { id: string; source: string }[],
  sourceIds: ReadonlySet<string>,
): string[] {
  return figures
    .filter((figure) => !sourceIds.has(figure.source))
    .map(
      (figure) =>
        `content/data/figures.json: figure "${figure.id}" cites source "${figure.source}", which is not in ` +
        `content/data/sources.json. Valid sources: ${[...sourceIds].join(', ')}.`,
    );
}

/** "unknown figure id "x". Valid ids: a, b, c" with the closest match first when there is one. */
export function unknownIdMessage(kind: string, id: string, validIds: Iterable<string>): string {
  const valid = [...validIds].sort();
  const close = valid.filter((candidate) => editDistance(candidate, id) <= 3);
  const hint = close.length > 0 ? ` Did you mean "${close[0]}"?` : '';
  return `Unknown ${kind} "${id}".${hint} Valid ${kind}s: ${valid.join(', ')}.`;
}

/** Levenshtein distance, for "did you mean" hints on typos. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
