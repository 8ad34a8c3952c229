import { describe, expect, it } from 'vitest';
import type { SharedAnswer } from '@/lib/jira-rest/shared-answer';
import { decideSharedMerge, toSharedAnswer } from '@/lib/sharing/shared-merge';
import { type Answer, emptyAnswer } from '@/lib/storage/answer-schema';
import { applyTimedFields } from '@/lib/storage/answer-merge';

const REF = { site: 'https://acme.atlassian.net', key: 'SHOP-1' };
const ANA = { accountId: 'acc-ana', displayName: 'Ana Kowalska' };

function local(fields: Partial<Pick<Answer, 'customer' | 'benefit' | 'evidence' | 'note' | 'verdict'>>, at: number): Answer {
  const answer = { ...emptyAnswer(REF, 1_000), ...fields, updatedAt: at };
  for (const field of Object.keys(fields) as (keyof typeof fields)[]) answer.fieldUpdatedAt[field] = at;
  return answer;
}

function shared(fields: Partial<SharedAnswer>, updatedAt: number): SharedAnswer {
  return { version: 1, customer: '', benefit: '', evidence: '', note: '', verdict: null, updatedAt, sharedBy: ANA, ...fields };
}

describe('decideSharedMerge: a newer answer in Jira wins, the local one is kept for undo', () => {
  it.each([
    ['no local answer: Jira’s fields are taken, nothing to put back', null, shared({ customer: 'Shoppers' }, 5_000), { customer: { value: 'Shoppers', at: 5_000 } }, {}, false],
    ['Jira newer than the local field: taken, local kept', local({ customer: 'Users' }, 2_000), shared({ customer: 'Shoppers' }, 5_000), { customer: { value: 'Shoppers', at: 5_000 } }, { customer: 'Users' }, false],
    ['local newer than Jira: kept, and it is news for the team', local({ customer: 'Users' }, 9_000), shared({ customer: 'Shoppers' }, 5_000), {}, {}, true],
    ['a tie keeps the local value', local({ customer: 'Users' }, 5_000), shared({ customer: 'Shoppers' }, 5_000), {}, {}, true],
    ['same words: nothing to do either way', local({ customer: 'Shoppers' }, 1_000), shared({ customer: 'Shoppers' }, 5_000), {}, {}, false],
    ['the verdict merges like text', local({ verdict: 'clear' }, 2_000), shared({ verdict: 'unclear' }, 5_000), { verdict: { value: 'unclear', at: 5_000 } }, { verdict: 'clear' }, false],
    ['a blank local field is filled without an undo', local({ benefit: 'Pay in one step' }, 2_000), shared({ benefit: 'Pay in one step', evidence: 'Drop-off < 20 %' }, 5_000), { evidence: { value: 'Drop-off < 20 %', at: 5_000 } }, {}, false],
    ['a field cleared in Jira later clears it here (and the words stay undoable)', local({ note: 'Ask Ana' }, 2_000), shared({}, 5_000), { note: { value: '', at: 5_000 } }, { note: 'Ask Ana' }, false],
  ])('%s', (_name, mine, theirs, take, replaced, localNewer) => {
    expect(decideSharedMerge(mine, theirs)).toEqual({ take, replaced, localNewer });
  });

  it('goes field by field: an older Jira answer still wins for fields this browser wrote even earlier', () => {
    const mine = { ...local({ customer: 'Users' }, 2_000) };
    mine.benefit = 'Faster';
    mine.fieldUpdatedAt.benefit = 9_000;
    expect(decideSharedMerge(mine, shared({ customer: 'Shoppers', benefit: 'Pay in one step' }, 5_000))).toEqual({
      take: { customer: { value: 'Shoppers', at: 5_000 } },
      replaced: { customer: 'Users' },
      localNewer: true,
    });
  });

  it('uses each shared field’s own time: a teammate’s untouched old note never beats a newer local note', () => {
    const mine = local({ note: 'Ask support first' }, 10_000); // written here while offline
    const ana = shared({ benefit: 'Pay in one step', note: 'old note' }, 10_005);
    ana.fieldUpdatedAt = { benefit: 10_005, note: 1_000 }; // Ana changed only the benefit
    expect(decideSharedMerge(mine, ana)).toEqual({
      take: { benefit: { value: 'Pay in one step', at: 10_005 } },
      replaced: {},
      localNewer: true,
    });
  });

  it('writes each field’s time into what it shares', () => {
    const mine = local({ customer: 'Shoppers', note: 'x' }, 3_000);
    mine.fieldUpdatedAt.customer = 2_000;
    expect(toSharedAnswer(mine, ANA)).toMatchObject({ updatedAt: 3_000, fieldUpdatedAt: { customer: 2_000, note: 3_000 } });
  });

  it.each([
    ['an empty local answer has nothing to share', emptyAnswer(REF, 1), false],
    ['any written field is news when Jira has no answer', local({ note: 'x' }, 2), true],
    ['no answer at all', null, false],
  ])('without an answer in Jira: %s', (_name, mine, localNewer) => {
    expect(decideSharedMerge(mine, null)).toEqual({ take: {}, replaced: {}, localNewer });
  });

  it('applied with the store’s timed merge, the replaced value becomes the answer’s undo', () => {
    const mine = local({ customer: 'Users' }, 2_000);
    const { take } = decideSharedMerge(mine, shared({ customer: 'Shoppers' }, 5_000));
    const merged = applyTimedFields(mine, take);
    expect(merged).toMatchObject({ customer: 'Shoppers', fieldUpdatedAt: { customer: 5_000 }, undo: { field: 'customer', value: 'Users', at: 2_000 } });
    expect(decideSharedMerge(merged, shared({ customer: 'Shoppers' }, 5_000))).toEqual({ take: {}, replaced: {}, localNewer: false });
  });
});

describe('toSharedAnswer', () => {
  it('writes the fields, the time the text last changed (not the analysis) and who shared it', () => {
    const answer: Answer = {
      ...local({ customer: 'Shoppers', verdict: 'clear' }, 4_000),
      analysis: { verdict: 'clear', score: 0.9, flags: [] },
      updatedAt: 7_000,
    };
    expect(toSharedAnswer(answer, ANA)).toEqual({
      version: 1,
      customer: 'Shoppers',
      benefit: '',
      evidence: '',
      verdict: 'clear',
      note: '',
      updatedAt: 4_000,
      fieldUpdatedAt: { customer: 4_000, verdict: 4_000 },
      sharedBy: ANA,
    });
  });
});
