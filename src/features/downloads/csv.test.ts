import { describe, expect, it } from 'vitest';

import { csvCell, toCsv, UTF8_BOM } from './csv';

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Skattemelding', ',')).toBe('Skattemelding');
    expect(csvCell(42, ';')).toBe('42');
    expect(csvCell(null, ',')).toBe('');
  });

  it('quotes cells with the delimiter, quotes, line breaks or edge spaces (RFC 4180)', () => {
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('a,b', ';')).toBe('a,b');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('say "hi"', ',')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines', ',')).toBe('"two\nlines"');
    expect(csvCell(' padded', ',')).toBe('" padded"');
  });

  it.each(['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\r=1'])(
    'makes %j text, never a formula',
    (value) => {
      const cell = csvCell(value, ',');
      const unquoted = cell.startsWith('"') ? cell.slice(1) : cell;
      expect(unquoted.startsWith("'")).toBe(true);
    },
  );

  it('does not touch numbers we produce ourselves', () => {
    expect(csvCell(-5, ',')).toBe('-5');
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    const csv = toCsv(
      [
        ['a', 'b'],
        ['=1', 'x,y'],
      ],
      ',',
    );
    expect(csv).toBe(`${UTF8_BOM}a,b\r\n'=1,"x,y"\r\n`);
  });
});
