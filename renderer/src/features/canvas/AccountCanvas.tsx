import {
  applyEdgeChanges,
  applyNodeChanges,
  ControlButton,
  Controls,
  ReactFlow,
  useReactFlow,
  useStore,
  type Viewport,
  type Connection,
  type Edge,
  type EdgeChange,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
  type OnNodeDrag,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hiddenPeople, movePeople, setCollapsed, updateLink } from '../../../../shared/logic/chart';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../../shared/logic/layout';
import { ChartPatch } from '../../../../shared/model/chart-patch';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import { EmptyState } from '../../ui/EmptyState';
import { localToday } from '../../ui/format';
import { peopleWithFindings } from '../findings/describe';
import { PersonPanel } from '../person/PersonPanel';
import { useFlowAriaLabels } from './aria';
import { CanvasActionsContext, ZoomStepContext, type CanvasActions } from './actions';
import { useChart } from './chart-store';
import { ChartMenu, type MenuItem } from './ChartMenu';
import { ChartBackground } from './ChartBackground';
import { ChartLayer } from './ChartLayer';
import { ChartMiniMap } from './ChartMiniMap';
import { ChartToolbar } from './ChartToolbar';
import { CheatSheet } from './CheatSheet';
import { DepartmentNode } from './DepartmentNode';
import { exportPicture } from './export-picture';
import { findPeople, matchesHighlight, type Highlight } from './filters';
import { FindBar } from './FindBar';
import { Legend } from './Legend';
import { LineEdge } from './LineEdge';
import { LinkPanel } from './LinkPanel';
import { PersonNode, stepOfZoom, zoomStepOf } from './PersonNode';
import { clearFit, expectedPanels, isClear, panelsOver } from './clear-view';
import { FIT_OPTIONS, fitChart, fitItems, keepInView, MIN_ZOOM } from './fitChart';
import { buildEdges, buildNodes, frameAt, isDepartmentNode, linkOf, type ChartNode, type EditField, type LinkEdge } from './toFlow';
import { useChartCommands } from './useChartCommands';
import { useChartKeys } from './useChartKeys';
import { useContextMenus, type MenuAt } from './useContextMenus';
import { useFarOut } from './useFarOut';
import { chartAsOf } from '../../../../shared/logic/succession';
import { AsOfBanner } from '../succession/AsOf';
import { useSuccession } from '../succession/store';

// Declared once, outside any component, so React Flow never re-mounts the cards.
/** The person panel's width (canvas.css): a card in that strip of the canvas is covered when it opens. */
const PANEL_WIDTH = 400;
/** How long the panel waits after a click on such a card, so a double-click (edit) still lands on it. */
const DOUBLE_CLICK_MS = 500;
const nodeTypes: NodeTypes = { person: PersonNode, department: DepartmentNode };
const edgeTypes: EdgeTypes = { line: LineEdge };
/**
 * `reveal`: a person to select and bring into view (from a link: search, a finding, the
 * notebook); `onRevealed` is called once they are. `active`: false while another view of the
 * account covers the chart, so its keys are off.
 */
/** No menu over the chart as of a past date: nothing there is edited. */
const preventMenu = (e: { preventDefault(): void }) => e.preventDefault();

