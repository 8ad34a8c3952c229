import { describe, expect, it } from 'vitest';
import { checkProgress, isFinished } from '@/lib/sprint-check/progress';

describe('checkProgress', () => {
  it.each([
    ['Data Center, running: n of N', { status: 'running', done: 34, total: 120, truncated: false }, { done: 34, total: 120, percent: 28, text: 'of-total' }],
    ['Cloud, running: n so far', { status: 'running', done: 34, truncated: false }, { done: 34, text: 'so-far' }],
    ['Cloud, done: the count is the total', { status: 'done', done: 250, truncated: false }, { done: 250, total: 250, percent: 100, text: 'of-total' }],
    ['Cloud, done at the cap: total unknown', { status: 'done', done: 5000, truncated: true }, { done: 5000, text: 'so-far' }],
    ['Cloud, cancelled: n so far', { status: 'cancelled', done: 100, truncated: false }, { done: 100, text: 'so-far' }],
    ['nothing matched', { status: 'done', done: 0, truncated: false }, { done: 0, total: 0, percent: 100, text: 'of-total' }],
    ['Jira grew during the check: never past 100 %', { status: 'running', done: 130, total: 120, truncated: false }, { done: 120, total: 120, percent: 100, text: 'of-total' }],
  ] as const)('%s', (_name, run, expected) => {
    expect(checkProgress(run)).toEqual(expected);
  });

  it('knows when a run is over', () => {
    expect(isFinished(null)).toBe(false);
    expect(isFinished({ status: 'running' })).toBe(false);
    expect(isFinished({ status: 'failed' })).toBe(true);
  });
});
