/**
 * The ridings on a map, under the chart: the geographic map or the hex cartogram (`?map=hex`). The map file
 * and the code that turns it into shapes (d3-geo, topojson-client) are fetched only when the panel nears the
 * screen, so nothing on arrival waits for them. An election without a map file says so.
 */
import { Suspense, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode, type RefObject } from 'react';
import type { Election } from '../../data/electionSchema.ts';
import { useI18n, useWords } from '../../i18n/I18nContext.tsx';
import { MAP_WORDS } from '../../i18n/words/map.ts';
import { AppLink } from '../../url/AppLink.tsx';
import type { PageView } from '../../shared/pageView.ts';
import { SeatDetail } from '../riding/LazySeatDetail.ts';
import type { MapKind, MapShapes } from './mapShapes.ts';
import type { HexLayoutOptions } from './hexLayout.ts';
import { RidingMap } from './RidingMap.tsx';
import { useRidingMap } from './ridingMapQuery.ts';
import { provinceNamer, useRidingLooks } from './ridingLooks.ts';
import { MAP_WIDTH, mapDrawing } from './mapDrawing.ts';
import { useOfferChartPicture, type ChartPicture } from '../../shared/chartPicture.ts';
import { useSeatLink } from './useSeatLink.ts';
import './map.css';
import { lookupOf } from '../../core/election/electionLookup.ts';

