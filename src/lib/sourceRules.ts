/**
 * The standards desk's rules: every source can be opened and dated, every figure carries its source's own words,
 * and a qualifier ("almost", "more than") is printed only where the source uses it. Pure functions returning
 * "file:line: message", shared by `check:content`, the build and the tests.
 */
import type { Figure } from '../schemas/figure';
import type { Source } from '../schemas/source';

const sourcesFile = 'content/data/sources.json';
const figuresFile = 'content/data/figures.json';

/** Where each row starts, by id. */
export type RowLines = ReadonlyMap<string, number>;

/** A source a reader cannot open: no `url`, and no `noUrl` saying why. */
export function sourceAddressErrors(sources: readonly Source[], lines: RowLines): string[] {
  return sources
    .filter((source) => !source.url && !source.noUrl)
    .map(
      (source) =>
        `${sourcesFile}:${lines.get(source.id) ?? 1}: source "${source.id}" has no address: add "url": "https://…" ` +
        `(the page itself${source.site ? `, on ${source.site}` : ''}), or "noUrl": "…" saying why there is none (print only, say).`,
    );
}

/** A figure whose source has no date, nor a `noDate` saying why: the reader cannot tell when the number was reported. */
export function undatedSourceErrors(figures: readonly Figure[], sources: ReadonlyMap<string, Source>, lines: { figures: RowLines; sources: RowLines }): string[] {
  return figures.flatMap((figure) => {
    const source = sources.get(figure.source);
    if (!source || source.date || source.noDate) return [];
    return [
      `${figuresFile}:${lines.figures.get(figure.id) ?? 1}: figure "${figure.id}" cites source "${source.id}", which has no date: ` +
        `add "date": "YYYY-MM-DD" (or YYYY-MM, YYYY) to it at ${sourcesFile}:${lines.sources.get(source.id) ?? 1}, or "noDate": "…" saying why it is unknown.`,
    ];
  });
}

/** How each qualifier is written in the languages sources are quoted in. */
export const qualifierWords: Record<NonNullable<Figure['qualifier']>, readonly string[]> = {
  almost: ['almost', 'nearly', 'почти', 'без малого'],
  about: ['about', 'around', 'approximately', 'roughly', 'some', 'около', 'примерно', 'порядка', 'приблизительно', '~'],
  'more than': ['more than', 'over', 'above', 'upwards of', 'более', 'свыше', 'больше', 'более чем'],
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A word that qualifies a number: followed by the number (or "$", "в", "than") within a few characters.
const before = (word: string) => new RegExp(`(^|[^\\p{L}])${escape(word)}(?=\\s*(?:[$€₽~]|\\d|в\\s+\\d|чем\\s+в\\s+\\d))`, 'iu');
const anywhere = (word: string) => new RegExp(`(^|[^\\p{L}])${escape(word)}($|[^\\p{L}])`, 'iu');

/** Numbers in a text, years (1900–2099) left out. */
const numbersIn = (text: string) => (text.match(/\d[\d,.\u00a0\u202f]*/g) ?? []).filter((number) => !/^(19|20)\d\d[,.]?$/.test(number)).length;

/**
 * Figures without their source's words (`quote`), figures whose qualifier is not in their quote (the page would
 * print "about" where the source says "just"), and quotes that qualify the number where the figure does not (the
 * page would print "100,000" where the source says "almost 100,000").
 */
export function quoteErrors(figures: readonly Figure[], lines: RowLines): string[] {
  const errors: string[] = [];
  for (const figure of figures) {
    const where = `${figuresFile}:${lines.get(figure.id) ?? 1}: figure "${figure.id}"`;
    const quote = figure.quote?.trim();
    if (!quote) {
      errors.push(`${where} has no "quote": copy the source's own words for the number, e.g. "rose from zero in 2021 to almost 100,000 in 2022".`);
      continue;
    }
    if (figure.qualifier) {
      const words = qualifierWords[figure.qualifier];
      if (!words.some((word) => anywhere(word).test(quote))) {
        errors.push(`${where} prints "${figure.qualifier}", but its quote does not say it ("${quote}"): print the source's own qualifier, or none.`);
      }
      continue;
    }
    // With two numbers in the quote ("from $7bn to nearly $8.8bn") the word may qualify the other one.
    if (numbersIn(quote) > 1) continue;
    for (const [qualifier, words] of Object.entries(qualifierWords)) {
      const word = words.find((candidate) => before(candidate).test(quote));
      if (word) {
        errors.push(`${where}: its quote says "${word}" before the number ("${quote}"), but the figure has no qualifier: add "qualifier": "${qualifier}" so the page prints it too.`);
        break;
      }
    }
  }
  return errors;
}
