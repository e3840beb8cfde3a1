/**
 * The builder's chart, as typed, and its link: read once from the link it was opened with (`?chart=`), then
 * written back to the address on every change (replaced, not pushed: the back button leaves the builder rather
 * than undoing keystrokes), so the address bar always holds the chart as it is, mistakes included.
 */
import { useEffect, useMemo, useState } from 'react';
import { decodeChart, EMPTY_CHART, encodeChart, type MadeChart } from '../../data/chartCode.ts';
import type { Election } from '../../data/electionSchema.ts';
import { readMadeChart, type MadeReading } from '../../data/madeElection.ts';
import type { View } from '../../url/useView.ts';

/** What a new chart starts with: two rows to fill in. */
const BLANK_PARTY = { name: '', shortName: '', seats: '', color: '' } as const;
const NEW_CHART: MadeChart = { ...EMPTY_CHART, parties: [BLANK_PARTY, BLANK_PARTY] };

export interface MadeChartState {
  /** Undefined while the link's chart is being read. */
  chart: MadeChart | undefined;
  setChart: (change: (chart: MadeChart) => MadeChart) => void;
  reading: MadeReading | undefined;
  /** The chart the preview draws: as typed when it reads, else the last that did (undefined: none yet). */
  drawn: Election | undefined;
  /** The link's code of the chart as typed (undefined until written). */
  code: string | undefined;
  /** Why the link's chart could not be read: the builder starts afresh and says so. */
  linkProblem: 'unreadable' | 'version' | undefined;
  /** Something was typed, or a chart came with the link: its problems are worth saying. */
  touched: boolean;
}

export function useMadeChart(view: View): MadeChartState {
  // The link the builder was opened with: read once, not again as the address follows what is typed.
  const [opened] = useState(view.params.chart);
  const [chart, setChartState] = useState<MadeChart | undefined>(opened === undefined ? NEW_CHART : undefined);
  const [touched, setTouched] = useState(opened !== undefined);
  const [linkProblem, setLinkProblem] = useState<'unreadable' | 'version'>();
  const [code, setCode] = useState(opened);

  useEffect(() => {
    const given = opened;
    if (given === undefined) return;
    let live = true;
    void decodeChart(given).then((read) => {
      if (!live) return;
      if ('chart' in read) setChartState(read.chart);
      else {
        setLinkProblem(read.problem);
        setChartState(NEW_CHART);
      }
    });
    return () => {
      live = false;
    };
  }, [opened]);

  const { hrefWith } = view;
  useEffect(() => {
    // A link that could not be read stays in the address until something is typed: the reader can copy it to ask.
    if (chart === undefined || (!touched && opened === undefined) || (linkProblem && chart === NEW_CHART)) return;
    let live = true;
    void encodeChart(chart).then((next) => {
      if (!live) return;
      setCode(next);
      // The same address again (a setting changed, not the chart) is written again and changes nothing.
      history.replaceState(history.state, '', hrefWith({ chart: next }));
    });
    return () => {
      live = false;
    };
  }, [chart, touched, linkProblem, hrefWith, opened]);

  const reading = useMemo(() => chart && readMadeChart(chart), [chart]);
  const [lastDrawn, setLastDrawn] = useState<Election>();
  if (reading?.election && reading.election !== lastDrawn) setLastDrawn(reading.election);
  return {
    chart,
    setChart: (change) => {
      setTouched(true);
      setChartState((current) => change(current ?? NEW_CHART));
    },
    reading,
    // With no party left to draw (all rows blank), no chart: not the last one, which nothing typed now holds.
    drawn: reading?.election ?? (reading?.problems.some((p) => p.key === 'noParties') ? undefined : lastDrawn),
    code,
    linkProblem,
    touched,
  };
}
