import { useReactFlow, useStoreApi } from '@xyflow/react';
import {
  useCallback,
  useMemo,
  useState,
  type Dispatch,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent,
  type SetStateAction,
} from 'react';
import type { Person } from '../../../../shared/model/person';
import type { ZoomStep } from './actions';
import { sceneLine } from './blocks-scene';
import { useFlowEdges, useFlowNodes, useLiveIds, useMountedIds } from './mounted';
import { personAt, toChart } from './pick';
import { linkOf, type ChartNode, type LinkEdge } from './toFlow';

/** Far out, the mouse finds a block within this many screen pixels. */
const PICK_SLACK = 4;

interface Options {
  step: ZoomStep;
  /** The canvas's cards and lines (all of them, as it keeps them). */
  nodes: ChartNode[];
  edges: LinkEdge[];
  people: readonly Person[];
  /** Cards React Flow mounts far out besides the one under the mouse (being edited, Find's match...). */
  keepMounted: readonly (string | null | undefined)[];
  setNodes: Dispatch<SetStateAction<ChartNode[]>>;
  /** Called when the selection is set here (a selection waiting for the next build is dropped). */
  onSelect(): void;
  menus: { onNode(e: ReactMouseEvent, node: ChartNode): void; onPane(e: ReactMouseEvent | MouseEvent): void };
}

/**
 * What the canvas does differently far out, where ChartLayer draws the lines (far) and the cards
 * (blocks): what React Flow gets, and the pointer on cards it never mounted (pick.ts): the block
 * under the mouse is mounted and named, a click on the pane selects it, a right-click opens its
 * menu, a selection box selects every card inside.
 */
export function useFarOut({ step, nodes, edges, people, keepMounted, setNodes, onSelect, menus }: Options) {
  const store = useStoreApi<ChartNode, LinkEdge>();
  const rf = useReactFlow<ChartNode, LinkEdge>();
  const blocks = step === 'blocks';
  const [hovered, setHovered] = useState<string | null>(null);
  const mounted = useMountedIds(blocks, nodes, [hovered, ...keepMounted]);
  const flowNodes = useFlowNodes(nodes, mounted);
  const live = useLiveIds(step !== 'near', nodes, mounted);
  const flowEdges = useFlowEdges(edges, step !== 'near', live);
  const lines = useMemo(
    () =>
      edges.flatMap((e) => {
        if (e.selected || live.has(e.source) || live.has(e.target)) return [];
        const l = linkOf(e);
        return [sceneLine({ source: e.source, target: e.target, kind: l.kind, dotted: l.dotted, strength: l.strength })];
      }),
    [edges, live],
  );
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const pointed = blocks && hovered ? byId.get(hovered) : undefined;
  const label = useMemo(() => (pointed ? { id: pointed.id, name: pointed.name, title: pointed.title } : null), [pointed]);

  /** The person whose block is at a screen point, if any. */
  const personAtPoint = useCallback(
    (clientX: number, clientY: number) => {
      const s = store.getState();
      const box = s.domNode?.getBoundingClientRect();
      if (!box) return null;
      const p = toChart({ x: clientX - box.left, y: clientY - box.top }, s.transform);
      return personAt(s.nodeLookup.values(), p, PICK_SLACK / s.transform[2]);
    },
    [store],
  );
  /** Selects these people (and keeps those in `keep` selected). */
  const selectPeople = useCallback(
    (ids: readonly string[], keep: ReadonlySet<string> = new Set()) => {
      const want = new Set(ids);
      onSelect();
      setNodes((ns) =>
        ns.map((n) => {
          const on = want.has(n.id) || keep.has(n.id);
          return !!n.selected === on ? n : { ...n, selected: on };
        }),
      );
    },
    [onSelect, setNodes],
  );
  const onPaneClick = useCallback(
    (e: ReactMouseEvent) => {
      if (!blocks) return;
      const id = personAtPoint(e.clientX, e.clientY);
      if (!id) return;
      const keep =
        e.shiftKey || e.metaKey || e.ctrlKey
          ? new Set(
              rf
                .getNodes()
                .filter((n) => n.selected)
                .map((n) => n.id),
            )
          : undefined;
      // After React Flow's own "a click on the pane clears the selection", which follows this call.
      queueMicrotask(() => selectPeople([id], keep));
    },
    [blocks, personAtPoint, rf, selectPeople],
  );
  const onPaneContextMenu = useCallback(
    (e: ReactMouseEvent | MouseEvent) => {
      const id = blocks ? personAtPoint(e.clientX, e.clientY) : null;
      const node = id ? rf.getNode(id) : undefined;
      if (node) menus.onNode(e as ReactMouseEvent, node);
      else menus.onPane(e);
    },
    [blocks, menus, personAtPoint, rf],
  );
  const pointer = {
    // Not while a button is held: a pan or a drag keeps what it started on.
    onPointerMove(e: PointerEvent) {
      if (!blocks || e.buttons) return;
      const over =
        e.target instanceof Element && e.target.closest('.react-flow__panel, .react-flow__controls, .react-flow__minimap');
      const id = over ? null : personAtPoint(e.clientX, e.clientY);
      if (id !== hovered) setHovered(id);
    },
    onPointerLeave() {
      if (hovered) setHovered(null);
    },
    // A zoom by the wheel moves the block away from under a still mouse: it is no longer pointed at.
    onWheel() {
      if (hovered) setHovered(null);
    },
  };
  return {
    flowNodes,
    flowEdges,
    layer: { step, lines, live, people: people.length, hovered: label, onBoxSelect: selectPeople },
    pane: { onPaneClick, onPaneContextMenu },
    pointer,
  };
}
