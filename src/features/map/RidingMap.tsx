/**
 * The ridings drawn as a map (or the hex cartogram), with the same behaviour as the hemicycle's seats: one
 * tab stop, arrows to the neighbouring riding in that direction, Enter or a click to open, hover or focus for
 * the detail card, a tap to pin it (with a link) rather than leave the page.
 */
import { Fragment, useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { ridingInDirection } from '../../core/picture/mapNavigation.ts';
import { seatStatus } from '../../data/ridingStatus.ts';
import type { RidingStatus } from '../../data/electionSchema.ts';
import type { MapKind, MapShapes } from './mapShapes.ts';

export interface RidingLook {
  /** The party the riding is drawn for (its winner, or its winner last time). */
  party: string | undefined;
  color: string;
  dimmed: boolean;
  /** Changed hands: outlined. */
  flipped: boolean;
  /** Where its count stands (a night in progress: `leading` pale, `none` blank). */
  status: RidingStatus;
  label: string;
}

interface RidingMapProps {
  shapes: MapShapes;
  kind: MapKind;
  look: (ridingId: string) => RidingLook;
  onOpen: (ridingId: string) => void;
  renderDetail: (ridingId: string, close?: () => void) => ReactNode;
  /** Each province's short name, by its code (the cartogram labels its groups). */
  provinceName?: (province: string) => string | undefined;
  /** The riding the hemicycle points at: outlined here too. */
  linked?: string | undefined;
  /** Says which riding the map points at now (under the pointer or the focus), for the hemicycle. */
  onPoint?: (ridingId: string | undefined) => void;
  title: string;
  description: string;
}

const indexOf = (target: EventTarget | null) => {
  const value = target instanceof Element ? target.getAttribute('data-index') : null;
  return value === null ? null : Number(value);
};

export function RidingMap({
  shapes: map,
  kind,
  look,
  onOpen,
  renderDetail,
  provinceName,
  linked,
  onPoint,
  title,
  description,
}: RidingMapProps) {
  const [active, setActive] = useState<number | null>(null);
  const [pinned, setPinned] = useState(false);
  const [tabStop, setTabStop] = useState(0);
  const group = useRef<SVGGElement>(null);
  const pointerType = useRef('mouse');
  const looks = useMemo(() => map.shapes.map((s) => look(s.id)), [map, look]);
  const focusOn = (i: number) => {
    setTabStop(i);
    setActive(i);
    (group.current?.children[i] as SVGElement | undefined)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const current = indexOf(event.target);
    if (current === null) return;
    const shape = map.shapes[current]!;
    if (event.key === 'Enter') return onOpen(shape.id);
    if (event.key === 'Escape') {
      setActive(null);
      setPinned(false);
      return;
    }
    const next = ridingInDirection(event.key, current, map.shapes);
    if (next === null) return;
    event.preventDefault();
    focusOn(next);
  };
  const paths = useMemo(
    () =>
      map.shapes.map((s, i) => {
        const l = looks[i]!;
        const classes = ['party-fill', l.dimmed && 'map-dimmed', l.flipped && 'map-flip'].filter(Boolean).join(' ');
        return (
          <path
            key={s.id}
            d={s.d}
            data-index={i}
            data-riding={s.id}
            data-party={l.party ?? ''}
            data-status={seatStatus(l.status)}
            className={classes}
            color={l.color}
            role="link"
            aria-label={l.label}
            tabIndex={i === tabStop ? 0 : -1}
          />
        );
      }),
    [map, looks, tabStop],
  );
  // Outlines drawn over every shape, a line on a halo of the background: seen on navy and on pale alike, never
  // hidden under a neighbour.
  const flips = useMemo(
    () =>
      map.shapes
        .filter((_, i) => looks[i]!.flipped)
        .map((s) => (
          <g key={s.id}>
            <path className="map-outline-halo" d={s.d} />
            <path className="map-outline" d={s.d} />
          </g>
        )),
    [map, looks],
  );
  const activeShape = active === null ? undefined : map.shapes[active];
  const activeId = activeShape?.id;
  useEffect(() => onPoint?.(activeId), [activeId, onPoint]);
  const linkedShape = linked === undefined || linked === activeId ? undefined : map.shapes.find((s) => s.id === linked);
  return (
    <div className="riding-map" data-map-kind={kind}>
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="group" aria-label={title}>
        <desc>{description}</desc>
        <g
          ref={group}
          onKeyDown={onKeyDown}
          onFocus={(e) => {
            const i = indexOf(e.target);
            if (i === null) return;
            setTabStop(i);
            setActive(i);
          }}
          onBlur={(e) => {
            // The focus leaving the map takes its card (and the seat's ring) with it, unless a tap pinned it.
            if (!pinned && !e.currentTarget.contains(e.relatedTarget as Node | null)) setActive(null);
          }}
          onPointerDown={(e: PointerEvent) => void (pointerType.current = e.pointerType)}
          // Hover is a mouse's: a finger's pointerover would open the card under it before the tap lands, and the
          // tap would then land on the card (as on the hemicycle, useSeatFocus).
          onPointerOver={(e) => {
            const i = indexOf(e.target);
            if (e.pointerType === 'mouse' && i !== null && !pinned) setActive(i);
          }}
          onPointerLeave={(e) => e.pointerType === 'mouse' && !pinned && setActive(null)}
          onClick={(e) => {
            const i = indexOf(e.target);
            if (i === null) return;
            // A tap shows the card, pinned, with a link: a phone reader does not leave the page by touching a speck.
            if (pointerType.current === 'touch') {
              setActive(i);
              setPinned(true);
              return;
            }
            onOpen(map.shapes[i]!.id);
          }}
        >
          {paths}
        </g>
        {map.edges && <path className="map-province-edges" d={map.edges} aria-hidden="true" />}
        {flips.length > 0 && (
          <g className="map-flips" aria-hidden="true">
            {flips}
          </g>
        )}
        {provinceName && map.provinces && (
          <g className="map-provinces" aria-hidden="true">
            {map.provinces.map((p) => (
              <Fragment key={p.province}>
                {p.leader && <line className="map-leader" x1={p.leader[0]} y1={p.leader[1]} x2={p.leader[2]} y2={p.leader[3]} />}
                <text x={p.x} y={p.y} fontSize={map.labelSize} textAnchor={p.anchor}>
                  {provinceName(p.province)}
                </text>
              </Fragment>
            ))}
          </g>
        )}
        {activeShape && (
          <g className="map-active" aria-hidden="true">
            <path className="map-outline-halo" d={activeShape.d} />
            <path className="map-outline" d={activeShape.d} />
          </g>
        )}
        {linkedShape && (
          <g className="map-active" aria-hidden="true" data-linked-riding={linkedShape.id}>
            <path className="map-outline-halo" d={linkedShape.d} />
            <path className="map-outline" d={linkedShape.d} />
          </g>
        )}
      </svg>
      {activeShape && (
        <div className="map-detail" data-side={activeShape.x > map.width / 2 ? 'left' : 'right'}>
          {renderDetail(
            activeShape.id,
            pinned
              ? () => {
                  setPinned(false);
                  setActive(null);
                }
              : undefined,
          )}
        </div>
      )}
    </div>
  );
}
