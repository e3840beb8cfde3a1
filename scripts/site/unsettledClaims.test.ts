/**
 * A results page never claims what the count has not settled (#28). Over random nights (any mix of ridings
 * declared, led and with no result), every page a reader or a link preview gets, in both languages, is
 * rendered as the build and the ingest render it, and its words are read: "a majority" only once declared
 * seats make one, "a minority" or "out of reach" only once no count can change it (src/test/unsettledCalls).
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { seatsCounted } from '../../src/data/ridingStatus.ts';
import type { Election } from '../../src/data/electionSchema.ts';
import { renderPage } from '../../src/entry-server.tsx';
import { randomNight } from '../../src/test/randomNight.ts';
import { allCalls, unsettledCalls } from '../../src/test/unsettledCalls.ts';
import { DEFAULT_ELECTION } from '../../src/url/routes.ts';
import { overviewMeta, partyMeta } from '../share/shareMeta.ts';

/** What a page says: its text and its accessible names, entities read. */
function wordsOf(html: string): string {
  const labels = [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]);
  return [html.replace(/<[^>]+>/g, ' '), ...labels]
    .join(' \n ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

it('no page, preview or language claims a majority or a minority the declared seats do not settle', async () => {
  let said = 0;
  let ifLeadsHold = 0;
  await fc.assert(
    fc.asyncProperty(randomNight, fc.boolean(), async (night: Election, withCoalition) => {
      const [leader, second] = [...night.parties].sort((a, b) => seatsCounted(b) - seatsCounted(a) || (b.votes ?? 0) - (a.votes ?? 0));
      const pick = withCoalition && second && seatsCounted(second) > 0 ? [leader!.id, second.id] : [];
      const search = pick.length > 0 ? `coalition=${pick.join(',')}` : '';
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
      const texts: [string, string, readonly string[]][] = await Promise.all(
        pages.map(async ([path, query]) => [`${path}?${query}`, wordsOf(await renderPage(path, json, query)), query ? pick : []] as const),
      );
      for (const lang of ['en', 'fr'] as const) {
        const metas = [overviewMeta(night, lang), ...night.parties.map((p) => partyMeta(night, p, lang))];
        texts.push([`${lang} previews`, metas.map((m) => `${m.title} ${m.description} ${m.imageAlt}`).join('\n'), []]);
      }
      for (const [where, text, shown] of texts) {
        expect(text, `${where} was drawn`).not.toMatch(/Loading the results|Chargement des résultats/);
        expect(unsettledCalls(text, night, shown), where).toEqual({ majority: [], minority: [] });
        said += allCalls(text).length;
        if (/if the leads hold|si les avances se maintiennent/.test(text)) ifLeadsHold += 1;
      }
    }),
    { numRuns: 40 },
  );
  // The words looked for are the pages' own: they were said where they were true, and leads were named as such.
  expect([said > 0, ifLeadsHold > 0]).toEqual([true, true]);
}, 120_000);
