/**
 * Draws preview pictures off the build's main thread (previewPicture), which meanwhile renders the next
 * pages: the two share the machine's cores instead of taking turns. Takes a page, answers its picture's SVG.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { parseElection } from '../../src/data/electionSchema.ts';
import { parseRidingMap } from '../../src/features/map/ridingMapSchema.ts';
import { previewPicture } from './previewPicture.ts';
import type { SitePage } from './sitePages.ts';

export interface PreviewRequest {
  id: number;
  page: SitePage;
}

const { dataFile, mapFile, siteUrl } = workerData as { dataFile: string; mapFile: string | undefined; siteUrl: string | undefined };
const election = parseElection(JSON.parse(readFileSync(dataFile, 'utf8')));
const ridingMap = mapFile === undefined ? undefined : parseRidingMap(JSON.parse(readFileSync(mapFile, 'utf8')));

parentPort?.on('message', ({ id, page }: PreviewRequest) => {
  previewPicture(page, election, siteUrl, ridingMap).then(
    (svg) => parentPort?.postMessage({ id, svg }),
    (error: unknown) => parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
