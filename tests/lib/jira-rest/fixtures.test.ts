// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { plainToAdf, plainToWiki } from '@/demo/jira-rest-mock';
import { adfToText } from '@/lib/jira-rest/adf-to-text';
import { toJiraIssue } from '@/lib/jira-rest/issue';
import { cloudSearchPageSchema, dcSearchPageSchema, errorEnvelopeSchema, rawIssueSchema } from '@/lib/jira-rest/schemas';
import { readSharedAnswer } from '@/lib/jira-rest/shared-answer';
import { wikiToText } from '@/lib/jira-rest/wiki-to-text';
import { fixtureNames, readFixture } from './fixtures';

type Json = Record<string, unknown>;

/** Runs a fixture through every parser that applies to its shape; returns what it was read as. */
function parseFixture(json: Json): string[] {
  const readAs: string[] = [];
  if (typeof json.key === 'string' && typeof json.fields === 'object') {
    const raw = rawIssueSchema.parse(json);
    toJiraIssue(raw, '2');
    toJiraIssue(raw, '3');
    readAs.push('issue');
  }
  if (Array.isArray(json.issues)) {
    const envelope = 'total' in json ? dcSearchPageSchema.parse(json) : cloudSearchPageSchema.parse(json);
    for (const issue of envelope.issues) toJiraIssue(rawIssueSchema.parse(issue), '3');
    readAs.push('search');
  }
  if (json.type === 'doc') {
    expect(adfToText(json)).not.toBe('');
    readAs.push('adf');
  }
  if ('errorMessages' in json) {
    errorEnvelopeSchema.parse(json);
    readAs.push('error');
  }
  if (typeof json.key === 'string' && 'value' in json) {
    expect(readSharedAnswer({ 'customer-benefit-check': json.value }).status).toBe('invalid');
    readAs.push('property');
  }
  if (Array.isArray(json.keys)) readAs.push('property-keys');
  if (typeof json.fields === 'object' && json.key === undefined) {
    const fields = json.fields as Json;
    adfToText(fields.description);
    wikiToText(fields.description);
    readAs.push('request');
  }
  if (json.definitions !== undefined) readAs.push('schema');
  return readAs;
}

describe('every real fixture parses', () => {
  const names = fixtureNames('.json');

  it('finds the fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(25);
  });

  it.each(names)('%s', (name) => {
    const json = readFixture(name) as Json;
    expect(() => parseFixture(json)).not.toThrow();
    expect(parseFixture(json)).not.toEqual([]);
  });

  it('converts every issue description in the fixtures without throwing', () => {
    for (const name of names) {
      const json = readFixture(name) as Json;
      const issues = Array.isArray(json.issues) ? (json.issues as Json[]) : [json];
      for (const issue of issues) {
        const description = (issue.fields as Json | undefined)?.description;
        expect(() => [adfToText(description), wikiToText(description)]).not.toThrow();
      }
    }
  });
});

describe('mock descriptions read the same on both flavours', () => {
  it.each([
    ['As a shopper I want X so that Y.', 'As a shopper I want X so that Y.'],
    ['Line one\nline two\n\n## Evidence\n- a\n- b\n\nEnd.', 'Line one\nline two\n\nEvidence\n\n- a\n- b\n\nEnd.'],
    ['', ''],
  ])('%j', (plain, expected) => {
    expect(adfToText(plainToAdf(plain))).toBe(expected);
    expect(wikiToText(plainToWiki(plain))).toBe(expected);
  });
});
