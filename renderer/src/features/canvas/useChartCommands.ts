import { useReactFlow } from '@xyflow/react';
import i18next from 'i18next';
import { useLayoutEffect, useMemo, useRef } from 'react';
import {
  addLink,
  addPerson,
  alignPeople,
  connectReporting,
  copyPeople,
  deleteMovingReportsUp,
  deletePeople,
  distributePeople,
  freeSpotNear,
  layoutChart,
  movePeople,
  pasteClip,
  placeReport,
  reportsLeftBehind,
  setCollapsed,
  updatePerson,
  type AlignMode,
} from '../../../../shared/logic/chart';
import { CARD_HEIGHT, CARD_WIDTH, type LayoutDirection } from '../../../../shared/logic/layout';
import { ChartPatch } from '../../../../shared/model/chart-patch';
import { Link } from '../../../../shared/model/link';
import { newId } from '../../../../shared/model/ids';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import { useChart, type Step } from './chart-store';
import { deletedSentence } from './deleted-sentence';
import { putClip, takeClip } from './clipboard';
import { problemMessage } from './problems';
import { fitChart } from './fitChart';
import { isDepartmentNode, type ChartNode, type EditField } from './toFlow';

const say = (message: string, kind: 'info' | 'error' = 'info') => useApp.getState().toast({ kind, message });

export interface ChartCommands {
  /** Applies an edit; a refused one is explained in a toast. Returns whether it applied. */
  edit(patch: ChartPatch): boolean;
  addPersonAt(at: { x: number; y: number }, departmentId?: string | null): void;
  addPersonInView(): void;
  addReport(managerId: string): void;
  commitEdit(id: string, field: EditField, value: string): void;
  cancelEdit(): void;
  startEdit(id: string, field: EditField): void;
  deleteSelection(): void;
  duplicateSelection(): void;
  copySelection(): void;
  paste(at?: { x: number; y: number }): void;
  moveSelection(dx: number, dy: number): void;
  layout(direction: LayoutDirection): void;
  align(mode: AlignMode): void;
  distribute(axis: 'x' | 'y'): void;
  toggleCollapse(id: string): void;
  connect(managerId: string, subordinateId: string): void;
  selectAll(): void;
  zoomToSelection(): void;
  selectedPeople(): string[];
}

