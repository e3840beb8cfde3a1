import { describe, expect, it } from 'vitest';
import { readNumber, readTable } from './readTable.ts';

describe('readTable', () => {
  it('reads a table copied from a spreadsheet: tabs, a header in English, votes and shares', () => {
    const table = readTable('Party\tSeats\tVotes\tShare\nLiberal\t169\t8,595,488\t43.8%\nConservative\t144\t8,008,590\t41.3%\n');
    expect([table.delimiter, table.header, table.columns]).toEqual(['\t', true, ['name', 'seats', 'votes', 'voteShare']]);
    expect(table.parties).toEqual([
      { line: 2, name: 'Liberal', seats: 169, votes: 8595488, voteShare: 0.438 },
      { line: 3, name: 'Conservative', seats: 144, votes: 8008590, voteShare: 0.413 },
    ]);
    expect(table.problems).toEqual([]);
  });

  it('reads a French table parted by semicolons, with decimal commas, quoted names and colours', () => {
    const table = readTable(
      'Parti;Sigle;Sièges;Couleur;Part des voix\n"Parti libéral; du Canada";PLC;169;#D71920;43,8 %\nBloc Québécois;BQ;22;3ab;6,3\n',
    );
    expect([table.delimiter, table.header, table.columns]).toEqual([';', true, ['name', 'shortName', 'seats', 'color', 'voteShare']]);
    expect(table.parties).toEqual([
      { line: 2, name: 'Parti libéral; du Canada', shortName: 'PLC', seats: 169, color: '#d71920', voteShare: 0.438 },
      { line: 3, name: 'Bloc Québécois', shortName: 'BQ', seats: 22, color: '#33aabb', voteShare: 0.063 },
    ]);
  });

  it('recognises the columns of a table with no header by what they hold', () => {
    const table = readTable('Liberal,LPC,169,"8,595,488"\nConservative,CPC,144,"8,008,590"\nGreen,GPC,1,"238,892"');
    expect([table.delimiter, table.header, table.columns]).toEqual([',', false, ['name', 'shortName', 'seats', 'votes']]);
    expect(table.parties.map((p) => [p.line, p.name, p.shortName, p.seats, p.votes])).toEqual([
      [1, 'Liberal', 'LPC', 169, 8595488],
      [2, 'Conservative', 'CPC', 144, 8008590],
      [3, 'Green', 'GPC', 1, 238892],
    ]);
  });

  it('says what could not be read, row by row, and keeps the rows it could', () => {
    const table = readTable(
      ['Party,Seats,Colour', 'Red,3,#ff0000', ',2,', 'Blue,-1,', 'Gold,1.5,', 'Grey,two,', 'Teal,4,teal', 'red,1,', 'Plum,,'].join('\n'),
    );
    expect(table.parties.map((p) => p.name)).toEqual(['Red']);
    expect(table.problems).toEqual([
      { key: 'nameMissing', line: 3, column: 'name' },
      { key: 'seatsNegative', line: 4, column: 'seats' },
      { key: 'seatsNotWhole', line: 5, column: 'seats' },
      { key: 'numberInvalid', line: 6, column: 'seats' },
      { key: 'colourInvalid', line: 7, column: 'color' },
      { key: 'nameRepeated', line: 8, column: 'name', first: 2 },
      { key: 'seatsMissing', line: 9, column: 'seats' },
    ]);
  });

  it('says when there is nothing to read, or no column of seats', () => {
    expect(readTable(' \n\n').problems).toEqual([{ key: 'empty' }]);
    expect(readTable('Party,Seats\n').problems).toEqual([{ key: 'empty' }]);
    expect(readTable('Liberal\nConservative').problems).toEqual([{ key: 'noSeatsColumn' }]);
  });
});

/**
 * The clipboard as each program writes it (what `text/plain` holds after a copy), the same three parties of the
 * 2025 House of Commons (Elections Canada) in each.
 */
describe('readTable on real clipboard formats', () => {
  const three = [
    { name: 'Liberal', seats: 169 },
    { name: 'Conservative', seats: 144 },
    { name: 'Bloc Québécois', seats: 22 },
  ];
  it.each([
    // Excel: tabs, CRLF after every row, the last too; a cell with a tab or quote is quoted.
    ['Excel', 'Party\tSeats\r\nLiberal\t169\r\nConservative\t144\r\n"Bloc Québécois"\t22\r\n'],
    // Google Sheets: tabs, LF, no line end after the last row.
    ['Google Sheets', 'Party\tSeats\nLiberal\t169\nConservative\t144\nBloc Québécois\t22'],
    // LibreOffice Calc, French: tabs, LF, a French header.
    ['LibreOffice', 'Parti\tSièges\nLiberal\t169\nConservative\t144\nBloc Québécois\t22\n'],
    // A web page's table (Chrome, from an encyclopedia): a colour cell opening each row under a header that spans
    // it, a leader column, note marks after figures and names, thousands separators and percentages.
    [
      'a web page',
      'Party\tLeader\tSeats\tVotes\t%\n\tLiberal\tMark Carney\t169\t8,595,488\t43.76%\n\tConservative[a]\tPierre Poilievre\t144[b]\t8,097,830\t41.22%\n\tBloc Québécois\tYves-François Blanchet\t22\t1,236,349\t6.29%\n',
    ],
  ])('%s', (_, text) => {
    const read = readTable(text);
    expect(read.problems).toEqual([]);
    expect(read.parties.map(({ name, seats }) => ({ name, seats }))).toEqual(three);
  });

  it('keeps a web table’s votes and shares, under the header’s columns', () => {
    const read = readTable('Party\tLeader\tSeats\tVotes\t%\n\tLiberal\tMark Carney\t169\t8,595,488\t43.76%\n');
    expect(read.columns).toEqual(['name', undefined, 'seats', 'votes', 'voteShare']);
    expect(read.parties).toEqual([{ line: 2, name: 'Liberal', seats: 169, votes: 8_595_488, voteShare: 0.4376 }]);
  });
});

describe('readNumber', () => {
  it('reads the ways tables write numbers, and refuses what is not one', () => {
    expect([readNumber('1 234', false), readNumber('1,234', false), readNumber('33.1', false), readNumber('12 %', false)]).toEqual([
      1234, 1234, 33.1, 12,
    ]);
    expect([readNumber('33,1', true), readNumber('1.234,5', true), readNumber('8\u202f595\u202f488', true)]).toEqual([
      33.1, 1234.5, 8595488,
    ]);
    expect([readNumber('two', false), readNumber('', false), readNumber('1-2', false)].every(Number.isNaN)).toBe(true);
  });
});
