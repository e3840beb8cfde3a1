/** The schema of `data/elections.json`, the list of elections this site has, validated at the boundary. */
import * as v from 'valibot';
import { ID_PATTERN } from '../idPattern.ts';

const localized = v.object({ en: v.string(), fr: v.optional(v.string()) });

const electionIndexSchema = v.object({
  elections: v.array(v.object({ id: v.pipe(v.string(), v.regex(ID_PATTERN)), name: localized, date: v.string() })),
});

export type ElectionIndex = v.InferOutput<typeof electionIndexSchema>;

export const parseElectionIndex = (data: unknown): ElectionIndex => v.parse(electionIndexSchema, data);
