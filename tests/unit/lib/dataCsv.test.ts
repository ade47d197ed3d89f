import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/lib/dataCsv';

describe('csvField(value)', () => {
  it('quotes a field holding a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvField('Caspian News, 12 March')).toBe('"Caspian News, 12 March"');
    expect(csvField('the "parallel imports"')).toBe('"the ""parallel imports"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('Росстат')).toBe('Росстат');
  });
  it('writes numbers as they are and a missing value as an empty field', () => {
    expect(csvField(115.49)).toBe('115.49');
    expect(csvField(undefined)).toBe('');
  });
});

describe('toCsv(header, rows)', () => {
  it('starts with a byte-order mark and ends every row, the last too, with CRLF', () => {
    expect(toCsv(['year', 'source'], [[2022, 'Росстат, ФТС'], [2023, undefined]])).toBe('\ufeffyear,source\r\n2022,"Росстат, ФТС"\r\n2023,\r\n');
  });
});
