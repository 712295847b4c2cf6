import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import { fill } from '../../shared/i18n/fill';
import { addDays, localIsoDate } from '../../shared/logic/dates';
import { formatDate } from '../../shared/logic/date-text';
import { ACTIVITY_KIND_TERMS, STAGE_TERMS } from '../../shared/taxonomy/labels';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { cli } from '../support/cli';
import { launchApp, type LaunchedApp } from '../support/launch';
import { HomePage, PersonPanel } from '../support/pages';
import { holds, PDF_MADE, readPdf } from '../support/pdf';

// Issue 18, part C, end to end on the Henan demo: a client move added on the Timeline is found by
// search and listed on the timeline; a meeting planned with Chief Engineer Luo prints on his
// meeting brief (team, not map); once the app's clock passes its day, the home screen and his
// panel ask for the debrief, which moves his stage with its why (on him and on the timeline) and
// is taken back by one Undo.

test.use({ actionTimeout: 20_000 });

const HENAN = { en: /Henan/, 'zh-CN': /河南/ } as const;
const LUO = 'hn_p15';

const henan = (app: LaunchedApp) => app.session.workspace().get('henan');

async function openTab(page: Page, name: string) {
  await page.getByRole('link', { name, exact: true }).click();
}

async function exportBrief(
  page: Page,
  app: LaunchedApp,
  lang: 'en' | 'zh-CN',
  level: 'map' | 'team',
  path: string,
  name: string,
) {
  const s = STRINGS[lang];
  app.host.answerSave(path);
  await new PersonPanel(page).root.getByRole('button', { name: s.briefing.export.briefButton }).click();
  const dialog = page.getByRole('dialog', { name: s.briefing.export.briefTitle.replace('{{name}}', name) });
  await dialog.getByRole('radio', { name: new RegExp(`^${s.briefing.levels[level]}`) }).check();
  await dialog.getByRole('button', { name: s.briefing.export.save }).click();
  await expect(dialog.getByRole('status')).toContainText(path, PDF_MADE);
  await dialog.getByRole('button', { name: s.chart.close }).click();
}

