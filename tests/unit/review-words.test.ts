import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { moveText } from '../../renderer/src/features/review/review-text';
import { STRINGS } from '../../shared/i18n';
import type { PersonState } from '../../shared/logic/history/states';
import { Competitor } from '../../shared/model/account';
import type { Language } from '../../shared/taxonomy/keys';

// "Since the last review" in words: a leaning that only grew firmer says how strongly on both
// sides (it read "Us → Us"); a leaning without a strength reads as before.

const ts = {} as Record<Language, TFunction>;
beforeAll(async () => {
  for (const lng of ['en', 'zh-CN'] as const) {
    const instance = i18next.createInstance();
    await instance.init({ resources: { [lng]: { translation: STRINGS[lng] } }, lng, interpolation: { escapeValue: false } });
    ts[lng] = instance.t.bind(instance) as TFunction;
  }
});

const leaning = (kind: PersonState['leaning']['kind'], strength: number | null, competitorId: string | null = null) => ({
  kind,
  competitorId,
  strength,
});
const competitors = [Competitor.parse({ id: 'ns', name: 'Northstar' })];

describe('a leaning move in words', () => {
  it('names the strength on both sides, so a firmer leaning to us is not "Us → Us"', () => {
    const move = { field: 'leaning', from: leaning('us', 1), to: leaning('us', 3), direction: 'up' } as const;
    expect(moveText(move, competitors, ts.en, 'en')).toBe('leaning Us, slightly → Us, firmly');
    expect(moveText(move, competitors, ts['zh-CN'], 'zh-CN')).toBe('倾向 倾向我们，略微 → 倾向我们，坚定');
  });

  it('names the competitor, with the strength when known; none and not known have no strength', () => {
    const move = { field: 'leaning', from: leaning('unknown', null), to: leaning('competitor', 2, 'ns'), direction: 'changed' } as const;
    expect(moveText(move, competitors, ts.en, 'en')).toBe('leaning Not known → A competitor (Northstar), clearly');
    const none = { field: 'leaning', from: leaning('none', 2), to: leaning('us', null), direction: 'up' } as const;
    expect(moveText(none, competitors, ts.en, 'en')).toBe('leaning No one → Us');
  });
});
