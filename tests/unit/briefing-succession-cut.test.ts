import { describe, expect, it } from 'vitest';
import { writeDemoWorkspace } from '../../electron/services/demo-workspace';
import { openDesk } from '../support/sharing';
import { tempDir } from '../support/temp';

// Issue 18: a briefing's data is cut in the services. Who held which post when (the bank's
// Procurement post: Fang Jianguo retired, Deng Hai since) is map level and reaches the print route
// at every level; the note on why he left and his dossier reach it at full only.

const NOTE = 'Retired at the age limit';
const DOSSIER = ['Xiaogan, Hubei', 'card-table friend'];

describe('the briefing data handed to the print route: successions and former people', () => {
  it('holds the succession at every level, its note and the former person’s dossier at full only', async () => {
    const dir = await tempDir();
    await writeDemoWorkspace(dir, 'en');
    const desk = await openDesk(dir);
    try {
      const text: Record<'map' | 'team' | 'full', string> = { map: '', team: '', full: '' };
      // The demo's dates move with the day it is written: the stored succession is the reference.
      const [stored] = desk.session.workspace().get('bank').successions;
      expect(stored).toMatchObject({ id: 'bk_p09', postId: 'bk_p07', how: 'retired' });
      expect(stored!.note).toContain(NOTE);
      for (const level of ['map', 'team', 'full'] as const) {
        const data = await desk.call('briefingData', { accountId: 'bank', level, language: 'en' });
        text[level] = JSON.stringify(data);
        expect(data.account.successions, level).toEqual([level === 'full' ? stored : { ...stored, note: '' }]);
        expect(data.account.formerPeople.map((p) => p.name), level).toEqual(['Fang Jianguo']);
        expect(data.account.people.find((p) => p.id === 'bk_p07')?.name, level).toBe('Deng Hai');
      }
      for (const level of ['map', 'team'] as const) {
        expect(text[level], level).not.toContain(NOTE);
        for (const words of DOSSIER) expect(text[level], `${level}: ${words}`).not.toContain(words);
      }
      expect(text.full).toContain(NOTE);
      for (const words of DOSSIER) expect(text.full).toContain(words);
    } finally {
      await desk.session.close();
    }
  });
});
