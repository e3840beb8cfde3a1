/**
 * Sharing a made chart: its link (the chart itself), embed code and pictures, as every view offers them
 * (ViewShare), and its data, the file of seats only that `?election=` opens once hosted. A chart with problems
 * is not offered (what would be shared is not what was typed); one too large for a link offers its file.
 */
import type { Election } from '../../data/electionSchema.ts';
import { electionJsonText } from '../../data/electionJson.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { MAKE_WORDS } from '../../i18n/words/make.ts';
import type { PageView } from '../../shared/pageView.ts';
import { downloadFile } from '../share/pictureFile.ts';
import { ViewShare } from '../share/ViewShare.tsx';

/** Past this, browsers, chat apps and mail clients cut or refuse links. */
const LINK_LIMIT = 8000;

interface MadeShareProps {
  election: Election;
  shown: PageView;
  /** How many problems the chart as typed has: while any, nothing is shared. */
  problems: number;
  /** The address of the chart's link, as it would be shared. */
  href: string;
}

export function MadeShare({ election, shown, problems, href }: MadeShareProps) {
  const { f } = useI18n();
  const words = useWords(MAKE_WORDS);
  if (problems > 0) return <p className="made-share-wait">{words.problemsCount(f, problems)}</p>;
  const length = new URL(href, location.href).href.length;
  return (
    <section className="made-share" aria-label={words.share}>
      {length > LINK_LIMIT ? (
        <p className="field-problem">{words.linkTooLong(f, length)}</p>
      ) : (
        <ViewShare election={election} view={shown} title={f.text(election.name)} withBuilder={false} />
      )}
      <button
        type="button"
        className="secondary made-data"
        onClick={() => downloadFile(new Blob([electionJsonText(election)], { type: 'application/json' }), `${election.id}.json`)}
      >
        {words.downloadData}
      </button>
    </section>
  );
}
