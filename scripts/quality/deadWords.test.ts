import { describe, expect, it } from 'vitest';
import { catalogueKeys, stylesheetClasses, unusedClasses, unusedKeys } from './deadWords.ts';

describe('deadWords', () => {
  it('finds the keys of a catalogue, nested ones too, and those no source reads', () => {
    const catalogue = [
      'const en = {',
      "  title: 'A',",
      '  nested: {',
      "    said: 'B',",
      "    'quoted': 'C',",
      '  },',
      '  never: (n: number) => `$' + '{n}`,',
      '};',
    ].join('\n');
    expect(catalogueKeys(catalogue)).toEqual(['title', 'nested', 'said', 'quoted', 'never']);
    const sources = "words.title; const { nested } = t; t.nested.said; pick('quoted');";
    expect(unusedKeys(catalogueKeys(catalogue), sources)).toEqual(['never']);
  });

  it('finds the classes a stylesheet styles, and those no source or page carries', () => {
    const css = '/* .commented */\n.a-b > .c:hover, .d[data-x] { color: red; }\n@media (min-width: 700px) { .e { top: 0.5rem; } }';
    expect(stylesheetClasses(css)).toEqual(['a-b', 'c', 'd', 'e']);
    expect(unusedClasses(stylesheetClasses(css), '<p className="a-b c">x</p> `d $' + '{f}`')).toEqual(['e']);
  });
});
