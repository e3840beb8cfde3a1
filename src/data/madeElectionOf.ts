/** A chart made in the builder, from its link's code, as an election; or why it cannot be one (ChartLinkError). */
import { ChartLinkError } from './ChartLinkError.ts';
import { decodeChart } from './chartCode.ts';
import type { Election } from './electionSchema.ts';
import { readMadeChart } from './madeElection.ts';

export async function madeElectionOf(code: string): Promise<Election> {
  const read = await decodeChart(code);
  if ('problem' in read) throw new ChartLinkError(code, { kind: read.problem });
  const { election, problems } = readMadeChart(read.chart);
  if (!election) throw new ChartLinkError(code, { kind: 'mistakes', problems });
  return election;
}
