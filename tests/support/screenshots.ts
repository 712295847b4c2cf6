// `npm run screenshots`: the home screen, search everywhere, the demo canvas, the person panel, the account views, the portfolio, the notebook, sharing (import preview, conflicts, share), contacts import (with the exports it recognises: `--only-contacts`), encryption (encrypt, settings, unlock), version history and a full disk, the people's plan (`--only-people-plan`), the trends (`--only-trends`) in both languages, for README and review.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { launchApp } from './launch';
import { generateOrgAccount } from './org-generator';
import { HomePage } from './pages';
import { exportTo, openDesk } from './sharing';
import { FakeOsCipher, TEST_KDF } from './vault';
import { keepVersion } from './versions';
import { canMount, fill, NO_MOUNT, smallDisk, unmountAll } from './disk';
import { Account } from '../../shared/model/account';
import { shootRoughEdges } from './screenshots-rough-edges';
import { shootStrategy } from './screenshots-strategy';
import { shootPlan } from './screenshots-plan';
import { shootReview } from './screenshots-review';
import { shootSuccession } from './screenshots-succession';
import { shootPeoplePlan } from './screenshots-people-plan';
import { shootBigChart } from './screenshots-big-chart';
import { shootMeetings } from './screenshots-meetings';
import { shootTrends } from './screenshots-trends';
import { shootTeam } from './screenshots-team';

const OUT = resolve(import.meta.dirname, '../../docs/screenshots');

async function shoot(locale: 'en' | 'zh-CN', theme: 'light' | 'dark'): Promise<void> {
  const app = await launchApp({ demo: true, locale });
  try {
    const { page } = app;
    if (theme === 'dark') {
      await app.session.invoke('updateSettings', { theme: 'dark' });
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
    }
    await page.evaluate(() => document.fonts.ready);
    const suffix = theme === 'dark' ? `${locale}-dark` : locale;
    await page.screenshot({ path: `${OUT}/home-${suffix}.png` });
    if (theme === 'light') {
      // Search everywhere (Ctrl+K) over the home screen: "zhang" finds 张 by pinyin in zh-CN, Zhang in every group in en.
      await page.keyboard.press('Control+k');
      await page.getByRole('combobox').fill('zhang');
      await page.getByRole('option').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${OUT}/search-${locale}.png` });
      await page.keyboard.press('Escape');
    }
    const canvas = await new HomePage(page).open(locale === 'en' ? /Henan/ : /河南/);
    await canvas.nodes.first().waitFor();
    await page.waitForTimeout(300); // let fitView settle before the picture
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${OUT}/canvas-${suffix}.png` });
  } finally {
    await app.close();
  }
}