/** True once the element is within a screen of the viewport (and stays true). */
function useNearScreen(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: '100% 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}

/**
 * The panel's inner width in pixels, once it is laid out: the cartogram is laid out at the size it is drawn,
 * its hexagons and names in pixels (hexLayout.ts).
 */
function useInnerWidth(ref: RefObject<HTMLElement | null>): number | undefined {
  const [width, setWidth] = useState<number>();
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.round(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** SVG units across a city inset. */
const INSET_WIDTH = 300;

interface Drawing {
  mapShapes: typeof import('./mapShapes.ts').mapShapes;
  ridingFeatures: typeof import('./mapShapes.ts').ridingFeatures;
  insetShapes: typeof import('./insetShapes.ts').insetShapes;
}

/** The code that draws the map, once fetched: a later map draws at once. */
let drawing: Drawing | undefined;

/**
 * The shapes of the map and of its city insets (geographic map only), once the file and the code that draws them
 * are here; the cartogram at `width` pixels (MAP_WIDTH units until the panel is measured), its provinces named.
 */
function useMapShapes(
  electionId: string,
  kind: MapKind,
  enabled: boolean,
  only: ReadonlySet<string> | undefined,
  width: number | undefined,
  hex: HexLayoutOptions,
) {
  const map = useRidingMap(electionId, enabled);
  const [draw, setDraw] = useState(() => drawing);
  // Only the cartogram is laid out at the panel's width and named: the geographic map is the same at any.
  const hexWidth = kind === 'hex' ? width : undefined;
  const hexOptions = kind === 'hex' ? hex : undefined;
  useEffect(() => {
    if (enabled && !draw)
      void Promise.all([import('./mapShapes.ts'), import('./insetShapes.ts')]).then(([m, i]) =>
        setDraw((drawing = { mapShapes: m.mapShapes, ridingFeatures: m.ridingFeatures, insetShapes: i.insetShapes })),
      );
  }, [enabled, draw]);
  const shapes = useMemo<MapShapes | undefined>(
    () => (map.data && draw ? draw.mapShapes(map.data, kind, hexWidth ?? MAP_WIDTH, only, hexOptions) : undefined),
    [map.data, draw, kind, only, hexWidth, hexOptions],
  );
  const insets = useMemo(() => {
    if (!map.data?.insets || !draw || kind !== 'geo') return [];
    // The file decoded once for every inset.
    const features = draw.ridingFeatures(map.data);
    return map.data.insets.flatMap((inset) => {
      const drawn = draw.insetShapes(features, inset, INSET_WIDTH);
      // A province's map keeps the cities that have ridings in it.
      return drawn && (!only || drawn.shapes.some((s) => only.has(s.id))) ? [{ inset, shapes: drawn }] : [];
    });
  }, [map.data, draw, kind, only]);
  return { map, shapes, insets };
}

interface MapPanelProps {
  election: Election;
  /** What the page shows, and its links. */
  view: PageView;
  onOpenRiding: (ridingId: string) => void;
  ridingHref: (ridingId: string) => string;
  /** When the map is the page's chart (`/map`): its controls and legend, right under the map, before the cities. */
  controls?: ReactNode;
  /** And what follows the cities: the table and the share bar. */
  children?: ReactNode;
  /** The cities enlarged under the geographic map; an embed leaves them out, to stay the size of a chart. */
  withInsets?: boolean;
}

export function MapPanel({ election, view: shown, onOpenRiding, ridingHref, controls, children, withInsets = true }: MapPanelProps) {
  const i18n = useI18n();
  const { f } = i18n;
  const mapWords = useWords(MAP_WORDS);
  const panel = useRef<HTMLElement>(null);
  const kind = shown.map;
  // A province's view frames that province alone, as large as the panel allows.
  const region = shown.region?.id;
  const only = useMemo(
    () => (region === undefined ? undefined : new Set(election.ridings.filter((r) => r.region === region).map((r) => r.id))),
    [election, region],
  );
  const provinceName = useMemo(() => provinceNamer(election, f), [election, f]);
  const look = useRidingLooks(i18n, election, shown);
  // The cartogram's names leave in sight a riding of another colour than most of its province's: Rosemont's
  // orange among Quebec's red and teal is the story, not a place for "Que.".
  // Keyed by the colours alone: a party or province lit on the map changes its looks, not its layout.
  const colours = useMemo(() => election.ridings.map((r) => look(r.id).color).join(' '), [election, look]);
  const hex = useMemo<HexLayoutOptions>(() => {
    const colourOf = new Map(colours.split(' ').map((colour, i) => [election.ridings[i]!.id, colour]));
    const counts = new Map<string, Map<string, number>>();
    for (const [id, colour] of colourOf) {
      const byColour = counts.get(id.slice(0, 2)) ?? new Map<string, number>();
      byColour.set(colour, (byColour.get(colour) ?? 0) + 1);
      counts.set(id.slice(0, 2), byColour);
    }
    const most = new Map([...counts].map(([province, byColour]) => [province, [...byColour].sort((a, b) => b[1] - a[1])[0]![0]]));
    return { nameOf: provinceName, keepInSight: (id) => colourOf.get(id) !== most.get(id.slice(0, 2)) };
  }, [election, colours, provinceName]);
  const { map, shapes, insets: cities } = useMapShapes(shown.electionId, kind, useNearScreen(panel), only, useInnerWidth(panel), hex);
  const insets = withInsets ? cities : [];
  // The previous result on the map says so in its title: a screenshot of it must not pass for this one.
  const previous = shown.result === 'previous' && election.previous ? f.text(election.previous.name) : undefined;
  // Its pictures are drawn from the shapes and looks it is drawn from (mapDrawing).
  const picture = useMemo<ChartPicture | undefined>(
    () => shapes && (async (palette) => mapDrawing(shapes, kind, look, palette, provinceName)),
    [shapes, kind, look, provinceName],
  );
  useOfferChartPicture(picture);
  const [pointed, setPointed] = useState<string | undefined>();
  const linked = useSeatLink(pointed);
  const renderDetail = useMemo(() => {
    const { ridings } = lookupOf(election);
    return (id: string, close?: () => void) => {
      const r = ridings.get(id);
      return r ? (
        <Suspense fallback={null}>
          <SeatDetail election={election} riding={r} href={close && ridingHref(id)} onClose={close} />
        </Suspense>
      ) : null;
    };
  }, [election, ridingHref]);
  return (
    <section
      ref={panel}
      className="panel map-panel"
      aria-labelledby="map-title"
      data-map-state={shapes ? 'drawn' : map.data === null ? 'none' : map.status}
    >
      <div className="map-head">
        <h2 id="map-title">{previous ? mapWords.titlePrevious(previous) : mapWords.title}</h2>
        {map.data !== null && (
          <nav className="map-kinds" aria-label={mapWords.kinds}>
            {(['geo', 'hex'] as const).map((k) => (
              <AppLink key={k} href={shown.url.hrefWith({ map: k })} aria-current={k === kind ? 'true' : undefined}>
                {k === 'geo' ? mapWords.geo : mapWords.hex}
              </AppLink>
            ))}
          </nav>
        )}
      </div>
      {map.data && <p className="muted map-note">{kind === 'hex' ? mapWords.hexNote : mapWords.geoNote}</p>}
      {map.data === null ? (
        <p>{mapWords.none}</p>
      ) : map.isError ? (
        <p role="alert">{mapWords.failed}</p>
      ) : shapes ? (
        <>
          {/* Its shape, for the stylesheet to keep the whole map within the first screen. */}
          <div className="map-main" style={{ '--map-aspect': shapes.width / shapes.height } as CSSProperties}>
            <RidingMap
              shapes={shapes}
              kind={kind}
              look={look}
              onOpen={onOpenRiding}
              renderDetail={renderDetail}
              provinceName={provinceName}
              linked={linked}
              onPoint={setPointed}
              title={mapWords.title}
              description={mapWords.description(f, shapes.shapes.length)}
            />
          </div>
          {controls}
          {insets.length > 0 && (
            // Where the country's scale makes ridings specks: each city again, larger, with the same behaviour.
            <div className="map-insets">
              {insets.map(({ inset, shapes: city }) => {
                const name = f.text(inset.name);
                return (
                  <figure key={inset.id} className="map-inset" data-inset={inset.id}>
                    <figcaption>{name}</figcaption>
                    <RidingMap
                      shapes={city}
                      kind="geo"
                      look={look}
                      onOpen={onOpenRiding}
                      renderDetail={renderDetail}
                      linked={linked}
                      onPoint={setPointed}
                      title={mapWords.inset(name)}
                      description={mapWords.description(f, city.shapes.length)}
                    />
                  </figure>
                );
              })}
            </div>
          )}
        </>
      ) : (
        <>
          <div className="map-placeholder" data-map-kind={kind} />
          {controls}
        </>
      )}
      {children}
    </section>
  );
}
