import { describe, expect, it } from 'vitest';
import { commonGround, termsOf } from '../../shared/logic/common-ground';
import { TeamMember } from '../../shared/model/account';
import { Dossier } from '../../shared/model/person';

const member = (m: Record<string, string>) => TeamMember.parse({ id: 'm1', name: 'Li Lei', ...m });

describe('common ground between a client and our team', () => {
  it('splits free-text lists in both languages and drops one-letter noise', () => {
    expect(termsOf('swimming, Go; 川菜、茶叶 and hiking')).toEqual(['swimming', 'Go', '川菜', '茶叶', 'hiking']);
    expect(termsOf('a, 茶')).toEqual([]);
    // 和 is inside too many words to split on.
    expect(termsOf('和平精英、日本和食')).toEqual(['和平精英', '日本和食']);
  });

  it('finds the same hometown and university, also when one names more than the other', () => {
    const dossier = Dossier.parse({ hometown: '河南郑州', university: 'Tsinghua University' });
    const found = commonGround(dossier, [
      member({ hometown: '郑州', university: 'tsinghua university.' }),
      member({ id: 'm2', hometown: '上海' }),
    ]);
    expect(found).toEqual([
      { memberId: 'm1', field: 'hometown', theirs: '河南郑州', ours: '郑州' },
      { memberId: 'm1', field: 'university', theirs: 'Tsinghua University', ours: 'tsinghua university.' },
    ]);
  });

  it("matches our member's interests against the sports, food, books and travel in the dossier", () => {
    const dossier = Dossier.parse({
      sports: '羽毛球、Swimming',
      food: 'Sichuan food',
      books: '三体',
      nextVacation: 'Yunnan in May',
    });
    const found = commonGround(dossier, [member({ interests: 'swimming, 三体, golf' })]);
    expect(found.map((f) => [f.field, f.theirs, f.ours])).toEqual([
      ['sports', 'Swimming', 'swimming'],
      ['books', '三体', '三体'],
    ]);
  });

  it('finds nothing in empty records, and no match on a single shared character', () => {
    expect(commonGround(Dossier.parse({}), [member({ hometown: '郑州' })])).toEqual([]);
    expect(commonGround(Dossier.parse({ hometown: '州' }), [member({ hometown: '郑州' })])).toEqual([]);
    // A short word is matched whole only: Go (the game) is not golf.
    expect(commonGround(Dossier.parse({ sports: 'golf' }), [member({ interests: 'Go' })])).toEqual([]);
    expect(commonGround(Dossier.parse({ sports: 'Go' }), [member({ interests: 'go' })]).map((f) => f.theirs)).toEqual(['Go']);
  });
});