/** The notebook over the next 30 days; in Chinese, asking who will be in Beijing. */
async function shootNotebook(locale: 'en' | 'zh-CN'): Promise<void> {
  const app = await launchApp({ demo: true, locale });
  try {
    const { page } = app;
    await page.getByRole('link', { name: locale === 'en' ? 'Notebook' : '行程本', exact: true }).click();
    await page.getByLabel(locale === 'en' ? 'Days' : '时间').selectOption('30');
    if (locale === 'zh-CN') {
      await page.getByLabel('城市').fill('北京');
      await page.getByLabel('城市').blur();
    }
    await page.getByTestId('agenda-trip').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${OUT}/notebook-${locale}.png` });
  } finally {
    await app.close();
  }
}

/** Semantic zoom on a generated 300-person chart (whole and closer), and the Henan chart exported as PNG. */
async function shootCanvasExtras(): Promise<void> {
  const app = await launchApp({ demo: true, locale: 'en' });
  try {
    const { page } = app;
    await app.session
      .workspace()
      .add([generateOrgAccount({ people: 300, seed: 3, id: 'big', name: 'Generated 300-person group', withPositions: true })]);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await new HomePage(page).open(/Generated/);
    // The whole chart in view: cards are blocks of their attitude colour, the overview in the corner.
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${OUT}/canvas-blocks-en.png` });
    // From there, zoom in to where cards are names on their attitude colour.
    const zoom = async () =>
      Number(/scale\(([\d.]+)\)/.exec((await page.locator('.react-flow__viewport').getAttribute('style')) ?? '')?.[1] ?? 1);
    for (let i = 0; i < 20 && (await zoom()) < 0.3; i++) {
      await page.locator('.react-flow__controls-zoomin').click();
      await page.waitForTimeout(250);
    }
    await page.waitForTimeout(400);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${OUT}/canvas-far-en.png` });
    await page.getByRole('link', { name: 'Back to accounts' }).click();
    await new HomePage(page).open(/Henan/);
    await page.waitForTimeout(300);
    app.host.answerSave(`${OUT}/export-en.png`);
    await page.getByLabel('Export picture').selectOption('png');
    await page.getByText(/Saved the picture as/).waitFor();
  } finally {
    await app.close();
  }
}

const SECTIONS = ['profile', 'dossier', 'motives', 'relationship', 'itinerary'] as const;

/**
 * The Henan division head's panel, one picture per section; the account's details (background and
 * the opportunities' decision questions), its coverage & risks, and the portfolio nine-grid.
 */
async function shootIntelligence(locale: 'en' | 'zh-CN'): Promise<void> {
  const app = await launchApp({ demo: true, locale });
  try {
    const { page } = app;
    const canvas = await new HomePage(page).open(locale === 'en' ? /Henan/ : /河南/);
    await canvas.card(locale === 'en' ? 'Sun Jianhua' : '孙建华').click();
    await page.getByTestId('person-panel').waitFor();
    for (const section of SECTIONS) {
      await page.locator(`#person-tab-${section}`).click();
      await page.waitForTimeout(150);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${OUT}/person-${section}-${locale}.png` });
    }
    await page.locator('.view-tab').nth(1).click();
    await page.getByTestId('account-details').waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${OUT}/account-${locale}.png` });
    await page.locator('#section-opportunities').evaluate((e) => e.scrollIntoView());
    await page.screenshot({ path: `${OUT}/account-opportunities-${locale}.png` });
    await page.locator('.view-tab').nth(2).click();
    await page.getByTestId('findings').waitFor();
    await page.screenshot({ path: `${OUT}/findings-${locale}.png` });
    // The briefing: the export dialog, then its print preview in the window.
    await page.getByRole('button', { name: locale === 'en' ? 'Briefing PDF…' : '简报 PDF…' }).click();
    await page.locator('dialog[open]').waitFor();
    await page.screenshot({ path: `${OUT}/briefing-export-${locale}.png` });
    await page.getByRole('button', { name: locale === 'en' ? 'Preview' : '预览' }).click();
    await page.locator('.print-doc').waitFor();
    await page.waitForSelector('body[data-print-ready="true"]');
    await page.screenshot({ path: `${OUT}/briefing-preview-${locale}.png` });
    await page.goBack();
    await page.getByTestId('findings').waitFor();
    await page.locator('.topbar .nav-link').nth(1).click();
    await page.locator('.portfolio-chip').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${OUT}/portfolio-${locale}.png` });
  } finally {
    await app.close();
  }
}

/**
 * Importing a colleague's file: their copy of Henan (no common version known here, so every
 * difference is asked about) and an account new to this workspace; then the conflicts close up.
 */
async function shootSharing(locale: 'en' | 'zh-CN'): Promise<void> {
  const app = await launchApp({ demo: true, locale });
  const folder = await mkdtemp(join(tmpdir(), 'bidmap-shots-'));
  const theirs = await mkdtemp(join(tmpdir(), 'bidmap-shots-colleague-'));
  try {
    await writeDemoWorkspace(theirs, locale);
    const desk = await openDesk(theirs);
    const henan = await desk.call('getAccount', { id: 'henan' });
    const named = (i: number) => henan.people.filter((p) => !p.placeholder)[i]!;
    const [a, b, c] = [named(1), named(2), named(4)];
    await desk.call('patchChart', {
      id: 'henan',
      patch: {
        people: [
          { ...a, title: `${a.title} ${locale === 'en' ? '(acting CIO)' : '（代理CIO）'}` },
          { ...b, attitude: 'champion', dossier: { ...b.dossier, food: locale === 'en' ? 'Hand-pulled noodles' : '烩面' } },
          { ...c, influence: 5 },
          {
            ...c,
            id: 'p_colleague_new',
            name: locale === 'en' ? 'Qian Hao' : '钱浩',
            title: locale === 'en' ? 'Data analyst' : '数据分析师',
            keyPerson: false,
          },
        ],
      },
    });
    const jinan = await desk.call('createAccount', { name: locale === 'en' ? 'Jinan Water Group' : '济南水务集团' });
    await exportTo(desk, join(folder, 'colleague.bidmap'), ['henan', jinan.id], 'team');
    await desk.session.close();
    const mine = app.session.workspace().get('henan');
    const hereB = mine.people.find((p) => p.id === b.id)!;
    await app.session.invoke('patchChart', { id: 'henan', patch: { people: [{ ...hereB, attitude: 'skeptic' }] } });
    const { page } = app;
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await app.openFile(join(folder, 'colleague.bidmap'));
    const dialog = page.getByRole('dialog');
    await dialog.locator('.import-account').first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${OUT}/sharing-import-${locale}.png` });
    await dialog.locator('.import-table').first().scrollIntoViewIfNeeded();
    await dialog.locator('.import-table tbody tr').nth(1).getByRole('radio').nth(1).check();
    await page.screenshot({ path: `${OUT}/sharing-conflicts-${locale}.png` });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+E');
    await page.getByRole('dialog').waitFor();
    await page.screenshot({ path: `${OUT}/sharing-share-${locale}.png` });
  } finally {
    await app.close();
    await rm(folder, { recursive: true, force: true });
    await rm(theirs, { recursive: true, force: true });
  }
}

