/**
 * Draws preview pictures off the build's main thread (previewPicture), which meanwhile renders the next
 * pages: the two share the machine's cores instead of taking turns. Takes a page's markup, answers its
 * picture's SVG.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { parseElection } from '../../src/data/electionSchema.ts';
import { previewPicture } from './previewPicture.ts';
import type { SitePage } from './sitePages.ts';

export interface PreviewRequest {
  id: number;
  markup: string;
  page: SitePage;
}

const { dataFile, siteUrl } = workerData as { dataFile: string; siteUrl: string | undefined };
const election = parseElection(JSON.parse(readFileSync(dataFile, 'utf8')));

parentPort?.on('message', ({ id, markup, page }: PreviewRequest) => {
  try {
    parentPort?.postMessage({ id, svg: previewPicture(markup, page, election, siteUrl) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
