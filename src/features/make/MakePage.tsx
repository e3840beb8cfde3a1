/**
 * The builder (`/make`, `/fr/make`): parties typed or pasted, the House, the shape and the words on one side; the
 * real chart of it, and the ways to share it, on the other. The chart is kept in the page's address as it is
 * typed (useMadeChart), so the address is the chart, and a link with a chart opens it here to change.
 */
import { useEffect } from 'react';
import type { ViewParams } from '../../url/routes.ts';
import { rowsRange } from '../../shared/resolveView.ts';
import type { View } from '../../url/useView.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { MAKE_WORDS } from '../../i18n/words/make.ts';
import { LoadingState } from '../../shared/LoadingState.tsx';
import { SettingsBar } from '../../shared/SettingsBar.tsx';
import { useDocumentTitle } from '../../shared/useDocumentTitle.ts';
import { HouseFields, TextFields } from './ChartFields.tsx';
import { MadePreview, useMadeView } from './MadePreview.tsx';
import { MadeShare } from './MadeShare.tsx';
import { PartyRows } from './PartyRows.tsx';
import { PasteTable, usePastedTable } from './PasteTable.tsx';
import { ShapeFields } from './ShapeFields.tsx';
import { useMadeChart } from './useMadeChart.ts';
import './make.css';

export function MakePage({ view }: { view: View }) {
  const { t, f } = useI18n();
  const words = useWords(MAKE_WORDS);
  useDocumentTitle(t.pageTitle(words.pageTitle));
  const made = useMadeChart(view);
  const { chart, reading, drawn, setChart } = made;
  const pasted = usePastedTable(chart?.parties ?? [], (parties) => setChart((c) => ({ ...c, parties })));
  const shown = useMadeView(drawn, view);
  // Settings are the page's address like the chart: replaced in place, so the back button leaves the builder.
  const setParams = (change: Partial<ViewParams>) => history.replaceState(history.state, '', view.hrefWith(change));
  const range = drawn && rowsRange(drawn, view.params.arc);
  const { rows } = view.params;
  const { hrefWith } = view;
  // Rows the House can no longer be drawn in (it changed) leave the link: no embed of it shows a setting it cannot draw.
  useEffect(() => {
    if (range && rows !== undefined && (rows < range[0] || rows > range[1]))
      history.replaceState(history.state, '', hrefWith({ rows: undefined }));
  }, [range, rows, hrefWith]);
  const header = (
    <header className="page-header">
      {/* The chart comes first in the page (a phone's first screen is the chart): the editor is one key away. */}
      <a className="skip-link" href="#make-parties">
        {words.skipToEditor}
      </a>
      <SettingsBar view={view} />
      <p className="eyebrow">Hemicycle</p>
      <h1>{words.pageTitle}</h1>
      <p className="lede">{words.lede}</p>
      {made.linkProblem && (
        <p className="make-link-problem" role="alert">
          {words.linkProblem[made.linkProblem]}
        </p>
      )}
    </header>
  );
  if (!chart || !reading) return <LoadingState />;
  // A new chart's empty rows are not mistakes yet: its problems are said once something is typed.
  const problems = made.touched ? reading.problems : [];
  const change = (part: Partial<typeof chart>) => setChart((c) => ({ ...c, ...part }));
  return (
    <>
      {header}
      <main className="make">
        <div className="make-output">
          {drawn && shown ? (
            <>
              <MadePreview election={drawn} stale={!reading.election} view={view} />
              <MadeShare
                election={drawn}
                shown={shown}
                problems={reading.election ? 0 : problems.length || reading.problems.length}
                href={view.hrefWith({ theme: 'auto' })}
              />
            </>
          ) : (
            <p className="panel made-empty">{problems.length > 0 ? words.previewBlocked(f, problems.length) : words.previewEmpty}</p>
          )}
        </div>
        <div className="make-editor">
          <section className="panel" aria-labelledby="make-parties">
            <h2 id="make-parties" tabIndex={-1}>
              {words.parties}
            </h2>
            <PasteTable {...pasted} />
            <PartyRows
              parties={chart.parties}
              colours={reading.colours}
              problems={problems}
              onChange={(parties) => change({ parties })}
              onPasteTable={pasted.use}
            />
          </section>
          <section className="panel">
            <HouseFields chart={chart} reading={{ ...reading, problems }} onChange={change} />
            <ShapeFields params={view.params} rowsRange={range} onChange={setParams} />
            <TextFields chart={chart} reading={{ ...reading, problems }} onChange={change} />
          </section>
        </div>
      </main>
    </>
  );
}
