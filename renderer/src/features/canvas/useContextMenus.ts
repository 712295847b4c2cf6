import { useReactFlow, type Edge } from '@xyflow/react';
import i18next from 'i18next';
import { useMemo, type MouseEvent as ReactMouseEvent } from 'react';
import { deleteLinks, reverseLink, updateLink, updatePerson } from '../../../../shared/logic/chart';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../../shared/logic/layout';
import { LINK_KINDS } from '../../../../shared/taxonomy/keys';
import { LINK_KIND_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { vacancyOf } from '../../../../shared/logic/succession';
import { useSuccession } from '../succession/store';
import { modKeyName } from '../../ui/shortcuts';
import { useChart } from './chart-store';
import type { MenuItem } from './ChartMenu';
import { fitChart } from './fitChart';
import { isDepartmentNode, linkOf, type ChartNode } from './toFlow';
import type { ChartCommands } from './useChartCommands';

export interface MenuAt {
  x: number;
  y: number;
  label: string;
  items: (MenuItem | 'separator')[];
}

/** Right-click menus for a card, a line, a selection and the background. */
export function useContextMenus(commands: ChartCommands, open: (m: MenuAt | null) => void) {
  const rf = useReactFlow<ChartNode>();
  return useMemo(() => {
    const t = i18next.t.bind(i18next);
    const mod = modKeyName();
    const account = () => useChart.getState().account!;
    const selectionItems = (): (MenuItem | 'separator')[] => {
      const n = commands.selectedPeople().length;
      return [
        { label: t('chart.duplicate', { mod }), run: commands.duplicateSelection },
        { label: t('chart.copy', { mod }), run: commands.copySelection },
        ...(n >= 2
          ? ([
              'separator',
              { label: t('chart.alignLeft'), run: () => commands.align('left') },
              { label: t('chart.alignTop'), run: () => commands.align('top') },
              { label: t('chart.distributeX'), run: () => commands.distribute('x'), disabled: n < 3 },
              { label: t('chart.distributeY'), run: () => commands.distribute('y'), disabled: n < 3 },
            ] as (MenuItem | 'separator')[])
          : []),
        'separator',
        { label: t('chart.delete'), run: commands.deleteSelection, danger: true },
      ];
    };
    const at = (e: ReactMouseEvent | MouseEvent) => ({ x: e.clientX, y: e.clientY });

    return {
      onNode(e: ReactMouseEvent, node: ChartNode) {
        e.preventDefault();
        if (isDepartmentNode(node.id)) return;
        // Right-clicking an unselected card acts on that card alone.
        if (!node.selected) rf.setNodes((ns) => ns.map((n) => (n.selected === (n.id === node.id) ? n : { ...n, selected: n.id === node.id })));
        const person = account().people.find((p) => p.id === node.id);
        if (!person) return;
        const reports = node.type === 'person' ? node.data.reports : 0;
        const collapsed = account().canvas.collapsed.includes(person.id);
        open({
          ...at(e),
          label: person.name,
          items: [
            { label: t('chart.editName'), run: () => commands.startEdit(person.id, 'name') },
            { label: t('chart.editTitle'), run: () => commands.startEdit(person.id, 'title') },
            { label: t('chart.addReport'), run: () => commands.addReport(person.id) },
            {
              label: t('chart.keyToggle'),
              checked: person.keyPerson,
              toggle: true,
              run: () => commands.edit(updatePerson(account(), person.id, { keyPerson: !person.keyPerson })),
            },
            // A holder can leave the post; a post they left can be filled.
            ...(!person.placeholder
              ? [{ label: t('succession.leave'), run: () => useSuccession.getState().open({ kind: 'leave', personId: person.id }) }]
              : vacancyOf(account(), person)
                ? [{ label: t('succession.fill'), run: () => useSuccession.getState().open({ kind: 'fill', cardId: person.id }) }]
                : []),
            ...(reports
              ? [{ label: t(collapsed ? 'chart.expand' : 'chart.collapse', { count: reports }), run: () => commands.toggleCollapse(person.id) }]
              : []),
            'separator',
            ...selectionItems(),
          ],
        });
      },
      onSelection(e: ReactMouseEvent) {
        e.preventDefault();
        open({ ...at(e), label: t('chart.toolbar'), items: selectionItems() });
      },
      onEdge(e: ReactMouseEvent, edge: Edge) {
        e.preventDefault();
        rf.setEdges((es) => es.map((x) => (x.selected === (x.id === edge.id) ? x : { ...x, selected: x.id === edge.id })));
        const link = linkOf(edge);
        const lang = currentLanguage();
        open({
          ...at(e),
          label: t('chart.linkKind'),
          items: [
            ...LINK_KINDS.map((k) => ({
              label: LINK_KIND_TERMS[k].label[lang],
              checked: link.kind === k,
              run: () => commands.edit(updateLink(account(), link.id, { kind: k })),
            })),
            'separator',
            ...(link.kind === 'reportsTo'
              ? [{ label: t('chart.dotted'), checked: link.dotted, toggle: true, run: () => commands.edit(updateLink(account(), link.id, { dotted: !link.dotted })) }]
              : []),
            { label: t('chart.reverse'), run: () => commands.edit(reverseLink(account(), link.id)) },
            { label: t('chart.deleteLink'), danger: true, run: () => commands.edit(deleteLinks([link.id])) },
          ],
        });
      },
      onPane(e: ReactMouseEvent | MouseEvent) {
        e.preventDefault();
        const p = rf.screenToFlowPosition(at(e));
        const place = { x: p.x - CARD_WIDTH / 2, y: p.y - CARD_HEIGHT / 2 };
        open({
          ...at(e),
          label: t('chart.toolbar'),
          items: [
            { label: `${t('chart.addPerson')} (N)`, run: () => commands.addPersonAt(place) },
            { label: t('chart.paste', { mod }), run: () => commands.paste(place) },
            'separator',
            { label: `${t('chart.layout')}: ${t('chart.layoutTB')}`, run: () => commands.layout('TB') },
            { label: `${t('chart.layout')}: ${t('chart.layoutLR')}`, run: () => commands.layout('LR') },
            { label: t('chart.fitView'), run: () => fitChart(rf, { duration: 300 }) },
          ],
        });
      },
    };
  }, [commands, open, rf]);
}
