/**
 * A results page never claims what the count has not settled (#28). Over random nights (any mix of ridings
 * declared, led and with no result), every page a reader or a link preview gets, in both languages, is
 * rendered as the build and the ingest render it, and its words are read: "a majority" only once declared
 * seats make one, "a minority" or "out of reach" only once no count can change it.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { majorityThreshold } from '../../src/core/majority.ts';
import { partiesStanding, undeclaredSeats } from '../../src/core/majorityStanding.ts';
import { isCounting, seatsCounted } from '../../src/core/ridingStatus.ts';
import type { Election } from '../../src/data/electionSchema.ts';
import { renderPage } from '../../src/entry-server.tsx';
import { randomNight } from '../../src/test/randomNight.ts';
import { DEFAULT_ELECTION } from '../../src/url/routes.ts';
import { overviewMeta, partyMeta } from '../share/shareMeta.ts';

/** Words that call a majority won, in each language (spaces normalised; "if the leads hold" is no call). */
const MAJORITY = [
  /[,:] a majority(?! if the leads hold)/,
  /\bwon a majority/,
  /\bReached:/,
  /minimal majority coalition(?!, if the leads hold)/,
  /Majority coalitions that include this party(?!, if the leads hold)/,
  /[,:] (?:une )?majorité(?! si les avances se maintiennent)/,
  /a obtenu la majorité/,
  /\bAtteinte :/,
  /coalitions majoritaires minimales(?!, si les avances se maintiennent)/,
  /Coalitions majoritaires qui comprennent ce parti(?!, si les avances se maintiennent)/,
];
/** Words that call a majority missed. */
const MINORITY = [
  /a minority/,
  /no party has a majority/,
  /can no longer win/,
  /out of reach/,
  /minoritaire/,
  /aucun parti n’a la majorité/,
  /ne peut plus/,
  /hors d’atteinte/,
];

/** What a page says: its text and its accessible names, entities read, spaces plain. */
function wordsOf(html: string): string {
  const labels = [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]);
  return [html.replace(/<[^>]+>/g, ' '), ...labels]
    .join(' \n ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/ +/g, ' ');
}

/** Each call found, with the words around it. */
const found = (patterns: RegExp[], text: string) =>
  patterns.flatMap((p) => {
    const at = text.search(p);
    return at < 0 ? [] : [`${String(p)} in “…${text.slice(Math.max(0, at - 80), at + 80)}…”`];
  });

it('no page, preview or language claims a majority or a minority the declared seats do not settle', async () => {
  const said = { majority: 0, minority: 0, ifLeadsHold: 0 };
  await fc.assert(
    fc.asyncProperty(randomNight, fc.boolean(), async (night: Election, withCoalition) => {
      const threshold = majorityThreshold(night.totalSeats);
      const counting = isCounting(night);
      const byCount = [...night.parties].sort((a, b) => seatsCounted(b) - seatsCounted(a) || b.votes - a.votes);
      const [leader, second] = byCount;
      const pick = withCoalition && second && seatsCounted(second) > 0 ? [leader!, second] : [];
      const search = pick.length > 0 ? `coalition=${pick.map((p) => p.id).join(',')}` : '';
      // Settled: a party's (or the picked coalition's) declared seats reach the threshold; or the leader (or the
      // coalition) cannot reach it even with every seat not yet declared.
      const majoritySettled =
        !counting ||
        night.parties.some((p) => p.seats >= threshold) ||
        (pick.length > 0 && partiesStanding(night, pick).standing === 'majority');
      const undeclared = undeclaredSeats(night);
      const lost = (parties: typeof pick) => parties.reduce((sum, p) => sum + p.seats, 0) + undeclared < threshold;
      // A final result is settled through and through: what it says of majorities is arithmetic, tested elsewhere.
      const minoritySettled = !counting || lost([leader!]) || (pick.length > 0 && lost(pick));
      // Drawn as the site's own election, the one its pages open on.
      const json = { ...(JSON.parse(JSON.stringify(night)) as object), id: DEFAULT_ELECTION };
      const pages = [
        ['/', search],
        ['/fr/', search],
        [`/party/${leader!.id}`, ''],
        [`/fr/party/${(second ?? leader)!.id}`, ''],
        ['/embed/', search],
        [`/fr/embed/party/${leader!.id}`, ''],
      ] as const;
      const texts: [string, string][] = await Promise.all(
        pages.map(
          async ([path, query]) => [`${path}?${query}`, wordsOf(await renderPage(path, json, undefined, query))] as [string, string],
        ),
      );
      for (const lang of ['en', 'fr'] as const) {
        texts.push([
          `${lang} previews`,
          wordsOf(
            [overviewMeta(night, lang), ...night.parties.map((p) => partyMeta(night, p, lang))]
              .map((m) => `${m.title} ${m.description} ${m.imageAlt}`)
              .join('\n'),
          ),
        ]);
      }
      for (const [where, text] of texts) {
        expect(text, `${where} was drawn`).not.toMatch(/Loading the results|Chargement des résultats/);
        const majority = found(MAJORITY, text);
        const minority = found(MINORITY, text);
        if (!majoritySettled) expect(majority, `${where} calls a majority`).toEqual([]);
        if (!minoritySettled) expect(minority, `${where} calls a minority`).toEqual([]);
        said.majority += majority.length;
        said.minority += minority.length;
        if (/if the leads hold|si les avances se maintiennent/.test(text)) said.ifLeadsHold += 1;
      }
    }),
    { numRuns: 40 },
  );
  // The words looked for are the pages' own: each kind was said where it was true.
  expect(
    Object.values(said).every((n) => n > 0),
    JSON.stringify(said),
  ).toBe(true);
}, 120_000);
