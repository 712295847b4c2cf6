import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useEdgesState,
  useNodesState,
  type NodeTypes,
  type OnNodeDrag,
} from '@xyflow/react';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/model/account';
import { api } from '../../app/api';
import { reportError } from '../../app/errors';
import { EmptyState } from '../../ui/EmptyState';
import { Legend } from './Legend';
import { PersonNode } from './PersonNode';
import { toEdges, toNodes, type PersonFlowNode } from './toFlow';

// Declared once, outside any component, so React Flow never re-mounts the cards.
const nodeTypes: NodeTypes = { person: PersonNode };
const minimapColor = (n: PersonFlowNode) => `var(--attitude-${n.data.person.attitude})`;

export function AccountCanvas({ account }: { account: Account }) {
  const { t } = useTranslation();
  const [nodes, setNodes, onNodesChange] = useNodesState<PersonFlowNode>(toNodes(account));
  const [edges, setEdges, onEdgesChange] = useEdgesState(toEdges(account));

  useEffect(() => {
    setNodes(toNodes(account));
    setEdges(toEdges(account));
  }, [account, setNodes, setEdges]);

  // Moved cards keep their place; the rest of the editing arrives with the canvas editor.
  const onNodeDragStop: OnNodeDrag<PersonFlowNode> = useCallback(
    (_e, _node, moved) => {
      const positions = Object.fromEntries(moved.map((n) => [n.id, { x: Math.round(n.position.x), y: Math.round(n.position.y) }]));
      api.savePositions({ id: account.id, positions }).catch(reportError);
    },
    [account.id],
  );

  if (account.people.length === 0) {
    return <EmptyState title={t('canvas.emptyTitle')} body={t('canvas.emptyBody')} />;
  }
  return (
    <div className="canvas" aria-label={t('canvas.label', { name: account.name })} role="region">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        nodesConnectable={false}
        fitView
        fitViewOptions={{ padding: 0.08 }}
        minZoom={0.05}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
        <MiniMap<PersonFlowNode> nodeColor={minimapColor} pannable zoomable />
        <Legend />
      </ReactFlow>
    </div>
  );
}
