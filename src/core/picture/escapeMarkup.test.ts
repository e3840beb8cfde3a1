import { expect, it } from 'vitest';
import { escapeMarkup } from './escapeMarkup.ts';

it('escapes what could end text or an attribute', () => {
  expect(escapeMarkup(`A < B & "C" > D's`)).toBe(`A &lt; B &amp; &quot;C&quot; &gt; D's`);
});
