import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DepartmentFlowNode } from './toFlow';

/**
 * Past this width or height (chart pixels) a frame's corners are square. Chromium rasterises a
 * rounded dashed border whole for every tile it touches, where it culls a straight one to the
 * tile: on a big chart's department of hundreds this was most of every frame of a pan close up
 * (10,000 people at zoom 0.5: p95 133 ms, 33 ms square). A frame this big rarely shows a corner.
 */
const SQUARE_FROM = 1500;

/**
 * A department's frame behind its people; dragging its label moves them all. The label is laid
 * out in shared/render/chart-frames (as in the SVG drawing): wrapped, never cut, clear of the lines.
 */
export const DepartmentNode = memo(function DepartmentNode({ data, selected, width, height }: NodeProps<DepartmentFlowNode>) {
  const square = (width ?? 0) > SQUARE_FROM || (height ?? 0) > SQUARE_FROM;
  const { label } = data;
  const suffix = `· ${data.count}`;
  return (
    <div className={`department-frame${selected ? ' selected' : ''}${square ? ' square' : ''}`} data-testid="department-frame">
      <span className={`department-name${label.backing ? ' backed' : ''}`} style={{ left: label.x, top: label.y }} title={`${data.name} ${suffix}`}>
        {label.lines.map((line, i) =>
          i === label.lines.length - 1 && line.endsWith(suffix) ? (
            <span key={i} className="department-line">
              {line.slice(0, -suffix.length)}
              <span className="muted">{suffix}</span>
            </span>
          ) : (
            <span key={i} className="department-line">
              {line}
            </span>
          ),
        )}
      </span>
    </div>
  );
});
