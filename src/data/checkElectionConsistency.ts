/**
 * Rules that span fields of a structurally valid election: unique ids,
 * references that resolve, and totals that agree with the ridings.
 * Returns every problem found, each with its path, so one error can list them all.
 */
import { isDeclared, ridingStatus } from './ridingStatus.ts';
import type { Election } from './electionSchema.ts';
import type { DataIssue } from './ElectionDataError.ts';

function duplicates<T>(items: readonly T[], key: (item: T) => string, path: string): DataIssue[] {
  const seen = new Set<string>();
  const issues: DataIssue[] = [];
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) issues.push({ path: `${path}[${i}].id`, problem: { key: 'repeatedId' }, received: JSON.stringify(k) });
    seen.add(k);
  });
  return issues;
}

function checkRidings(election: Election, partyIds: Set<string>, regionIds: Set<string>): DataIssue[] {
  const issues: DataIssue[] = [];
  const unknownParty = (path: string, id: string) =>
    issues.push({ path, problem: { key: 'unknownParty' }, received: JSON.stringify(id) });
  election.ridings.forEach((riding, i) => {
    const at = `ridings[${i}]`;
    if (riding.previousWinner !== undefined && !partyIds.has(riding.previousWinner)) unknownParty(`${at}.previousWinner`, riding.previousWinner);
    if (!regionIds.has(riding.region)) issues.push({ path: `${at}.region`, problem: { key: 'unknownRegion' }, received: JSON.stringify(riding.region) });
    riding.candidates.forEach((c, j) => {
      if (!partyIds.has(c.party)) unknownParty(`${at}.candidates[${j}].party`, c.party);
    });
    const votes = riding.candidates.map((c) => c.votes).sort((a, b) => b - a);
    const margin = (votes[0] ?? 0) - (votes[1] ?? 0);
    if (margin !== riding.margin) issues.push({ path: `${at}.margin`, problem: { key: 'marginDisagrees', values: { margin } }, received: String(riding.margin) });
    const sum = votes.reduce((a, b) => a + b, 0);
    if (sum !== riding.validVotes) issues.push({ path: `${at}.validVotes`, problem: { key: 'validVotesDisagree', values: { sum } }, received: String(riding.validVotes) });
    if (riding.polls && riding.polls.reporting > riding.polls.total)
      issues.push({ path: `${at}.polls.reporting`, problem: { key: 'pollsExceed', values: { total: riding.polls.total } }, received: String(riding.polls.reporting) });
    // No result yet: nobody is ahead, and no vote is counted.
    if (riding.status === 'pending') {
      if (riding.winner !== undefined) issues.push({ path: `${at}.winner`, problem: { key: 'noResultWinner' }, received: JSON.stringify(riding.winner) });
      if (sum > 0) issues.push({ path: `${at}.status`, problem: { key: 'noResultVotes', values: { sum } }, received: JSON.stringify(riding.status) });
      return;
    }
    if (riding.winner === undefined) return void issues.push({ path: `${at}.winner`, problem: { key: 'missing' } });
    if (!partyIds.has(riding.winner)) unknownParty(`${at}.winner`, riding.winner);
    // Elected or ahead with no vote counted: no candidate is ahead of another.
    if (sum === 0) return void issues.push({ path: `${at}.winner`, problem: { key: 'noVotesWinner' }, received: JSON.stringify(riding.winner) });
    // A tie at the top is settled by lot, so any of the tied candidates' parties may have won.
    const leaders = riding.candidates.filter((c) => c.votes === votes[0]);
    if (!leaders.some((c) => c.party === riding.winner)) issues.push({ path: `${at}.winner`, problem: { key: 'winnerDisagrees', values: { leader: leaders[0]?.party ?? '?' } }, received: JSON.stringify(riding.winner) });
  });
  return issues;
}

