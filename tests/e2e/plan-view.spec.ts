import { expect, test, type Page } from '@playwright/test';
import { STRINGS } from '../../shared/i18n';
import { fill } from '../../shared/i18n/fill';
import { findingKey, findings } from '../../shared/logic/coverage';
import { addDays, localIsoDate } from '../../shared/logic/dates';
import { formatDate } from '../../shared/logic/date-text';
import { isDueThisWeek, isMine, isOverdue } from '../../shared/logic/plan/actions';
import { ActionList } from '../../shared/model/action-list';
import { ME } from '../../shared/model/strategy';
import { launchApp, type LaunchedApp } from '../support/launch';
import { HomePage } from '../support/pages';

// Issue 17, part A: the account's action plan. The Plan view on the Henan demo (add, edit the
// text, due date and owner, done, drop, delete, filters, undo), "Make it an action" in Coverage &
// risks, a person's open actions in their panel, and the home screen's "My actions".

test.use({ actionTimeout: 20_000 });

const HENAN = { en: /Henan/, 'zh-CN': /河南/ } as const;

const today = () => localIsoDate(new Date());
const henan = (app: LaunchedApp) => app.session.workspace().get('henan');

async function openPlan(page: Page, locale: 'en' | 'zh-CN') {
  await new HomePage(page).open(HENAN[locale]);
  await page.getByRole('link', { name: STRINGS[locale].plan.tab, exact: true }).click();
  const plan = page.getByTestId('plan');
  await expect(plan).toBeVisible();
  return plan;
}

