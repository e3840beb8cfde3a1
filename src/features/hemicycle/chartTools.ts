/**
 * What sits under the chart in its panel: the view controls, the table view and the share bar. They are not
 * needed for the first paint, so they ship as a chunk of their own (HemicyclePanel), fetched while the data
 * loads; a prerendered page keeps their HTML until the chunk is here.
 */
export { ExploreBar } from './ExploreBar.tsx';
export { SeatTable } from './SeatTable.tsx';
export { StatusKey } from '../live/StatusKey.tsx';
export { ViewShare } from '../share/ViewShare.tsx';
