import { describe, expect, it } from 'vitest';
import { answerRefKey } from '@/lib/storage/answer-merge';
import { type Answer, emptyAnswer } from '@/lib/storage/answer-schema';
import { decodeChunk } from '@/lib/storage/sync-codec';
import { hasTeamInput, planSync } from '@/lib/storage/sync-plan';
import { typicalAnswer } from './helpers';

const T0 = 1_736_000_000_000;
const SITE = 'https://acme.atlassian.net';

/** What a sprint check writes (lib/sprint-check/check-records.ts): the analyzer's verdict, no team fields. */
function checkOnly(i: number): Answer {
  return {
    ...emptyAnswer({ site: SITE, key: `CHK-${i}` }, T0),
    summary: `Checked issue ${i} with a summary of a typical length for Jira`,
    analysis: { verdict: i % 3 === 0 ? 'unclear' : 'clear', score: 40, flags: ['no-customer', 'no-evidence'] },
    updatedAt: T0 + i,
  };
}

async function syncedKeys(set: Record<string, string>): Promise<string[]> {
  const keys: string[] = [];
  for (const value of Object.values(set)) {
    const decoded = await decodeChunk(value);
    if (decoded.kind === 'ok') keys.push(...decoded.answers.map(answerRefKey));
  }
  return keys.sort();
}

describe('hasTeamInput', () => {
  it.each<[boolean, string, Partial<Answer>]>([
    [false, 'only the analyzer’s judgement', { analysis: { verdict: 'unclear', score: 0, flags: [] } }],
    [true, 'a customer', { customer: 'Agents' }],
    [true, 'a note', { note: 'ask Ola' }],
    [true, 'the team’s verdict', { verdict: 'unclear' }],
    [true, 'a field the team cleared (its time stays)', { fieldUpdatedAt: { customer: T0 } }],
  ])('%s for %s', (expected, _what, patch) => {
    expect(hasTeamInput({ ...emptyAnswer({ site: SITE, key: 'A-1' }, T0), ...patch })).toBe(expected);
  });
});

describe('planSync with checked issues', () => {
  it('leaves 1,000 check-only records out of sync and keeps every team answer in it', async () => {
    const team = Array.from({ length: 20 }, (_, i) => typicalAnswer(i, T0 - i * 1_000));
    const checks = Array.from({ length: 1_000 }, (_, i) => checkOnly(i));
    // Checks are newer: were they synced, most-recent-first would put them before the team's answers.
    const plan = await planSync({ answers: [...checks, ...team], chunks: {}, foreignBytes: 0, foreignItems: 0 });

    expect(await syncedKeys(plan.set)).toEqual(team.map(answerRefKey).sort());
    expect(plan.deviceOnly).toEqual({});
    expect(plan.bytes).toBeLessThan(20_000);
    // Never "waiting to sync": nothing of a check needs to leave the device.
    expect(plan.synced[answerRefKey(checks[0]!)]).toBe(checks[0]!.updatedAt);
    expect(Object.keys(plan.synced)).toHaveLength(1_020);
  });

  it('syncs a checked issue once the team answers it', async () => {
    const checked = checkOnly(1);
    const answered: Answer = { ...checked, verdict: 'clear', fieldUpdatedAt: { verdict: T0 + 5 }, updatedAt: T0 + 5 };
    const before = await planSync({ answers: [checked], chunks: {}, foreignBytes: 0, foreignItems: 0 });
    expect(before.set).toEqual({});
    const after = await planSync({ answers: [answered], chunks: {}, foreignBytes: 0, foreignItems: 0 });
    expect(await syncedKeys(after.set)).toEqual([answerRefKey(answered)]);
  });
});