for (const lang of ['en', 'zh-CN'] as const) {
  const s = STRINGS[lang];
  const words =
    lang === 'en'
      ? {
          what: 'Luo Yongqiang chairs the new platform review panel',
          source: 'Huang Lei, over lunch',
          meaning: 'The specs go through him now',
          search: 'platform review panel',
        }
      : { what: '罗永强牵头新平台评审组', source: '黄磊，午饭时', meaning: '技术指标现在要过他这一关', search: '新平台评审组' };
  const plan =
    lang === 'en'
      ? {
          objective: 'Walk Luo through the Zhengzhou reference results',
          commitment: 'Luo joins the reference-site visit',
          minimum: 'Luo reads the performance report',
          questions: 'What would convince him on stability?',
        }
      : {
          objective: '向罗总工介绍郑州标杆的运行结果',
          commitment: '罗总工参加标杆现场参观',
          minimum: '罗总工看一下性能报告',
          questions: '稳定性上什么能说服他？',
        };
  const debrief =
    lang === 'en'
      ? {
          notes: 'He read the report during the meeting and asked for the raw logs',
          why: 'He asked for our logs himself: the first step toward us',
        }
      : { notes: '他当场看了报告，还要了原始日志', why: '他主动要我们的日志：第一次向我们靠近' };

  test(`${lang}: a client move is found by search and on the timeline; a planned meeting prints on the brief, asks for its debrief once its day passes, and the debrief moves the stage with its why in one undo step`, async () => {
    test.setTimeout(240_000);
    const out = await mkdtemp(join(tmpdir(), 'bidmap-meetings-'));
    const app = await launchApp({ demo: true, locale: lang, viewport: { width: 1280, height: 720 } });
    const { page } = app;
    try {
      await page.clock.install();
      const today = localIsoDate(new Date());
      const canvas = await new HomePage(page).open(HENAN[lang]);
      const luo = henan(app).people.find((p) => p.id === LUO)!;

      // A client move, added on the Timeline.
      await openTab(page, s.timeline.tab);
      const timeline = page.getByRole('list', { name: s.timeline.title });
      await expect(timeline).toBeVisible();
      await page.getByRole('button', { name: s.moves.add }).click();
      const dialog = page.getByRole('dialog', { name: s.moves.addTitle });
      // What happened is needed: said at the field, nothing saved.
      await dialog.getByRole('button', { name: s.moves.save }).click();
      await expect(dialog.getByRole('alert')).toHaveText(s.moves.whatRequired);
      // A date out of range is refused with a sentence at its field.
      const date = dialog.getByLabel(s.moves.date, { exact: true });
      await date.fill('1890-01-01');
      await date.press('Tab');
      await expect(dialog.getByText(s.refusal.dateRange)).toBeVisible();
      await date.fill(formatDate(today, lang));
      await date.press('Tab');
      await dialog.getByLabel(s.moves.kind, { exact: true }).selectOption({ label: s.moves.kinds.organisation });
      await dialog.getByLabel(s.moves.what, { exact: true }).fill(words.what);
      await dialog.getByLabel(s.moves.source, { exact: true }).fill(words.source);
      await dialog.getByLabel(s.moves.meaning, { exact: true }).fill(words.meaning);
      await dialog.getByLabel(s.moves.people, { exact: true }).selectOption(LUO);
      await dialog.getByRole('button', { name: s.moves.save }).click();
      await expect(dialog).toHaveCount(0);
      await expect
        .poll(() => henan(app).clientMoves.find((m) => m.what === words.what))
        .toMatchObject({ date: today, kind: 'organisation', source: words.source, personIds: [LUO] });
      // On the timeline, dated today, with its source and meaning.
      const first = timeline.getByRole('listitem').filter({ hasText: words.what });
      await expect(first.locator('time')).toHaveAttribute('datetime', today);
      await expect(first).toContainText(words.what);
      await expect(first).toContainText(fill(s.moves.meaningLine, { meaning: words.meaning }));
      // Filtered to organisation changes concerning Luo: still there; to budget signals: gone.
      await page.getByLabel(s.timeline.show, { exact: true }).selectOption({ label: s.timeline.kinds.clientMove });
      await page.getByLabel(s.timeline.moveKind, { exact: true }).selectOption({ label: s.moves.kinds.organisation });
      await page.getByLabel(s.timeline.person, { exact: true }).selectOption(LUO);
      await expect(timeline.getByRole('listitem')).toHaveCount(1);
      await page.getByLabel(s.timeline.moveKind, { exact: true }).selectOption({ label: s.moves.kinds.budget });
      await expect(page.getByText(s.timeline.noMatch)).toBeVisible();
      await page.getByLabel(s.timeline.show, { exact: true }).selectOption({ label: s.timeline.everything });
      await page.getByLabel(s.timeline.person, { exact: true }).selectOption({ label: s.timeline.anyone });

      // Search everywhere finds it, under its field, and opens the Timeline.
      await page.keyboard.press('Control+k');
      const palette = page.getByRole('dialog', { name: s.search.label });
      await palette.getByRole('combobox').fill(words.search);
      const hit = palette.getByRole('option').filter({ hasText: s.search.fields.clientMoves });
      await expect(hit).toHaveCount(1);
      await hit.click();
      await expect(page).toHaveURL(/#\/accounts\/henan\/timeline$/);

      // Plan a meeting with Luo, three days ahead, from his panel.
      await openTab(page, s.account.tabChart);
      await canvas.card(luo.name).click();
      const panel = new PersonPanel(page);
      await panel.section(s.person.sections.relationship);
      await panel.root.getByRole('button', { name: s.meetings.plan }).click();
      const planDialog = page.getByRole('dialog', { name: fill(s.meetings.planTitle, { name: luo.name }) });
      const day = addDays(today, 3);
      const meetingDate = planDialog.getByLabel(s.meetings.date, { exact: true });
      await meetingDate.fill(formatDate(day, lang));
      await meetingDate.press('Tab');
      const yang = henan(app).team.find((m) => m.id === 'hn_t01')!;
      await planDialog.getByLabel(yang.name, { exact: true }).check();
      await planDialog.getByLabel(s.meetings.theirs, { exact: true }).selectOption('hn_p10');
      for (const key of ['objective', 'commitment', 'minimum', 'questions'] as const)
        await planDialog.getByLabel(s.meetings[key], { exact: true }).fill(plan[key]);
      await planDialog.getByRole('button', { name: s.meetings.save }).click();
      await expect(planDialog).toHaveCount(0);
      const meeting = () => henan(app).meetings.find((m) => m.objective === plan.objective);
      await expect
        .poll(() => meeting())
        .toMatchObject({
          date: day,
          personId: LUO,
          personIds: ['hn_p10'],
          memberIds: ['hn_t01'],
          commitment: plan.commitment,
          debrief: null,
        });
      await expect(panel.root).toContainText(plan.objective);

      // His meeting brief prints the plan at team level; at map level none of it.
      const team = join(out, 'team.pdf');
      await exportBrief(page, app, lang, 'team', team, luo.name);
      const teamText = (await readPdf(team)).text;
      for (const text of [
        s.meetings.printTitle,
        formatDate(day, lang),
        plan.objective,
        plan.commitment,
        plan.minimum,
        plan.questions,
        yang.name,
      ])
        expect(holds(teamText, text), `team brief: ${text}`).toBe(true);
      const map = join(out, 'map.pdf');
      await exportBrief(page, app, lang, 'map', map, luo.name);
      const mapText = (await readPdf(map)).text;
      for (const text of [s.meetings.printTitle, plan.objective, plan.commitment, plan.minimum])
        expect(holds(mapText, text), `map brief: ${text}`).toBe(false);

      // Its day passes: the home screen and his panel ask for the debrief.
      await page.clock.setSystemTime(new Date(Date.now() + 5 * 86_400_000));
      await page.getByRole('link', { name: s.nav.back }).click();
      const due = page.getByTestId('debriefs-due');
      await expect(due).toContainText(luo.name);
      await expect(due).toContainText(formatDate(day, lang));
      await due.getByRole('link', { name: luo.name }).click();
      const prompt = panel.root
        .getByRole('status')
        .filter({ hasText: fill(s.meetings.dueTitle, { date: formatDate(day, lang) }) });
      await expect(prompt).toBeVisible();
      await prompt.getByRole('button', { name: s.meetings.debrief }).click();
      const debriefDialog = page.getByRole('dialog', {
        name: fill(s.meetings.debriefTitle, { date: formatDate(day, lang), name: luo.name }),
      });
      await debriefDialog.getByLabel(s.meetings.notes, { exact: true }).fill(debrief.notes);
      await debriefDialog.getByLabel(s.meetings.outcome, { exact: true }).selectOption({ label: s.meetings.outcomes.minimum });
      await debriefDialog.getByLabel(s.meetings.activityKind, { exact: true }).selectOption({ label: ACTIVITY_KIND_TERMS.meal.label[lang] });
      await debriefDialog
        .getByLabel(s.meetings.stage, { exact: true })
        .selectOption({ label: STAGE_TERMS.acquainted.label[lang] });
      // A move without a why is refused, saying so.
      await debriefDialog.getByRole('button', { name: s.meetings.saveDebrief }).click();
      await expect(debriefDialog.getByRole('alert')).toHaveText(s.meetings.whyRequired);
      expect(meeting()?.debrief).toBeNull();
      await debriefDialog.getByLabel(s.meetings.why, { exact: true }).fill(debrief.why);
      await debriefDialog.getByRole('button', { name: s.meetings.saveDebrief }).click();
      await expect(debriefDialog).toHaveCount(0);
      const after = () => henan(app).people.find((p) => p.id === LUO)!;
      await expect.poll(() => after().relationship.stage).toBe('acquainted');
      expect(after().relationship.history.at(-1)).toEqual({ date: day, from: 'initial', to: 'acquainted', why: debrief.why });
      expect(after().activities.at(-1)).toMatchObject({ date: day, kind: 'meal', summary: debrief.notes, memberIds: ['hn_t01'] });
      expect(meeting()?.debrief).toMatchObject({
        outcome: 'minimum',
        notes: debrief.notes,
        why: debrief.why,
        changes: { stage: { from: 'initial', to: 'acquainted' }, attitude: null, leaning: null },
      });
      await expect(prompt).toHaveCount(0);
      // On him: the stage and its why in the relationship section.
      await expect(panel.root.getByLabel(s.person.relationship.why, { exact: true }).last()).toHaveValue(debrief.why);

      // On the timeline: the stage change with its why, and the meeting with its outcome.
      await page.keyboard.press('Escape');
      await openTab(page, s.timeline.tab);
      const change = timeline.getByRole('listitem').filter({
        hasText: fill(s.timeline.stageChange, {
          name: luo.name,
          from: STAGE_TERMS.initial.label[lang],
          to: STAGE_TERMS.acquainted.label[lang],
        }),
      });
      await expect(change).toContainText(fill(s.timeline.why, { why: debrief.why }));
      await expect(timeline.getByRole('listitem').filter({ hasText: plan.objective })).toContainText(
        fill(s.meetings.outcomeLine, { outcome: s.meetings.outcomes.minimum }),
      );

      // One Undo takes the whole debrief back: stage, history, activity, the debrief itself.
      const activities = after().activities.length;
      await page.getByRole('button', { name: s.toasts.undo }).click();
      await expect.poll(() => after().relationship.stage).toBe('initial');
      expect(after().relationship.history.at(-1)?.why).not.toBe(debrief.why);
      expect(after().activities.length).toBe(activities - 1);
      expect(meeting()?.debrief).toBeNull();
    } finally {
      await app.close();
      await rm(out, { recursive: true, force: true });
    }
  });
}

test('`bidmap brief` prints the plan of the next meeting with the person at team level, and none of it at map', async () => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(join(tmpdir(), 'bidmap-brief-plan-'));
  try {
    const workspace = join(dir, 'workspace');
    await writeDemoWorkspace(workspace, 'en');
    const s = STRINGS.en;
    // Vice GM Zhao: the demo plans a meeting with him a few days after its story day.
    const text: Record<string, string> = {};
    for (const level of ['team', 'map'] as const) {
      const file = join(dir, `${level}.pdf`);
      const r = await cli('brief', 'henan', 'hn_p02', '--level', level, '--lang', 'en', '--out', file, '--workspace', workspace);
      expect(r.code, r.err).toBe(0);
      text[level] = (await readPdf(file)).text;
    }
    for (const t of [
      s.meetings.printTitle,
      'Get Vice GM Zhao behind our phased roll-out plan for phase 2',
      'Zhao puts the reference-site visit on the steering group',
      'Yang Fan',
    ]) {
      expect(holds(text.team!, t), `team: ${t}`).toBe(true);
    }
    for (const t of [s.meetings.printTitle, 'phased roll-out plan', 'steering group’s agenda'])
      expect(holds(text.map!, t), `map: ${t}`).toBe(false);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
