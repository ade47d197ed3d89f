import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { FigureSchema } from '../../../src/schemas/figure';
import { SourceSchema } from '../../../src/schemas/source';

const goodFigure = { id: 'washing-machines-2022', label: 'Washing machines', value: 100000, unit: 'count', quote: 'almost 100 thousand units per year', source: 'x' };

/** The first problem Zod reports, as "path: message". */
function firstIssue(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  expect(result.success).toBe(false);
  const issue = result.error!.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('FigureSchema', () => {
  it('accepts every row of content/data/figures.json', () => {
    const rows = JSON.parse(readFileSync('content/data/figures.json', 'utf8')) as unknown[];
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(FigureSchema.safeParse(row).error).toBeUndefined();
  });
  it('rejects a value written as text, naming the field', () => {
    expect(firstIssue(FigureSchema.safeParse({ ...goodFigure, value: '100,000' }))).toMatchInlineSnapshot(
      `"value: Invalid input: expected number, received string"`,
    );
  });
  it('rejects an unknown unit and lists the valid ones', () => {
    expect(firstIssue(FigureSchema.safeParse({ ...goodFigure, unit: 'dollars' }))).toMatchInlineSnapshot(
      `"unit: Invalid option: expected one of "usd"|"eur"|"count"|"percent-change"|"multiple"|"km""`,
    );
  });
  it('rejects a figure without a source', () => {
    const { source: _omitted, ...withoutSource } = goodFigure;
    expect(firstIssue(FigureSchema.safeParse(withoutSource))).toMatchInlineSnapshot(
      `"source: Invalid input: expected string, received undefined"`,
    );
  });
  it('rejects a misspelt field instead of ignoring it', () => {
    expect(firstIssue(FigureSchema.safeParse({ ...goodFigure, qualifer: 'almost' }))).toMatchInlineSnapshot(
      `": Unrecognized key: "qualifer""`,
    );
  });
});

describe('SourceSchema', () => {
  it('accepts every row of content/data/sources.json', () => {
    const rows = JSON.parse(readFileSync('content/data/sources.json', 'utf8')) as unknown[];
    for (const row of rows) expect(SourceSchema.safeParse(row).error).toBeUndefined();
  });
  it('rejects a date in another format', () => {
    const row = { id: 'a', publication: 'P', title: 'T', date: '24/03/2023' };
    expect(firstIssue(SourceSchema.safeParse(row))).toMatchInlineSnapshot(`"date: expected YYYY, YYYY-MM or YYYY-MM-DD"`);
  });
  it('rejects a URL that is not https', () => {
    const row = { id: 'a', publication: 'P', title: 'T', url: 'http://example.org/a' };
    expect(SourceSchema.safeParse(row).success).toBe(false);
  });
});
