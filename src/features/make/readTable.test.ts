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
