import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import type { Account } from '../../shared/model/account';
import { cli } from '../support/cli';
import { openDesk } from '../support/sharing';
import { tempDir } from '../support/temp';

// Issue 17: `bidmap import` of a colleague's file that removed someone the plan's actions serve
// keeps those actions, and says how many.

describe('bidmap import and the plan', () => {
  it('keeps the actions serving a person their side removed, and counts them in its answer', async () => {
    const ours = await tempDir();
    await writeDemoWorkspace(ours, 'en');
    const folder = await tempDir();
    const sent = join(folder, 'henan.bidmap');
    expect((await cli('export', 'henan', '--level', 'full', '--out', sent, '--workspace', ours)).code).toBe(0);

    // The colleague imports it, removes Zhou Kai (the services' own edit), and sends it back.
    const theirs = await tempDir();
    expect((await cli('import', sent, '--workspace', theirs)).code).toBe(0);
    const desk = await openDesk(theirs);
    const henan = (await desk.call('getAccount', { id: 'henan' })) as Account;
    const zhou = henan.people.find((p) => p.name === 'Zhou Kai')!;
    const his = henan.actions.filter((a) => a.personIds.includes(zhou.id)).map((a) => a.id);
    expect(his.length).toBeGreaterThan(1);
    await desk.call('patchChart', {
      id: 'henan',
      patch: {
        removePeople: [zhou.id],
        removeLinks: henan.links.filter((l) => l.source === zhou.id || l.target === zhou.id).map((l) => l.id),
      },
    });
    await desk.session.close();
    const back = join(folder, 'back.bidmap');
    expect((await cli('export', 'henan', '--level', 'full', '--out', back, '--workspace', theirs)).code).toBe(0);

    const json = await cli('import', back, '--json', '--workspace', ours);
    expect(json.code, json.err).toBe(0);
    // Keeping Zhou and his actions leaves the account as it was: unchanged, and said why.
    expect(JSON.parse(json.out).accounts).toMatchObject([
      { id: 'henan', result: 'unchanged', keptRemovedOnTheirSide: 1, actionsOnRemovedPeople: his.length },
    ]);
    const shown = JSON.parse((await cli('show', 'henan', '--json', '--workspace', ours)).out) as Account;
    expect(shown.people.some((p) => p.id === zhou.id)).toBe(true);
    for (const id of his) expect(shown.actions.find((a) => a.id === id)?.personIds, id).toContain(zhou.id);
  });
});
