import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DepartmentFlowNode } from './toFlow';

/** A department's frame behind its people; dragging it moves them all. */
export const DepartmentNode = memo(function DepartmentNode({ data, selected }: NodeProps<DepartmentFlowNode>) {
  return (
    <div className={`department-frame${selected ? ' selected' : ''}`} data-testid="department-frame">
      <span className="department-name">
        {data.name} <span className="muted">· {data.count}</span>
      </span>
    </div>
  );
});
