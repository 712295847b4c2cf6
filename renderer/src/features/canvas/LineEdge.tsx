import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../../shared/logic/layout';
import { routeLine } from '../../../../shared/render/chart-lines';
import { HANDLE_OVERHANG, type LinkEdge } from './toFlow';

/** More dashes than this on one line and their spacing grows instead. */
const MAX_DASHES = 150;
/** Dash and gap, in chart pixels: an influence in dashes, an informal or matrix line in dots. */
const INFLUENCE_DASH = [6, 4] as const;
const DOTTED = [2, 4] as const;

/**
 * Every line of the chart, on the route the SVG drawing (picture export, printed briefings) takes:
 * reporting lines step down from the manager and turn just above the people they lead to; the
 * others join the nearest sides of the two cards (shared/render/chart-lines). React Flow hands over
 * the two dots (below the source card, above the target card), from which the cards are known.
 *
 * Chromium rasterises every dash of a line for each tile it touches, so a line across a wide chart
 * (an influence between two far-apart departments) cost seconds per frame at close zoom: past
 * MAX_DASHES the pattern is stretched to keep the count.
 */
export const LineEdge = memo(function LineEdge(props: EdgeProps<LinkEdge>) {
  const { sourceX, sourceY, targetX, targetY, data } = props;
  const kind = data?.link.kind ?? 'reportsTo';
  const dotted = data?.link.dotted ?? false;
  const route = useMemo(
    () =>
      routeLine(
        kind,
        dotted,
        { x: sourceX - CARD_WIDTH / 2, y: sourceY - HANDLE_OVERHANG - CARD_HEIGHT, width: CARD_WIDTH, height: CARD_HEIGHT },
        { x: targetX - CARD_WIDTH / 2, y: targetY + HANDLE_OVERHANG, width: CARD_WIDTH, height: CARD_HEIGHT },
      ),
    [kind, dotted, sourceX, sourceY, targetX, targetY],
  );
  const pattern = kind === 'influences' ? INFLUENCE_DASH : kind === 'informal' || dotted ? DOTTED : null;
  let style = props.style;
  if (pattern) {
    const [dash, gap] = pattern;
    const stretch = Math.max(1, Math.hypot(route.to.x - route.from.x, route.to.y - route.from.y) / ((dash + gap) * MAX_DASHES));
    style = { ...props.style, strokeDasharray: `${dash * stretch} ${gap * stretch}` };
  }
  return (
    <BaseEdge
      id={props.id}
      path={route.path()}
      labelX={route.mid.x}
      labelY={route.mid.y}
      label={props.label}
      labelStyle={props.labelStyle}
      labelShowBg={props.labelShowBg}
      labelBgStyle={props.labelBgStyle}
      labelBgPadding={props.labelBgPadding}
      labelBgBorderRadius={props.labelBgBorderRadius}
      markerEnd={props.markerEnd}
      markerStart={props.markerStart}
      interactionWidth={props.interactionWidth}
      style={style}
    />
  );
});
