import { BaseEdge, getStraightPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { LinkEdge } from './toFlow';

/** More dashes than this on one line and their spacing grows instead. */
const MAX_DASHES = 150;
/** Dash and gap, in chart pixels: an influence in dashes, an informal or matrix line in dots. */
const INFLUENCE_DASH = [6, 4] as const;
const DOTTED = [2, 4] as const;

/**
 * A straight dashed or dotted line. Chromium rasterises every dash of a line for each tile it
 * touches, so a line across a wide chart (an influence between two far-apart departments) cost
 * seconds per frame at close zoom: past MAX_DASHES the pattern is stretched to keep the count.
 */
export const DashedEdge = memo(function DashedEdge(props: EdgeProps<LinkEdge>) {
  const { sourceX, sourceY, targetX, targetY, data } = props;
  const [path, labelX, labelY] = getStraightPath({ sourceX, sourceY, targetX, targetY });
  const [dash, gap] = data?.link.kind === 'influences' ? INFLUENCE_DASH : DOTTED;
  const stretch = Math.max(1, Math.hypot(targetX - sourceX, targetY - sourceY) / ((dash + gap) * MAX_DASHES));
  return (
    <BaseEdge
      id={props.id}
      path={path}
      labelX={labelX}
      labelY={labelY}
      label={props.label}
      labelStyle={props.labelStyle}
      labelShowBg={props.labelShowBg}
      labelBgStyle={props.labelBgStyle}
      labelBgPadding={props.labelBgPadding}
      labelBgBorderRadius={props.labelBgBorderRadius}
      markerEnd={props.markerEnd}
      markerStart={props.markerStart}
      interactionWidth={props.interactionWidth}
      style={{ ...props.style, strokeDasharray: `${dash * stretch} ${gap * stretch}` }}
    />
  );
});