/** Contacts import over the demo: the mapping step and the preview with a person imported without a manager (an unknown manager). */
async function shootContacts(locale: 'en' | 'zh-CN'): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bidmap-shots-'));
  const file = join(dir, locale === 'en' ? 'northwind-contacts.csv' : '河南电力通讯录.csv');
  if (locale === 'en') {
    const rows = [
      'Name,Job title,Department,Mobile,E-mail,Reports to,Office',
      'Margaret Hale,Chief Executive,Executive Office,+44 7700 900001,m.hale@northwind.example,,London',
      'Daniel Reyes,CIO,IT,+44 7700 900002,d.reyes@northwind.example,Margaret Hale,London',
      'Priya Nair,Head of Infrastructure,IT,+44 7700 900003,p.nair@northwind.example,Daniel Reyes,Leeds',
      'Tom Becker,Network Lead,IT,+44 7700 900004,t.becker@northwind.example,Priya Nair,Leeds',
      'Sara Lind,Procurement Director,Procurement,+44 7700 900005,s.lind@northwind.example,Margaret Hale,London',
      'Omar Haddad,Category Manager,Procurement,+44 7700 900006,o.haddad@northwind.example,Sara Lind,London',
      'Chloe Martin,CFO,Finance,+44 7700 900007,c.martin@northwind.example,Margaret Hale,London',
      'Ivan Petrov,Security Architect,IT,+44 7700 900008,i.petrov@northwind.example,Danny Reyes,Leeds',
    ];
    await writeFile(file, rows.join('\r\n'));
  } else {
    const fixture = iconv.decode(
      await readFile(resolve(import.meta.dirname, '../fixtures/contacts/excel-gb18030.csv')),
      'gb18030',
    );
    await writeFile(
      file,
      iconv.encode(`${fixture.trimEnd()}\r\n马丽,行政专员,行政部,13800000013,mali@hnpower.example.cn,钱进,`, 'gb18030'),
    );
  }
  const app = await launchApp({ demo: true, locale });
  try {
    const { page } = app;
    app.host.answerOpen(file);
    await page
      .getByRole('button', { name: locale === 'en' ? 'Import contacts…' : '导入联系人…' })
      .first()
      .click();
    await page.getByRole('button', { name: locale === 'en' ? 'Choose file…' : '选择文件…' }).click();
    await page.getByTestId('map-name').waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${OUT}/contacts-mapping-${locale}.png` });
    await page.getByRole('button', { name: locale === 'en' ? 'Preview' : '预览' }).click();
    await page.getByTestId('contacts-warnings').waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${OUT}/contacts-preview-${locale}.png` });
  } finally {
    await app.close();
  }
}

/**
 * Issue 16's screens: the mapping step recognising an Outlook export and a 钉钉 workbook, and the
 * preview of a partial HR export with people imported without a manager (`--only-contacts`).
 */
