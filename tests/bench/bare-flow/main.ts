/// <reference types="vite/client" />
// The reference for the canvas benchmark: bare React Flow, default nodes, the same graph and the
// same viewport and culling settings as renderer/src/features/canvas/AccountCanvas.tsx. Plain createElement
// (no JSX) so that tsconfig.tests.json type-checks it as it is.
import '@xyflow/react/dist/style.css';
import { ReactFlow, ReactFlowProvider, useEdgesState, useNodesState } from '@xyflow/react';
import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { layoutReportingTree } from '../../../shared/logic/layout';
import type { BareGraph } from './graph';

declare global {
  interface Window {
    __graph?: BareGraph;
    __bare?: { open(): void; close(): void; layout(): number };
  }
}

function Flow({ graph }: { graph: BareGraph }) {
  const [nodes, , onNodesChange] = useNodesState(graph.nodes);
  const [edges, , onEdgesChange] = useEdgesState(graph.edges);
  return h(
    'div',
    { className: 'canvas', style: { width: graph.size.width, height: graph.size.height } },
    // Keep these in step with the <ReactFlow> props of AccountCanvas.tsx that decide what is drawn.
    h(ReactFlow, {
      nodes,
      edges,
      onNodesChange,
      onEdgesChange,
      nodesConnectable: false,
      onlyRenderVisibleElements: true,
      // The view our canvas opened with (the bench reads it from our page): the same part of the
      // chart at the same zoom, so both draw the same cards. React Flow's own fitView with culling
      // only fits the cards it measured at zoom 1, so it would show a smaller part.
      defaultViewport: graph.viewport,
      minZoom: graph.minZoom,
      maxZoom: 2,
      proOptions: { hideAttribution: true },
    }),
  );
}

function App({ graph }: { graph: BareGraph }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    window.__bare = {
      open: () => setOpen(true),
      close: () => setOpen(false),
      layout: () => {
        const t = performance.now();
        layoutReportingTree(graph.personIds, graph.links);
        return performance.now() - t;
      },
    };
    document.body.dataset.ready = 'true';
  }, [graph]);
  return open ? h(ReactFlowProvider, null, h(Flow, { graph })) : h('p', null, `${graph.nodes.length} nodes`);
}

const graph = window.__graph;
const root = createRoot(document.getElementById('root')!);
root.render(graph ? h(App, { graph }) : h('pre', null, 'no window.__graph'));