for (const locale of ['en', 'zh-CN'] as const) {
  const s = STRINGS[locale].plan;
  const undo = STRINGS[locale].toasts.undo;

  test(`${locale}: the Plan adds, edits, completes, drops and deletes actions from the keyboard, filters them, and each edit is one undo step`, async () => {
    test.setTimeout(150_000);
    const app = await launchApp({ demo: true, locale, viewport: { width: 1280, height: 720 } });
    const { page } = app;
    try {
      const plan = await openPlan(page, locale);
      const before = henan(app).actions;
      const open = before.filter((a) => a.status === 'open');
      const rows = plan.getByTestId('plan-action');
      // Open ones listed, done and dropped folded under their count.
      await expect(rows).toHaveCount(open.length);
      await expect(plan.getByRole('button', { name: fill(s.closed, { count: before.length - open.length }) })).toBeVisible();

      // N: a new action, its text in edit; Enter keeps it: one action more, mine, made today.
      await rows.first().focus();
      await page.keyboard.press('n');
      const input = plan.locator('.plan-text-input');
      await expect(input).toBeFocused();
      const words = locale === 'en' ? 'Book the reference-site visit' : '预约样板点参观';
      await page.keyboard.type(words);
      await page.keyboard.press('Enter');
      const made = () => henan(app).actions.find((a) => a.text === words)!;
      await expect.poll(() => made()?.id).toBeTruthy();
      expect(henan(app).actions.length).toBe(before.length + 1);
      expect(made()).toMatchObject({ owner: ME, status: 'open', due: '', createdOn: today() });
      const row = rows.filter({ hasText: words });
      await expect(row).toBeFocused();
      await expect(row).toContainText(s.noDue);

      // D: the due date, typed, Enter; Esc back to the list. O: the owner.
      const due = addDays(today(), 2);
      await page.keyboard.press('d');
      const dueField = page.getByTestId('plan-details').getByLabel(s.due, { exact: true });
      await expect(dueField).toBeFocused();
      await dueField.fill(due);
      await page.keyboard.press('Enter');
      await expect.poll(() => made().due).toBe(due);
      await page.keyboard.press('Escape');
      await expect(row).toBeFocused();
      await expect(row).toContainText(formatDate(due, locale));
      await page.keyboard.press('o');
      const owner = page.getByTestId('plan-details').getByLabel(s.owner, { exact: true });
      await expect(owner).toBeFocused();
      const member = henan(app).team[0]!;
      await owner.selectOption(member.id);
      await expect.poll(() => made().owner).toBe(member.id);
      await expect(row).toContainText(member.name);

      // Enter: the text in place; Esc puts it back.
      await page.keyboard.press('Escape');
      await expect(row).toBeFocused();
      await page.keyboard.press('Enter');
      await page.keyboard.type(' ++');
      await page.keyboard.press('Escape');
      await expect(row).toBeFocused();
      expect(made().text).toBe(words);

      // Ctrl+Z takes back the owner alone, then the date alone: one step each.
      await page.keyboard.press('Control+z');
      await expect.poll(() => made().owner).toBe(ME);
      expect(made().due).toBe(due);
      await page.keyboard.press('Control+Shift+z');
      await expect.poll(() => made().owner).toBe(member.id);

      // Filters: this week holds it; by person, only that person's; overdue, what is overdue.
      const toolbar = plan.getByRole('toolbar');
      await toolbar.getByRole('button', { name: new RegExp(`^${s.thisWeek}`) }).click();
      const week = henan(app).actions.filter((a) => isDueThisWeek(a, today()));
      await expect(rows).toHaveCount(week.length);
      await expect(row).toBeVisible();
      await toolbar.getByRole('button', { name: new RegExp(`^${s.thisWeek}`) }).click();
      const served = henan(app).actions.find((a) => a.status === 'open' && a.personIds.length)!;
      const person = henan(app).people.find((p) => p.id === served.personIds[0])!;
      await toolbar.getByLabel(s.person, { exact: true }).selectOption(person.id);
      const theirs = henan(app).actions.filter((a) => a.status === 'open' && a.personIds.includes(person.id));
      await expect(rows).toHaveCount(theirs.length);
      for (const r of await rows.all()) await expect(r).toContainText(person.name);
      await toolbar.getByRole('button', { name: s.clearFilters }).click();
      // By opportunity: the new action serves one (set in its details), the filter keeps those.
      const opportunity = henan(app).opportunities[0]!;
      await row.click();
      await page.getByTestId('plan-details').getByLabel(s.opportunity, { exact: true }).selectOption(opportunity.id);
      await expect.poll(() => made().opportunityId).toBe(opportunity.id);
      await toolbar.getByLabel(s.opportunity, { exact: true }).selectOption(opportunity.id);
      await expect(rows).toHaveCount(
        henan(app).actions.filter((a) => a.status === 'open' && a.opportunityId === opportunity.id).length,
      );
      await expect(row).toBeVisible();
      await toolbar.getByRole('button', { name: s.clearFilters }).click();
      await toolbar.getByRole('button', { name: new RegExp(`^${s.overdue}`) }).click();
      const overdue = henan(app).actions.filter((a) => isOverdue(a, today())).length;
      if (overdue === 0) await expect(plan.getByText(s.noMatchTitle)).toBeVisible();
      else await expect(rows).toHaveCount(overdue);
      await toolbar.getByRole('button', { name: new RegExp(`^${s.overdue}`) }).click();
      await expect(rows).toHaveCount(open.length + 1);

      // Space: done today, the toast's Undo opens it again.
      await row.click();
      await page.keyboard.press(' ');
      await expect.poll(() => made().status).toBe('done');
      expect(made().statusDate).toBe(today());
      await expect(rows).toHaveCount(open.length);
      await page
        .getByRole('status')
        .filter({ hasText: fill(s.doneToast, { text: words }) })
        .getByRole('button', { name: undo })
        .click();
      await expect.poll(() => made().status).toBe('open');
      expect(made().statusDate).toBe('');

      // Delete on an open one asks why and drops it with the reason.
      await row.click();
      await page.keyboard.press('Delete');
      const reason = page.getByLabel(s.dropReason);
      await expect(reason).toBeFocused();
      const why = locale === 'en' ? 'The site is closed for the holidays' : '样板点节假日关闭';
      await page.keyboard.type(why);
      await page.keyboard.press('Enter');
      await expect.poll(() => made().status).toBe('dropped');
      expect(made().note).toBe(why);

      // A dropped one is deleted with Delete; Ctrl+Z brings it back whole.
      await plan.getByRole('button', { name: fill(s.closed, { count: before.length - open.length + 1 }) }).click();
      await row.click();
      await page.keyboard.press('Delete');
      await expect.poll(() => henan(app).actions.some((a) => a.text === words)).toBe(false);
      await expect(page.getByRole('status').filter({ hasText: fill(s.removed, { text: words }) })).toBeVisible();
      await page.keyboard.press('Control+z');
      await expect.poll(() => made()?.status).toBe('dropped');
      expect(made().note).toBe(why);

      // N then Esc with nothing typed leaves nothing behind, nothing to undo.
      await row.click();
      await page.keyboard.press('n');
      await expect(plan.locator('.plan-text-input')).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(plan.locator('.plan-text-input')).toHaveCount(0);
      await expect.poll(() => henan(app).actions.length).toBe(before.length + 1);

      // ? lists the keys; Esc closes the list and the keys are the list's again.
      await page.keyboard.press('?');
      const keys = page.getByRole('dialog', { name: s.keys.title });
      await expect(keys).toBeVisible();
      await expect(keys).toContainText(s.keys.drop);
      await page.keyboard.press('Escape');
      await expect(keys).toHaveCount(0);
    } finally {
      await app.close();
    }
  });

  test(`${locale}: "Make it an action" in Coverage & risks plans the finding's step, the person's panel lists and adds their open actions, and the home screen lists my overdue and this week's`, async () => {
    test.setTimeout(150_000);
    const app = await launchApp({ demo: true, locale, viewport: { width: 1280, height: 720 } });
    const { page } = app;
    try {
      // A key person not contacted for long: the fix opens the panel; "Make it an action" plans it.
      // Henan's key people have all been met (Luo last, at the reference site): the general
      // manager, never met, is made a key person.
      expect(findings(henan(app), today()).some((f) => f.kind === 'keyPersonSilent')).toBe(false);
      app.session.workspace().update('henan', (a) => ({
        ...a,
        people: a.people.map((p) => (p.id === 'hn_p01' ? { ...p, keyPerson: true } : p)),
      }));
      await app.session.workspace().saveNow('henan');
      const silent = findings(henan(app), today()).find((f) => f.kind === 'keyPersonSilent')!;
      expect(silent, 'the demo has a silent key person').toBeTruthy();
      const key = findingKey(silent);
      const person = henan(app).people.find((p) => p.id === (silent as { personId: string }).personId)!;
      await new HomePage(page).open(HENAN[locale]);
      await page.getByRole('link', { name: new RegExp(`^${STRINGS[locale].account.tabFindings}`) }).click();
      const rowOf = () => page.getByTestId('findings').locator('[data-kind="keyPersonSilent"]').filter({ hasText: person.name });
      await rowOf().getByRole('button', { name: s.makeAction }).click();
      await expect.poll(() => henan(app).actions.filter((a) => a.findingKey === key).length).toBe(1);
      const made = henan(app).actions.find((a) => a.findingKey === key)!;
      expect(made).toMatchObject({
        owner: ME,
        status: 'open',
        personIds: [person.id],
        text: fill(s.fromFinding.keyPersonSilent, { name: person.name }),
      });
      await expect(rowOf().getByRole('button', { name: s.makeAction })).toHaveCount(0);
      // The same step answers "a key person with no open action" for them.
      await expect(
        page.getByTestId('findings').locator('[data-kind="keyPersonNoAction"]').filter({ hasText: person.name }),
      ).toHaveCount(0);

      // Ctrl+Z takes it back; made again, "In the plan" opens it in the Plan, saying what prompted it.
      await page.keyboard.press('Control+z');
      await expect.poll(() => henan(app).actions.some((a) => a.findingKey === key)).toBe(false);
      await rowOf().getByRole('button', { name: s.makeAction }).click();
      await rowOf().getByRole('button', { name: s.inPlan }).click();
      const details = page.getByTestId('plan-details');
      await expect(details.getByLabel(s.text, { exact: true })).toHaveValue(made.text);
      await expect(details).toContainText(s.prompted);
      await expect(details).toContainText(person.name);
      await expect(page.getByTestId('plan').locator('.plan-action.selected')).toContainText(made.text);

      // The person's panel (Relationship) lists their open actions, and adds one with Enter.
      await page.getByRole('link', { name: new RegExp(`^${STRINGS[locale].account.tabFindings}`) }).click();
      await rowOf().getByRole('button', { name: STRINGS[locale].findings.fix.relationship }).click();
      const section = page.getByTestId('person-actions');
      const theirs = () => henan(app).actions.filter((a) => a.status === 'open' && a.personIds.includes(person.id));
      await expect(section.getByTestId('person-action')).toHaveCount(Math.min(6, theirs().length));
      await expect(section).toContainText(made.text);
      const more = locale === 'en' ? 'Send him the go-live assurance plan' : '给他发上线保障方案';
      await section.getByLabel(fill(s.personAdd, { name: person.name })).fill(more);
      await page.keyboard.press('Enter');
      await expect.poll(() => theirs().some((a) => a.text === more && a.owner === ME)).toBe(true);
      await expect(section).toContainText(more);
      // Its box marks it done; it leaves the list.
      await section.getByRole('button', { name: `${s.markDone}: ${more}` }).click();
      await expect.poll(() => henan(app).actions.find((a) => a.text === more)?.status).toBe('done');
      await expect(section).not.toContainText(more);

      // Home: mine overdue or due this week, across accounts; a team member's is not mine.
      const lateText = locale === 'en' ? 'Chase the signed minutes' : '催签会议纪要';
      const theirsText = locale === 'en' ? 'Yang Fan to call the IT Center' : '杨帆联系信息中心';
      await page.getByRole('link', { name: STRINGS[locale].nav.back }).click();
      await expect(page.getByTestId('my-actions')).toBeVisible();
      const account = henan(app);
      const patched = await app.session.invoke('patchChart', {
        id: 'henan',
        patch: {
          fields: {
            actions: [
              ...account.actions,
              { ...made, id: 'ac_late', text: lateText, due: addDays(today(), -3), findingKey: null, personIds: [] },
              {
                ...made,
                id: 'ac_theirs',
                text: theirsText,
                due: today(),
                owner: account.team[0]!.id,
                findingKey: null,
                personIds: [],
              },
            ],
          },
        },
      });
      expect(patched.ok).toBe(true);
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      const card = page.getByTestId('my-actions');
      await expect(card).toBeVisible();
      const answer = await app.session.invoke('listActions', {
        today: today(),
        dueBy: addDays(today(), 6),
        owner: { kind: 'mine' },
      });
      if (!answer.ok) throw new Error(answer.error.message);
      const list = ActionList.parse(answer.value);
      expect(list.rows.every((r) => isMine(r.action))).toBe(true);
      await expect(card.getByTestId('my-action')).toHaveCount(Math.min(6, list.total));
      await expect(card.getByTestId('my-action').first()).toContainText(lateText);
      await expect(card.getByTestId('my-action').first()).toContainText(
        fill(s.overdueSince, { date: formatDate(addDays(today(), -3), locale) }),
      );
      await expect(card).not.toContainText(theirsText);
      // A line opens its action in its account's Plan.
      await card.getByRole('link', { name: lateText }).click();
      await expect(page.getByTestId('plan').locator('.plan-action.selected')).toContainText(lateText);
    } finally {
      await app.close();
    }
  });

  test(`${locale}: the notebook lists the actions due in its days, opens one in its Plan, and hides them on request`, async () => {
    test.setTimeout(120_000);
    const app = await launchApp({ demo: true, locale, viewport: { width: 1280, height: 720 } });
    const { page } = app;
    try {
      const due = henan(app)
        .actions.filter((a) => a.status === 'open' && a.due >= today() && a.due <= addDays(today(), 13))
        .sort((a, b) => (a.due < b.due ? -1 : 1));
      expect(due.length, 'the demo has actions due in the next 14 days').toBeGreaterThan(0);
      await page.getByRole('link', { name: STRINGS[locale].notebook.nav, exact: true }).click();
      const items = page.getByTestId('agenda-action');
      const first = items.filter({ hasText: due[0]!.text });
      await expect(first).toBeVisible();
      await expect(
        page.locator(`[data-date="${due[0]!.due}"]`).getByTestId('agenda-action').filter({ hasText: due[0]!.text }),
      ).toBeVisible();
      const n = await items.count();
      const counted =
        n === 1 && 'count_one' in s.notebook ? (s.notebook as { count_one: string }).count_one : s.notebook.count_other;
      await expect(page.getByTestId('notebook-summary')).toContainText(fill(counted, { count: n }));
      // Unticked, the actions leave the list.
      await page.getByRole('checkbox', { name: s.notebook.show }).uncheck();
      await expect(items).toHaveCount(0);
      await page.getByRole('checkbox', { name: s.notebook.show }).check();
      await first.getByRole('link').click();
      await expect(page.getByTestId('plan').locator('.plan-action.selected')).toContainText(due[0]!.text);
    } finally {
      await app.close();
    }
  });
}