function checkTotals(election: Election): DataIssue[] {
  const issues: DataIssue[] = [];
  // Every seat is won, led, still to report, or vacant.
  const unreported = election.ridings.filter((r) => r.status === 'pending').length;
  const seatSum = election.parties.reduce((a, p) => a + p.seats + (p.leading ?? 0), unreported + (election.vacant ?? 0));
  if (seatSum !== election.totalSeats) issues.push({ path: 'parties', problem: { key: 'seatsSum', values: { sum: seatSum, total: election.totalSeats } } });
  if (election.majority !== undefined && election.majority > election.totalSeats)
    issues.push({ path: 'majority', problem: { key: 'majorityOverTotal', values: { total: election.totalSeats } }, received: String(election.majority) });
  if (election.ridings.length > 0) {
    if (election.ridings.length !== election.totalSeats) issues.push({ path: 'ridings', problem: { key: 'ridingsCount', values: { count: election.ridings.length, total: election.totalSeats } } });
    const won = new Map<string, number>();
    const led = new Map<string, number>();
    for (const r of election.ridings) {
      const status = ridingStatus(r);
      const tally = isDeclared(status) ? won : status === 'leading' ? led : undefined;
      if (tally && r.winner !== undefined) tally.set(r.winner, (tally.get(r.winner) ?? 0) + 1);
    }
    election.parties.forEach((p, i) => {
      const n = won.get(p.id) ?? 0;
      if (n !== p.seats) issues.push({ path: `parties[${i}].seats`, problem: { key: 'partySeatsDisagree', values: { won: n } }, received: String(p.seats) });
      const ahead = led.get(p.id) ?? 0;
      if (ahead !== (p.leading ?? 0)) issues.push({ path: `parties[${i}].leading`, problem: { key: 'partyLeadingDisagree', values: { leading: ahead } }, received: String(p.leading ?? 0) });
    });
  }
  // Votes, where the file gives them: the parties' cannot add up to more than all the valid votes.
  const voteSum = election.parties.reduce((a, p) => a + (p.votes ?? 0), 0);
  if (election.totalVotes !== undefined && voteSum > election.totalVotes)
    issues.push({ path: 'totalVotes', problem: { key: 'totalVotesShort', values: { sum: voteSum } }, received: String(election.totalVotes) });
  return issues;
}

/**
 * The previous result is told twice: each riding's previous winner, and the previous election's seats by party.
 * The chart seats the first, the legend and the scoreboard read the second; when the ridings tell it whole, the
 * two must agree.
 */
function checkPreviousSeats(election: Election): DataIssue[] {
  const previous = election.previous;
  if (!previous || election.ridings.length === 0 || election.ridings.some((r) => r.previousWinner === undefined)) return [];
  const held = new Map<string, number>();
  for (const r of election.ridings) held.set(r.previousWinner!, (held.get(r.previousWinner!) ?? 0) + 1);
  return previous.parties.flatMap((p, i) => {
    const n = held.get(p.id) ?? 0;
    return n === p.seats
      ? []
      : [{ path: `previous.parties[${i}].seats`, problem: { key: 'previousSeatsDisagree' as const, values: { held: n } }, received: String(p.seats) }];
  });
}

function checkSeatOrder(election: Election): DataIssue[] {
  const n = election.parties.length;
  const orders = new Set(election.parties.map((p) => p.seatOrder));
  if (orders.size === n && [...orders].every((o) => o < n)) return [];
  return [{ path: 'parties', problem: { key: 'seatOrder', values: { last: n - 1 } } }];
}

export function checkElectionConsistency(election: Election): DataIssue[] {
  const partyIds = new Set(election.parties.map((p) => p.id));
  const regionIds = new Set(election.regions.map((r) => r.id));
  const previousIssues = (election.previous?.parties ?? []).flatMap((p, i) =>
    partyIds.has(p.id) ? [] : [{ path: `previous.parties[${i}].id`, problem: { key: 'unknownParty' as const }, received: JSON.stringify(p.id) }],
  );
  return [
    ...duplicates(election.parties, (p) => p.id, 'parties'),
    ...duplicates(election.regions, (r) => r.id, 'regions'),
    ...duplicates(election.ridings, (r) => r.id, 'ridings'),
    ...checkSeatOrder(election),
    ...checkTotals(election),
    ...checkRidings(election, partyIds, regionIds),
    ...previousIssues,
    ...checkPreviousSeats(election),
  ];
}
