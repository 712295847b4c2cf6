import { describe, expect, it } from 'vitest';
import { CALL_NAMES, contract } from '../../shared/ipc/contract';
import { openSession } from '../../electron/services/session';
import { TestHost } from '../support/host';
import { tempDir } from '../support/temp';

async function session() {
  return openSession({
    workspaceDir: await tempDir(),
    host: new TestHost(),
    appDataDir: null,
    defaultLanguage: 'en',
    seedDemoIfEmpty: false,
    checkOutputs: true,
  });
}

describe('the API contract', () => {
  it('has a handler for every call, and every call answers inside its output schema', async () => {
    const s = await session();
    const created = await s.invoke('createAccount', { name: 'Acme' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Acme', peopleCount: 0, damaged: null } });
    expect(CALL_NAMES.length).toBe(Object.keys(contract).length);
    for (const name of ['getWorkspace', 'listAccounts'] as const) {
      expect(await s.invoke(name, {})).toMatchObject({ ok: true });
    }
    await s.close();
  });

  it('rejects input that does not match the schema, before any service runs', async () => {
    const s = await session();
    expect(await s.invoke('createAccount', { name: '' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await s.invoke('createAccount', { name: 42 })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(await s.invoke('getAccount', { id: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalidInput' },
    });
    expect(await s.invoke('getAccount', { id: '__proto__' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(s.workspace().list()).toEqual([]);
    await s.close();
  });

  it('refuses an account edit that uses a record id twice or a budget past any deal, and keeps the account as it was', async () => {
    const s = await session();
    const created = await s.invoke('createAccount', { name: 'Acme' });
    const id = (created as { ok: true; value: { id: string } }).value.id;
    const twice = await s.invoke('patchChart', {
      id,
      patch: {
        fields: {
          team: [
            { id: 't1', name: 'A' },
            { id: 't1', name: 'B' },
          ],
        },
      },
    });
    expect(twice).toMatchObject({
      ok: false,
      error: { code: 'invalidInput', message: expect.stringContaining('t1 is used twice') },
    });
    const huge = await s.invoke('patchChart', {
      id,
      patch: { fields: { opportunities: [{ id: 'o1', name: 'Big', budget: { amount: 1e308 } }] } },
    });
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(s.workspace().get(id)).toMatchObject({ team: [], opportunities: [] });
    const fine = await s.invoke('patchChart', { id, patch: { fields: { team: [{ id: 't1', name: 'A' }], owner: 'Li Na' } } });
    expect(fine).toMatchObject({ ok: true });
    expect(s.workspace().get(id)).toMatchObject({ team: [{ id: 't1', name: 'A' }], owner: 'Li Na' });
    await s.close();
  });

  it('refuses an unknown call by name', async () => {
    const s = await session();
    expect(await s.invoke('constructor', {})).toMatchObject({
      ok: false,
      error: { code: 'invalidInput', message: 'Unknown call "constructor".' },
    });
    expect(await s.invoke('deleteEverything', {})).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    await s.close();
  });

  it('drops unknown keys and cannot be polluted through __proto__', async () => {
    const s = await session();
    const input = JSON.parse('{"name":"Acme","__proto__":{"polluted":true},"extra":1}');
    const result = await s.invoke('createAccount', input);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const { id } = (result as { value: { id: string } }).value;
    // zod drops a "__proto__" key: nothing reaches the stored record or any prototype.
    const positions = JSON.parse('{"__proto__":{"x":1,"y":2}}');
    expect(await s.invoke('patchChart', { id, patch: { positions } })).toMatchObject({ ok: true });
    const stored = s.workspace().get(id).canvas.positions;
    expect(Object.getPrototypeOf(stored)).toBe(Object.prototype);
    expect(Object.keys(stored)).toEqual([]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    await s.close();
  });

  it('changes only the settings named in a patch', async () => {
    const s = await session();
    await s.invoke('updateSettings', { language: 'zh-CN' });
    expect(await s.invoke('updateSettings', { theme: 'dark' })).toMatchObject({
      ok: true,
      value: { language: 'zh-CN', theme: 'dark' },
    });
    expect(await s.invoke('updateSettings', { language: null })).toMatchObject({
      ok: true,
      value: { language: null, theme: 'dark' },
    });
    await s.close();
  });

  it('answers a missing account with notFound, not a crash', async () => {
    const s = await session();
    expect(await s.invoke('getAccount', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'notFound' } });
    await s.close();
  });

  it('asks the host for folders and records the chosen workspace', async () => {
    const host = new TestHost();
    const next = await tempDir();
    host.answerFolder(next);
    const s = await openSession({
      workspaceDir: await tempDir(),
      host,
      appDataDir: null,
      defaultLanguage: 'en',
      seedDemoIfEmpty: false,
    });
    expect(await s.invoke('chooseWorkspaceFolder', {})).toEqual({ ok: true, value: { path: next } });
    expect(await s.invoke('switchWorkspace', { path: next })).toMatchObject({ ok: true, value: { path: next } });
    expect(await s.invoke('chooseWorkspaceFolder', {})).toEqual({ ok: true, value: { path: null } });
    await s.close();
  });
});