async function shootContactFormats(locale: 'en' | 'zh-CN'): Promise<void> {
  const fixtures = resolve(import.meta.dirname, '../fixtures/contacts');
  const app = await launchApp({ demo: true, locale });
  try {
    const { page } = app;
    const open = async (file: string) => {
      app.host.answerOpen(resolve(fixtures, file));
      await page.getByRole('button', { name: locale === 'en' ? 'Choose file…' : '选择文件…' }).click();
      await page.getByTestId('contacts-format').waitFor();
      await page.evaluate(() => document.fonts.ready);
    };
    const back = () => page.getByRole('button', { name: locale === 'en' ? 'Back' : '上一步' }).click();
    await page
      .getByRole('button', { name: locale === 'en' ? 'Import contacts…' : '导入联系人…' })
      .first()
      .click();
    await open('outlook-en.csv');
    await page.screenshot({ path: `${OUT}/contacts-outlook-${locale}.png` });
    await back();
    await open('dingtalk.xlsx');
    await page.screenshot({ path: `${OUT}/contacts-dingtalk-${locale}.png` });
    await back();
    await open('hr-export.csv');
    await page.getByRole('button', { name: locale === 'en' ? 'Preview' : '预览' }).click();
    await page.getByTestId('contacts-warnings').waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${OUT}/contacts-warnings-${locale}.png` });
  } finally {
    await app.close();
  }
}

/** Encryption: the passphrase prompt (with the basic_text explanation), the encrypt dialog, Settings when on. */
async function shootVault(locale: 'en' | 'zh-CN'): Promise<void> {
  const appData = await mkdtemp(join(tmpdir(), 'bidmap-shot-appdata-'));
  const app = await launchApp({
    demo: true,
    locale,
    session: { kdfCost: TEST_KDF, osCipher: new FakeOsCipher(), appDataDir: appData },
  });
  try {
    const { page } = app;
    await page.evaluate(() => document.fonts.ready);
    await page.getByRole('link', { name: locale === 'en' ? 'Settings' : '设置' }).click();
    await page.getByRole('button', { name: locale === 'en' ? 'Encrypt this workspace…' : '加密此工作区…' }).click();
    await page.getByTestId('new-passphrase').fill('Kaifeng tea at seven');
    await page.getByTestId('confirm-passphrase').fill('Kaifeng tea at seven');
    await page.screenshot({ path: `${OUT}/vault-encrypt-${locale}.png` });
    await page.getByTestId('confirm-passphrase').press('Enter');
    await page.getByTestId('vault-section').waitFor();
    await page.waitForSelector('.toast-message');
    await page.screenshot({ path: `${OUT}/vault-settings-${locale}.png` });
    await page.keyboard.press('Control+L');
    await page.waitForSelector('body[data-ready="true"]');
    await page.getByTestId('unlock-passphrase').fill('not the one');
    await page.getByTestId('unlock-passphrase').press('Enter');
    await page.getByRole('alert').waitFor();
    await page.screenshot({ path: `${OUT}/vault-unlock-${locale}.png` });
  } finally {
    await app.close();
    await rm(appData, { recursive: true, force: true });
  }
}

/** Version history: a version picked, what restoring it would do, the confirmation. */
async function shootVersions(locale: 'en' | 'zh-CN'): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bidmap-shot-versions-'));
  await writeDemoWorkspace(dir, locale);
  await rm(join(dir, 'versions'), { recursive: true, force: true });
  const henan = Account.parse(JSON.parse(await readFile(join(dir, 'accounts', 'henan.json'), 'utf8')));
  const hour = 3600_000;
  // Yesterday afternoon and this morning: two people left since, one title changed.
  await keepVersion(dir, { ...henan, people: henan.people.slice(0, -3) }, new Date(Date.now() - 26 * hour));
  await keepVersion(
    dir,
    {
      ...henan,
      people: [
        ...henan.people.slice(0, -1),
        { ...henan.people[2]!, id: 'p_left', name: locale === 'en' ? 'Liu Qiang' : '刘强', keyPerson: false },
      ],
    },
    new Date(Date.now() - 3 * hour),
  );
  await keepVersion(dir, henan, new Date(Date.now() - 2.9 * hour));
  const app = await launchApp({ workspace: dir, locale });
  try {
    const { page } = app;
    await page.evaluate(() => document.fonts.ready);
    await new HomePage(page).open(locale === 'en' ? /Henan Power/ : /河南/);
    await page.getByRole('button', { name: locale === 'en' ? 'History' : '历史版本' }).click();
    await page.getByRole('dialog').getByRole('navigation').getByRole('button').nth(1).click();
    await page.getByTestId('version-detail').getByRole('button').click();
    await page.screenshot({ path: `${OUT}/versions-${locale}.png` });
  } finally {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** A full disk while editing a chart: the banner on every screen and the chart's save status. */
async function shootStorage(locale: 'en' | 'zh-CN'): Promise<void> {
  if (!canMount) {
    console.log(`storage-full-${locale}.png not taken: ${NO_MOUNT}`);
    return;
  }
  const disk = await smallDisk(6);
  const ws = join(disk.dir, 'workspace');
  await writeDemoWorkspace(ws, locale);
  const app = await launchApp({ workspace: ws, locale });
  let ballast = '';
  try {
    const { page } = app;
    await page.evaluate(() => document.fonts.ready);
    await new HomePage(page).open(locale === 'en' ? /Henan Power/ : /河南/);
    ballast = await fill(disk.dir);
    await page.locator('.react-flow__pane').click();
    await page.keyboard.press('n');
    await page.locator('.react-flow input:focus').waitFor();
    await page.keyboard.type(locale === 'en' ? 'Met at the expo' : '展会上认识的');
    await page.keyboard.press('Enter');
    await page.getByTestId('storage-banner').waitFor();
    await page.screenshot({ path: `${OUT}/storage-full-${locale}.png` });
  } finally {
    if (ballast) await rm(ballast);
    await app.close();
    unmountAll();
  }
}

await mkdir(OUT, { recursive: true });
/** Issue 7's screens: encryption, version history, a full disk (`--only-reliability`). */
async function shootReliability(): Promise<void> {
  for (const locale of ['en', 'zh-CN'] as const) await shootVault(locale);
  for (const locale of ['en', 'zh-CN'] as const) await shootVersions(locale);
  for (const locale of ['en', 'zh-CN'] as const) await shootStorage(locale);
}
if (process.argv.includes('--only-reliability')) {
  await shootReliability();
  process.exit(0);
}
if (process.argv.includes('--only-big-chart')) {
  await shootBigChart();
  process.exit(0);
}
if (process.argv.includes('--only-rough-edges')) {
  const at = process.argv.indexOf('--tag');
  await shootRoughEdges(at > 0 ? process.argv[at + 1]! : 'after');
  process.exit(0);
}
if (process.argv.includes('--only-contacts')) {
  for (const locale of ['en', 'zh-CN'] as const) {
    await shootContacts(locale);
    await shootContactFormats(locale);
  }
  process.exit(0);
}
if (process.argv.includes('--only-strategy')) {
  await shootStrategy();
  process.exit(0);
}
if (process.argv.includes('--only-review')) {
  await shootReview();
  process.exit(0);
}
if (process.argv.includes('--only-succession')) {
  await shootSuccession();
  process.exit(0);
}
if (process.argv.includes('--only-plan')) {
  await shootPlan();
  process.exit(0);
}
if (process.argv.includes('--only-meetings')) {
  await shootMeetings();
  process.exit(0);
}
if (process.argv.includes('--only-people-plan')) {
  await shootPeoplePlan(OUT, 'en');
  await shootPeoplePlan(OUT, 'zh-CN');
  process.exit(0);
}
if (process.argv.includes('--only-trends')) {
  await shootTrends();
  process.exit(0);
}
if (process.argv.includes('--only-team')) {
  await shootTeam();
  process.exit(0);
}
if (process.argv.includes('--only-sharing')) {
  await shootSharing('en');
  await shootSharing('zh-CN');
  process.exit(0);
}
await shoot('en', 'light');
await shoot('zh-CN', 'light');
await shoot('en', 'dark');
await shootCanvasExtras();
await shootBigChart();
await shootNotebook('en');
await shootNotebook('zh-CN');
await shootIntelligence('en');
await shootIntelligence('zh-CN');
await shootSharing('en');
await shootSharing('zh-CN');
await shootContacts('en');
await shootContacts('zh-CN');
await shootContactFormats('en');
await shootContactFormats('zh-CN');
await shootReliability();
await shootRoughEdges('after');
await shootPeoplePlan(OUT, 'en');
await shootPeoplePlan(OUT, 'zh-CN');
await shootPlan();
await shootTrends();
await shootStrategy();
console.log(`screenshots written to ${OUT}`);