export function AccountCanvas({ reveal = null, onRevealed, active = true }: { reveal?: string | null; onRevealed?: () => void; active?: boolean }) {
  const { t } = useTranslation();
  const current = useChart((s) => s.account)!;
  // A past date shows who held each post then, read-only (issue 18).
  const asOfDate = useSuccession((s) => s.asOf);
  const asOf = useMemo(() => {
    if (!asOfDate) return null;
    const then = chartAsOf(current, asOfDate, localToday());
    return 'refusal' in then ? null : then;
  }, [current, asOfDate]);
  const account = asOf?.account ?? current;
  const readOnly = asOf !== null;
  const rf = useReactFlow<ChartNode>();
  const hidden = useMemo(() => hiddenPeople(account), [account]);
  // The first cards are built during the first render, so the chart paints in one pass.
  const [nodes, setNodes] = useState<ChartNode[]>(() => buildNodes(account, { hidden, highlighted: null, found: null, editing: null }, []));
  const lang = currentLanguage();
  const [edges, setEdges] = useState<LinkEdge[]>(() => buildEdges(account, hidden, [], lang));
  const [editing, setEditing] = useState<{ id: string; field: EditField } | null>(null);
  const [chosenHighlight, setHighlight] = useState<Highlight | null>(null);
  // Leaning to a competitor since taken off the account's list: nobody to highlight, so no highlight.
  const highlight =
    chosenHighlight?.by === 'leaning' && chosenHighlight.value !== 'us' && !account.competitors.some((c) => c.id === chosenHighlight.value) ? null : chosenHighlight;
  const [find, setFind] = useState({ open: false, query: '', index: 0 });
  const [help, setHelp] = useState(false);
  const [menu, setMenu] = useState<MenuAt | null>(null);
  const toSelect = useRef<Set<string> | null>(null);
  /** The mouse over the canvas (screen coordinates): Ctrl/Cmd+V pastes there. */
  const pointer = useRef<{ x: number; y: number } | null>(null);
  const ariaLabels = useFlowAriaLabels();
  const [initialViewport, measureCanvas] = useInitialViewport(nodes);
  // Until React Flow has set its view, the step of the view it is about to show.
  const step = useStore((s) => (s.panZoom ? zoomStepOf(s) : null)) ?? stepOfZoom(initialViewport?.zoom ?? 1);
  const far = step !== 'near';
  // The first view was worked out from where the panels will be; once they are drawn, it is
  // checked against where they are (a long toolbar, an open legend) and refitted if a card is under one.
  const settleFirstView = useCallback(() => {
    requestAnimationFrame(() => {
      const flow = document.querySelector<HTMLElement>('.account-chart .react-flow');
      const people = rf.getNodes();
      const now = rf.getViewport();
      // Only the first view: once anything has moved it (a link revealing a person), it is left alone.
      const first = initialViewport && now.x === initialViewport.x && now.y === initialViewport.y && now.zoom === initialViewport.zoom;
      if (!flow || !people.length || !first) return;
      const view = { width: flow.clientWidth, height: flow.clientHeight };
      if (!isClear(fitItems(people).items, now, view, panelsOver(flow))) fitChart(rf);
    });
  }, [rf, initialViewport]);

  const commands = useChartCommands({
    setEditing,
    selectOnNextBuild: (ids) => {
      toSelect.current = new Set(ids);
      setNodes((ns) => ns.map((n) => (n.selected === toSelect.current!.has(n.id) ? n : { ...n, selected: toSelect.current!.has(n.id) })));
    },
  });

  const highlighted = useMemo(() => {
    if (!highlight) return null;
    if (highlight.by === 'findings') return peopleWithFindings(account, localToday());
    return new Set(account.people.filter((p) => matchesHighlight(p, highlight)).map((p) => p.id));
    // Findings read more than the people (opportunities, placeholders): the whole account.
  }, [account, highlight]);
  const departments = useMemo(() => new Map(account.departments.map((d) => [d.id, d.name])), [account.departments]);
  const matches = useMemo(() => findPeople(account.people, departments, find.query), [account.people, departments, find.query]);
  const found = find.open && matches.length ? matches[((find.index % matches.length) + matches.length) % matches.length]! : null;

  // The card whose panel was just closed keeps the keyboard's focus, far out too (mounted).
  const [returnTo, setReturnTo] = useState<string | null>(null);

  // What the first render built its cards and lines from: the effects below need not build them
  // again right after (at 10,000 people that is a second layout of everyone).
  const firstBuild = useRef<Record<'nodes' | 'edges', unknown[]>>({ nodes: [account, hidden, null, null, null], edges: [account, hidden, lang] });

  // React Flow keeps per-card UI state (selection, drag position, measured size) in its nodes;
  // the cards derived from the account are merged into them here, reusing unchanged ones.
  useEffect(() => {
    if (unchangedSince(firstBuild.current, 'nodes', [account, hidden, highlighted, found, editing])) return;
    const want = toSelect.current;
    setNodes((prev) => {
      const next = buildNodes(account, { hidden, highlighted, found, editing }, prev);
      if (!want) return next;
      return next.map((n) => (n.selected === want.has(n.id) ? n : { ...n, selected: want.has(n.id) }));
    });
    // Applied once every wanted card exists; later builds keep React Flow's own selection.
    if (want && [...want].every((id) => account.people.some((p) => p.id === id))) toSelect.current = null;
  }, [account, hidden, highlighted, found, editing]);
  useEffect(() => {
    if (unchangedSince(firstBuild.current, 'edges', [account, hidden, lang])) return;
    setEdges((prev) => buildEdges(account, hidden, prev, lang));
  }, [account, hidden, lang]);

  // Focus the match (or the person a link asks for): unfold it if folded away, select it and
  // bring it to the middle.
  const focusNext = useRef<string | null>(null);
  /** Until when the view is gliding to a person found (keeping a card in view waits for it, not to undo its zoom). */
  const moving = useRef(0);
  /** The target already brought forward: an edit elsewhere (which rebuilds `hidden`) must not select it again. */
  const focused = useRef<string | null>(null);
  const target = found ?? (reveal && account.people.some((p) => p.id === reveal) ? reveal : null);
  useEffect(() => {
    const found = target;
    if (!found || focused.current === found) {
      if (!found) focused.current = null;
      return;
    }
    if (hidden.has(found)) {
      const a = useChart.getState().account!;
      const managerOf = new Map(a.links.filter((l) => l.kind === 'reportsTo' && !l.dotted).map((l) => [l.source, l.target]));
      const open = new Set<string>();
      for (let m = managerOf.get(found); m && !open.has(m); m = managerOf.get(m)) open.add(m);
      commands.edit(ChartPatch.parse({ collapsed: a.canvas.collapsed.filter((id) => !open.has(id)) }));
      return;
    }
    focused.current = found;
    toSelect.current = new Set([found]);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- selecting the match is React Flow state
    setNodes((ns) => ns.map((n) => (n.selected === (n.id === found) ? n : { ...n, selected: n.id === found })));
    // Centred once its card is among the nodes: just unfolded, it is only in the next build.
    focusNext.current = found;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the match changes
  }, [target, hidden]);
  useEffect(() => {
    const id = focusNext.current;
    // Where the card is drawn: its saved place, or where the automatic layout put it.
    const p = id ? nodes.find((n) => n.id === id)?.position : undefined;
    if (!p) return;
    focusNext.current = null;
    moving.current = performance.now() + 320;
    void rf.setCenter(p.x + CARD_WIDTH / 2, p.y + CARD_HEIGHT / 2, { zoom: Math.max(rf.getZoom(), 0.9), duration: 300 });
    if (id === reveal) onRevealed?.();
  }, [nodes, rf, reveal, onRevealed]);

  const actions = useMemo<CanvasActions>(
    () => ({
      startEdit: commands.startEdit,
      commitEdit: commands.commitEdit,
      cancelEdit: commands.cancelEdit,
      toggleCollapse: (id) => commands.edit(setCollapsed(useChart.getState().account!, id, !useChart.getState().account!.canvas.collapsed.includes(id))),
    }),
    [commands],
  );

  const onNodesChange = useCallback((changes: NodeChange<ChartNode>[]) => {
    // Deleting goes through the commands (one undoable step); React Flow's own removal is ignored.
    const kept = changes.filter((c) => c.type !== 'remove');
    if (kept.some((c) => c.type === 'select')) toSelect.current = null;
    setNodes((ns) => applyNodeChanges(kept, ns));
  }, []);
  const onEdgesChange = useCallback((changes: EdgeChange<LinkEdge>[]) => setEdges((es) => applyEdgeChanges<LinkEdge>(changes.filter((c) => c.type !== 'remove'), es)), []);

  // Dragging a department frame carries its people along.
  const frameDrag = useRef<{ start: { x: number; y: number }; members: Map<string, { x: number; y: number }> } | null>(null);
  const onNodeDragStart: OnNodeDrag<ChartNode> = useCallback((_e, node) => {
    if (node.type !== 'department') return (frameDrag.current = null), undefined;
    const pos = useChart.getState().account!.canvas.positions;
    frameDrag.current = { start: { ...node.position }, members: new Map(node.data.members.flatMap((id) => (pos[id] ? [[id, pos[id]!]] : []))) };
  }, []);
  const onNodeDrag: OnNodeDrag<ChartNode> = useCallback((_e, node) => {
    const drag = frameDrag.current;
    if (!drag || node.type !== 'department') return;
    const dx = node.position.x - drag.start.x;
    const dy = node.position.y - drag.start.y;
    setNodes((ns) => ns.map((n) => {
      const from = drag.members.get(n.id);
      return from ? { ...n, position: { x: from.x + dx, y: from.y + dy } } : n;
    }));
  }, []);
  const onNodeDragStop: OnNodeDrag<ChartNode> = useCallback(
    (_e, node, dragged) => {
      const a = useChart.getState().account!;
      const current = new Map(rf.getNodes().map((n) => [n.id, n]));
      const moved: Record<string, { x: number; y: number }> = {};
      for (const d of dragged) {
        if (d.type === 'department') for (const id of d.data.members) moved[id] = current.get(id)?.position ?? a.canvas.positions[id]!;
        else moved[d.id] = d.position;
      }
      frameDrag.current = null;
      const people: ChartPatch['people'] = [];
      // One card dropped inside another department's frame joins that department.
      if (dragged.length === 1 && node.type === 'person') {
        const person = a.people.find((p) => p.id === node.id);
        const target = frameAt([...current.values()], { x: node.position.x + CARD_WIDTH / 2, y: node.position.y + CARD_HEIGHT / 2 }, node.id);
        if (person && target) {
          people.push({ ...person, departmentId: target.data.departmentId });
          useApp.getState().toast({ kind: 'info', message: t('chart.movedDepartment', { name: person.name, department: target.data.name }) });
        }
      }
      commands.edit(ChartPatch.parse({ ...movePeople(moved), people }));
    },
    [commands, rf, t],
  );

  const onConnect = useCallback((c: Connection) => commands.connect(c.source, c.target), [commands]);
  const onReconnect = useCallback(
    (old: Edge, c: Connection) => {
      const link = linkOf(old);
      const [source, target] = link.kind === 'reportsTo' ? [c.target, c.source] : [c.source, c.target];
      commands.edit(updateLink(useChart.getState().account!, link.id, { source, target }));
    },
    [commands],
  );

  const onDoubleClick = useCallback(
    (e: ReactMouseEvent) => {
      if (!(e.target as HTMLElement).classList.contains('react-flow__pane')) return;
      const p = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      // Inside a department's frame, the new person joins that department.
      const frame = frameAt(rf.getNodes(), p);
      commands.addPersonAt({ x: p.x - CARD_WIDTH / 2, y: p.y - CARD_HEIGHT / 2 }, frame ? frame.data.departmentId : null);
    },
    [commands, rf],
  );

  const fitView = useCallback(() => fitChart(rf, { duration: 300 }), [rf]);
  useChartKeys(commands, {
    active: () => active && !useSuccession.getState().asOf,
    openFind: () => setFind((f) => ({ ...f, open: true })),
    toggleHelp: () => setHelp((h) => !h),
    pointer: () => {
      if (!pointer.current) return null;
      const p = rf.screenToFlowPosition(pointer.current);
      return { x: p.x - CARD_WIDTH / 2, y: p.y - CARD_HEIGHT / 2 };
    },
    escape: () => {
      setMenu(null);
      setFind((f) => ({ ...f, open: false }));
      deselect();
      setEdges((es) => es.map((e) => (e.selected ? { ...e, selected: false } : e)));
    },
    focusPanel: () => document.querySelector<HTMLElement>('.person-panel [role="tab"][aria-selected="true"]')?.focus(),
  }, fitView);

  const menus = useContextMenus(commands, setMenu);
  const clearPending = useCallback(() => (toSelect.current = null), []);
  const farOut = useFarOut({ step, nodes, edges, people: account.people, keepMounted: [editing?.id, found, returnTo], setNodes, onSelect: clearPending, menus });
  // Not again for a render that changed neither (far out, pointing at another block re-renders the canvas).
  const selectedEdges = useMemo(() => edges.filter((e) => e.selected), [edges]);
  const selectedLink = selectedEdges.length === 1 ? account.links.find((l) => l.id === selectedEdges[0]!.id) : undefined;
  const selectedPeople = useMemo(() => nodes.filter((n) => n.selected && !isDepartmentNode(n.id)), [nodes]);
  const selectionSize = selectedPeople.length;
  const [panelHeld, setPanelHeld] = useState(false);
  const panelPerson = selectionSize === 1 && !editing && !panelHeld && !readOnly ? selectedPeople[0]!.id : null;
  // The panel takes the right of the window: opened by the first click of a double-click on a card
  // there, it would take the second click, and the name or title would never go into edit.
  const holdTimer = useRef<number | undefined>(undefined);
  const onNodeClick = useCallback((e: ReactMouseEvent, node: ChartNode) => {
    // With the panel already open the canvas keeps its width: nothing moves under the pointer.
    if (node.type !== 'person' || document.querySelector('.person-panel')) return;
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    const card = (e.target as HTMLElement).closest('.react-flow__node')?.getBoundingClientRect();
    if (!pane || !card || card.right <= pane.right - PANEL_WIDTH) return;
    setPanelHeld(true);
    window.clearTimeout(holdTimer.current);
    holdTimer.current = window.setTimeout(() => setPanelHeld(false), DOUBLE_CLICK_MS);
  }, []);
  useEffect(() => () => window.clearTimeout(holdTimer.current), []);
  const deselect = useCallback(() => {
    toSelect.current = null;
    setNodes((ns) => ns.map((n) => (n.selected ? { ...n, selected: false } : n)));
  }, []);
  // The person panel narrows the canvas: its card stays in view, clear of the toolbar, the legend
  // and the overview (panned, never zoomed), and so on whenever the canvas changes size.
  const canvasWidth = useStore((s) => s.width);
  const canvasHeight = useStore((s) => s.height);
  useEffect(() => {
    if (!panelPerson) return;
    const timer = setTimeout(() => keepInView(rf, panelPerson), Math.max(0, moving.current - performance.now()));
    return () => clearTimeout(timer);
  }, [panelPerson, canvasWidth, canvasHeight, rf]);
  const closePanel = useCallback(() => {
    const id = panelPerson;
    deselect();
    // Back on the card the panel was about, so the keyboard carries on from there.
    setReturnTo(id);
    if (id) requestAnimationFrame(() => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus());
  }, [deselect, panelPerson]);

  const onExport = useCallback(
    (kind: 'png' | 'svg') => {
      // The selected people, or everyone on the canvas (people folded into a manager stay out).
      const people = rf.getNodes().filter((n) => !isDepartmentNode(n.id));
      const selected = people.filter((n) => n.selected);
      void exportPicture(kind, account, new Set((selected.length ? selected : people).map((n) => n.id)));
    },
    [account, rf],
  );

  return (
    <CanvasActionsContext.Provider value={actions}>
      <ZoomStepContext.Provider value={step}>
      <div className="account-body">
      <div
        ref={measureCanvas}
        className={`canvas${far ? ' far' : ''}${step === 'blocks' ? ' blocks' : ''}`}
        aria-label={t('canvas.label', { name: account.name })}
        role="region"
        onDoubleClick={onDoubleClick}
        onPointerMove={(e) => {
          pointer.current = { x: e.clientX, y: e.clientY };
          farOut.pointer.onPointerMove(e);
        }}
        onPointerLeave={() => {
          pointer.current = null;
          farOut.pointer.onPointerLeave();
        }}
        onWheel={farOut.pointer.onWheel}
      >
        {initialViewport && (
        <ReactFlow<ChartNode, LinkEdge>
          nodes={farOut.flowNodes}
          edges={farOut.flowEdges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStart={onNodeDragStart}
          onNodeDrag={onNodeDrag}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onReconnect={onReconnect}
          onNodeClick={onNodeClick}
          onNodeContextMenu={readOnly ? preventMenu : menus.onNode}
          onEdgeContextMenu={readOnly ? preventMenu : menus.onEdge}
          onPaneContextMenu={readOnly ? preventMenu : farOut.pane.onPaneContextMenu}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          elementsSelectable={!readOnly}
          onPaneClick={farOut.pane.onPaneClick}
          onSelectionContextMenu={menus.onSelection}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
          zoomOnDoubleClick={false}
          onlyRenderVisibleElements
          defaultViewport={initialViewport}
          onInit={settleFirstView}
          minZoom={MIN_ZOOM}
          maxZoom={2}
          proOptions={{ hideAttribution: true }}
          ariaLabelConfig={ariaLabels}
        >
          {/* Far out the dots would be a pixel apart: a costly grey haze, not a guide. */}
          {!far && <ChartBackground gap={24} />}
          <ChartLayer {...farOut.layer} />
          <Controls showInteractive={false} showFitView={false}>
            {/* React Flow's own fit would frame the chart under the toolbar and the overview. */}
            <ControlButton className="react-flow__controls-fitview" onClick={fitView} aria-label={t('canvas.aria.fitView')} title={`${t('canvas.aria.fitView')} (Shift+1)`}>
              <FitIcon />
            </ControlButton>
          </Controls>
          <ChartMiniMap nodes={nodes} />
          <ChartToolbar
            commands={commands}
            highlight={highlight}
            highlightedCount={highlighted ? highlighted.size : null}
            onHighlight={setHighlight}
            onFind={() => setFind((f) => ({ ...f, open: true }))}
            onHelp={() => setHelp(true)}
            onExport={onExport}
            selectionSize={selectionSize}
          />
          {find.open && (
            <FindBar
              query={find.query}
              index={matches.length ? ((find.index % matches.length) + matches.length) % matches.length : 0}
              count={matches.length}
              onQuery={(query) => setFind({ open: true, query, index: 0 })}
              onStep={(d) => setFind((f) => ({ ...f, index: f.index + d }))}
              onClose={() => setFind((f) => ({ ...f, open: false }))}
            />
          )}
          {selectedLink && <LinkPanel key={selectedLink.id} link={selectedLink} commands={commands} />}
          <Legend />
          {asOf && <AsOfBanner date={asOf.date} />}
        </ReactFlow>
        )}
        {account.people.length === 0 && (
          <div className="canvas-empty">
            <EmptyState title={t('canvas.emptyTitle')} body={t('canvas.emptyBody')}>
              <button type="button" className="button button-primary" onClick={commands.addPersonInView}>
                + {t('chart.addPerson')}
              </button>
            </EmptyState>
          </div>
        )}
        {menu && <ChartMenu x={menu.x} y={menu.y} items={menu.items as (MenuItem | 'separator')[]} label={menu.label} onClose={() => setMenu(null)} />}
        {help && <CheatSheet onClose={() => setHelp(false)} />}
      </div>
      {panelPerson && <PersonPanel key="panel" personId={panelPerson} onClose={closePanel} />}
      </div>
      </ZoomStepContext.Provider>
    </CanvasActionsContext.Provider>
  );
}

/** Whether `inputs` are those the first render built from (asked once per key: later, always false). */
function unchangedSince(first: Record<string, unknown[]>, key: string, inputs: readonly unknown[]): boolean {
  const was = first[key]!;
  first[key] = [];
  return was.length === inputs.length && was.every((v, i) => v === inputs[i]);
}

/**
 * The view that fits the whole chart, worked out from the first cards before React Flow draws
 * anything: a big chart's first paint then draws far-out (cheap) cards, not every full card. The
 * cards are kept clear of where the toolbar, the legend's button, the zoom buttons and the overview go.
 */
function useInitialViewport(nodes: readonly ChartNode[]): [Viewport | null, (el: HTMLDivElement | null) => void] {
  const [value, setValue] = useState<Viewport | null>(null);
  const measure = useCallback(
    (el: HTMLDivElement | null) => {
      if (!el || value) return;
      const { width, height } = el.getBoundingClientRect();
      if (nodes.length === 0 || width === 0) return setValue({ x: 0, y: 0, zoom: 1 });
      const view = { width, height };
      const { bounds, items } = fitItems(nodes);
      setValue(clearFit(bounds, items, view, expectedPanels(view), FIT_OPTIONS));
    },
    // Only the first chart shown sets the view; later edits keep the user's view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [value],
  );
  return [value, measure];
}

/** The zoom buttons' "fit" mark (four corners), as React Flow draws its own. */
function FitIcon() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
      <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
    </svg>
  );
}
