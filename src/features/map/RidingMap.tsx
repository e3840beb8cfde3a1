/**
 * The ridings drawn as a map (or the hex cartogram), with the hemicycle's behaviour (useTargetFocus): one tab
 * stop, arrows to the neighbouring riding in that direction, Enter or a click to open, hover or focus for the
 * detail card, a tap (on a riding or near one) to pin it with a link rather than leave the page.
 */
import { Fragment, useEffect, useMemo, type ReactNode } from 'react';
import { useTargetFocus } from '../../charts/useTargetFocus.ts';
import { ridingInDirection } from '../../core/picture/mapNavigation.ts';
import { seatStatus } from '../../data/ridingStatus.ts';
import type { MapKind, MapShapes } from './mapShapes.ts';
import type { RidingLook } from './ridingLooks.ts';

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
  const { active, pinned, unpin, tabStop, groupRef, svgRef, detailRef, handlers, svgHandlers } = useTargetFocus(map.shapes, {
    attribute: 'data-index',
    step: (key, current) => ridingInDirection(key, current, map.shapes),
    onActivate: (shape) => onOpen(shape.id),
  });
  const looks = useMemo(() => map.shapes.map((s) => look(s.id)), [map, look]);
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
      <svg ref={svgRef} viewBox={`0 0 ${map.width} ${map.height}`} role="group" aria-label={title} {...svgHandlers}>
        <desc>{description}</desc>
        <g ref={groupRef} {...handlers}>
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
        <div ref={detailRef} className="map-detail" data-side={activeShape.x > map.width / 2 ? 'left' : 'right'}>
          {renderDetail(activeShape.id, pinned ? unpin : undefined)}
        </div>
      )}
    </div>
  );
}