/** Every edit the canvas offers, shared by the toolbar, the keys and the context menus. */
export function useChartCommands(options: {
  setEditing(e: { id: string; field: EditField } | null): void;
  selectOnNextBuild(ids: string[]): void;
}): ChartCommands {
  const rf = useReactFlow<ChartNode>();
  /** The card just added and the step that added it, while its name is in edit. */
  const justCreated = useRef<{ id: string; step: Step } | null>(null);
  const opts = useRef(options);
  useLayoutEffect(() => {
    opts.current = options;
  });

  return useMemo(() => {
    const account = () => useChart.getState().account!;
    const selectedPeople = () => rf.getNodes().filter((n) => n.selected && !isDepartmentNode(n.id)).map((n) => n.id);
    const selectedLinks = () => rf.getEdges().filter((e) => e.selected).map((e) => e.id);

    /** Applies an edit; a refused one is explained in a toast. Returns its step, or null. */
    const step = (patch: ChartPatch): Step | null => {
      const result = useChart.getState().apply(patch);
      if ('problem' in result) {
        say(problemMessage(result.problem, account()), 'error');
        return null;
      }
      return result.step;
    };
    const edit = (patch: ChartPatch): boolean => step(patch) !== null;

    const create = (at: { x: number; y: number }, extra?: (id: string) => ChartPatch, departmentId: string | null = null) => {
      const { patch, id } = addPerson(at, { name: '', departmentId });
      const more = extra?.(id);
      const full = more ? ChartPatch.parse({ ...patch, links: more.links, positions: { ...more.positions, ...patch.positions } }) : patch;
      const added = step(full);
      if (!added) return;
      justCreated.current = { id, step: added };
      opts.current.selectOnNextBuild([id]);
      opts.current.setEditing({ id, field: 'name' });
      reveal(at);
    };

    /** Pans (keeping the zoom) so a card at `at` is in view: off-screen cards are not rendered. */
    const reveal = (at: { x: number; y: number }) => {
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      if (!pane) return;
      const topLeft = rf.screenToFlowPosition({ x: pane.left, y: pane.top });
      const bottomRight = rf.screenToFlowPosition({ x: pane.right, y: pane.bottom });
      const inside = at.x >= topLeft.x && at.y >= topLeft.y && at.x + CARD_WIDTH <= bottomRight.x && at.y + CARD_HEIGHT <= bottomRight.y;
      if (!inside) void rf.setCenter(at.x + CARD_WIDTH / 2, at.y + CARD_HEIGHT / 2, { zoom: rf.getZoom() });
    };

    /** The account with every card where it is drawn (a card never placed by hand sits where the layout put it). */
    const drawn = () => {
      const a = account();
      const positions = Object.fromEntries(rf.getNodes().filter((n) => !isDepartmentNode(n.id)).map((n) => [n.id, n.position]));
      return { ...a, canvas: { ...a.canvas, positions } };
    };

    const viewCenter = () => {
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      const p = rf.screenToFlowPosition({ x: (pane?.left ?? 0) + (pane?.width ?? 800) / 2, y: (pane?.top ?? 0) + (pane?.height ?? 600) / 2 });
      return { x: p.x - CARD_WIDTH / 2, y: p.y - CARD_HEIGHT / 2 };
    };

    const commands: ChartCommands = {
      edit,
      selectedPeople,
      addPersonAt: (at, departmentId = null) => create(at, undefined, departmentId),
      addPersonInView() {
        // Beside the one selected card, else in the middle of the view: in free space either way.
        const chart = drawn();
        const [one, ...more] = selectedPeople();
        const near = one && !more.length && chart.canvas.positions[one] ? { x: chart.canvas.positions[one]!.x + CARD_WIDTH + 40, y: chart.canvas.positions[one]!.y } : viewCenter();
        create(freeSpotNear(chart, near));
      },
      addReport(managerId) {
        // Under the manager beside their other reports; cards in the way move right to make room.
        const { at, moves } = placeReport(drawn(), managerId);
        create(at, (id) => ChartPatch.parse({ links: [Link.parse({ id: newId('l'), source: id, target: managerId, kind: 'reportsTo' })], positions: moves }));
      },
      startEdit(id, field) {
        justCreated.current = null;
        opts.current.setEditing({ id, field });
      },
      commitEdit(id, field, value) {
        opts.current.setEditing(null);
        const person = account().people.find((p) => p.id === id);
        const fresh = justCreated.current?.id === id ? justCreated.current.step : null;
        justCreated.current = null;
        if (!person) return;
        if (fresh && field === 'name' && value === '') {
          useChart.getState().revert(fresh); // an abandoned new card leaves nothing behind
          return;
        }
        if (person[field] !== value) edit(updatePerson(account(), id, { [field]: value }));
      },
      cancelEdit() {
        opts.current.setEditing(null);
        const fresh = justCreated.current;
        justCreated.current = null;
        if (fresh) useChart.getState().revert(fresh.step);
      },
      deleteSelection() {
        const people = selectedPeople();
        const links = selectedLinks();
        if (!people.length && !links.length) return;
        const a = account();
        const withLines = (p: ChartPatch) => ChartPatch.parse({ ...p, removeLinks: [...new Set([...p.removeLinks, ...links])] });
        // Reports of a deleted manager move up to the manager above, so nobody is left floating;
        // the toast names them and offers to leave them without a manager instead.
        const behind = reportsLeftBehind(a, people);
        const done = step(withLines(deleteMovingReportsUp(a, people)));
        if (!done || !people.length) return;
        const undo = { label: i18next.t('toasts.undo'), run: () => useChart.getState().revert(done) };
        const movedUp = [...behind].filter(([, m]) => m !== null).map(([id]) => id);
        useApp.getState().toast({
          kind: 'info',
          message: deletedSentence(a, people, behind, i18next.t.bind(i18next), currentLanguage()),
          action: undo,
          more: movedUp.length
            ? [
                {
                  label: i18next.t('chart.leaveUnattached'),
                  run() {
                    useChart.getState().revert(done);
                    const plain = step(withLines(deletePeople(account(), people)));
                    if (!plain) return;
                    const none = new Map([...behind].map(([id]) => [id, null]));
                    useApp.getState().toast({ kind: 'info', message: deletedSentence(a, people, none, i18next.t.bind(i18next), currentLanguage()), action: { label: i18next.t('toasts.undo'), run: () => useChart.getState().revert(plain) } });
                  },
                },
              ]
            : [],
        });
      },
      duplicateSelection() {
        const ids = selectedPeople();
        if (!ids.length) return;
        const { patch, ids: created } = pasteClip(account(), copyPeople(account(), ids), { x: 40, y: 40 });
        if (edit(patch)) opts.current.selectOnNextBuild(created);
      },
      copySelection() {
        const ids = selectedPeople();
        if (!ids.length) return;
        putClip(copyPeople(account(), ids));
        say(i18next.t('chart.copied', { count: ids.length }));
      },
      paste(at) {
        const taken = takeClip();
        if (!taken) return;
        const { clip, shift } = taken;
        const xs = Object.values(clip.positions);
        let offset = { x: shift, y: shift };
        if (at && xs.length) offset = { x: at.x - Math.min(...xs.map((p) => p.x)), y: at.y - Math.min(...xs.map((p) => p.y)) };
        else if (xs.length && !xs.some((p) => rf.getNodes().some((n) => n.position.x === p.x && n.position.y === p.y))) {
          // Pasting into another chart: land in view rather than wherever they were.
          const c = viewCenter();
          offset = { x: c.x - Math.min(...xs.map((p) => p.x)), y: c.y - Math.min(...xs.map((p) => p.y)) };
        }
        const { patch, ids } = pasteClip(account(), clip, offset);
        if (edit(patch)) {
          opts.current.selectOnNextBuild(ids);
          say(i18next.t('chart.pasted', { count: ids.length }));
        }
      },
      moveSelection(dx, dy) {
        const ids = selectedPeople();
        const pos = account().canvas.positions;
        const moved = Object.fromEntries(ids.flatMap((id) => (pos[id] ? [[id, { x: pos[id]!.x + dx, y: pos[id]!.y + dy }]] : [])));
        if (Object.keys(moved).length) edit(movePeople(moved));
      },
      layout(direction) {
        const patch = layoutChart(account(), direction);
        // The cards glide to their places, then the layout lands as one undoable edit.
        animatePositions(rf, patch.positions, () => {
          edit(patch);
          requestAnimationFrame(() => fitChart(rf, { duration: 400 }));
        });
      },
      align: (mode) => void edit(alignPeople(account(), selectedPeople(), mode)),
      distribute: (axis) => void edit(distributePeople(account(), selectedPeople(), axis)),
      toggleCollapse: (id) => void edit(setCollapsed(account(), id, !account().canvas.collapsed.includes(id))),
      connect(managerId, subordinateId) {
        if (managerId === subordinateId) return;
        const a = account();
        const previous = a.links.find((l) => l.kind === 'reportsTo' && !l.dotted && l.source === subordinateId);
        if (previous?.target === managerId) return;
        const connected = step(connectReporting(a, subordinateId, managerId));
        if (!connected) return;
        if (previous) {
          const name = (id: string) => a.people.find((p) => p.id === id)?.name ?? '';
          useApp.getState().toast({
            kind: 'info',
            message: i18next.t('chart.managerReplaced', { name: name(subordinateId), manager: name(managerId), previous: name(previous.target) }),
            // A second manager is often a matrix one: one click keeps the old line and dots the new.
            action: {
              label: i18next.t('chart.makeDotted'),
              run: () => {
                useChart.getState().revert(connected);
                edit(addLink(subordinateId, managerId, 'reportsTo', { dotted: true }));
              },
            },
          });
        }
      },
      selectAll: () => opts.current.selectOnNextBuild(rf.getNodes().filter((n) => !isDepartmentNode(n.id)).map((n) => n.id)),
      zoomToSelection() {
        const ids = selectedPeople();
        fitChart(rf, ids.length ? { ids, padding: 0.4, duration: 300, maxZoom: 1.2 } : { duration: 300 });
      },
    };
    return commands;
  }, [rf]);
}


const ANIMATION_MS = 350;
/** Beyond this many cards a layout jumps: animating every card would cost more than it shows. */
const ANIMATE_UP_TO = 1500;

function animatePositions(rf: ReturnType<typeof useReactFlow<ChartNode>>, to: Readonly<Record<string, { x: number; y: number }>>, done: () => void): void {
  const from = new Map(rf.getNodes().filter((n) => to[n.id]).map((n) => [n.id, n.position]));
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  if (reduced || from.size === 0 || from.size > ANIMATE_UP_TO) return done();
  const start = performance.now();
  const step = (now: number) => {
    const t = Math.min(1, (now - start) / ANIMATION_MS);
    const k = 1 - (1 - t) ** 3; // ease-out
    rf.setNodes((ns) =>
      ns.map((n) => {
        const a = from.get(n.id);
        const b = to[n.id];
        return a && b ? { ...n, position: { x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k } } : n;
      }),
    );
    if (t < 1) requestAnimationFrame(step);
    else done();
  };
  requestAnimationFrame(step);
}
