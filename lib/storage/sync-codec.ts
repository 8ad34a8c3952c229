import { ANSWER_FIELDS, ANSWER_VERSION, type Answer, answerSchema } from './answer-schema';
import { decodeBase91, encodeBase91 } from './base91';
import { deflateRaw, inflateRaw } from './deflate';

/**
 * The compact encoding of answers in `storage.sync`: several answers per item, as positional tuples,
 * deflated and written as basE91 text. The first character is the encoding's version, so a newer
 * build's items are recognised and left alone rather than misread.
 */
export const SYNC_CODEC_VERSION = '1';

type Tuple = [
  site: number,
  key: string,
  summary: string,
  customer: string,
  benefit: string,
  evidence: string,
  note: string,
  verdict: 0 | 1 | 2,
  analysis: 0 | [verdict: 1 | 2, score: number, flags: string[]],
  createdAt: string,
  updatedAt: string,
  /** Per field: how long before `updatedAt` it changed, base 36 ms; '' when it never did. */
  fieldAges: string[],
];

const VERDICTS = [null, 'clear', 'unclear'] as const;
const b36 = (n: number): string => Math.round(n).toString(36);
const from36 = (s: string): number => parseInt(s, 36);

function toTuple(answer: Answer, sites: string[]): Tuple {
  let site = sites.indexOf(answer.site);
  if (site < 0) site = sites.push(answer.site) - 1;
  const { analysis } = answer;
  return [
    site,
    answer.key,
    answer.summary,
    answer.customer,
    answer.benefit,
    answer.evidence,
    answer.note,
    VERDICTS.indexOf(answer.verdict) as 0 | 1 | 2,
    analysis ? [analysis.verdict === 'clear' ? 1 : 2, analysis.score, analysis.flags] : 0,
    b36(answer.createdAt),
    b36(answer.updatedAt),
    ANSWER_FIELDS.map((f) => {
      const at = answer.fieldUpdatedAt[f];
      return at === undefined ? '' : b36(answer.updatedAt - at);
    }),
  ];
}

function fromTuple(tuple: Tuple, sites: string[]): unknown {
  const [site, key, summary, customer, benefit, evidence, note, verdict, analysis, created, updated, ages] = tuple;
  const updatedAt = from36(updated);
  const fieldUpdatedAt: Record<string, number> = {};
  ANSWER_FIELDS.forEach((f, i) => {
    const age = ages[i];
    if (age) fieldUpdatedAt[f] = updatedAt - from36(age);
  });
  return {
    version: ANSWER_VERSION,
    site: sites[site],
    key,
    summary,
    customer,
    benefit,
    evidence,
    note,
    verdict: VERDICTS[verdict],
    ...(analysis ? { analysis: { verdict: analysis[0] === 1 ? 'clear' : 'unclear', score: analysis[1], flags: analysis[2] } } : {}),
    createdAt: from36(created),
    updatedAt,
    fieldUpdatedAt,
  };
}

/** One answer as the encoding sees it: equal fingerprints mean sync already holds this version. */
export function syncFingerprint(answer: Answer): string {
  return answer.site + JSON.stringify(toTuple(answer, []));
}

export async function encodeChunk(answers: Answer[]): Promise<string> {
  const sites: string[] = [];
  const tuples = answers.map((answer) => toTuple(answer, sites));
  const bytes = new TextEncoder().encode(JSON.stringify([sites, tuples]));
  return SYNC_CODEC_VERSION + encodeBase91(await deflateRaw(bytes));
}

export type DecodedChunk = { kind: 'ok'; answers: Answer[] } | { kind: 'future' } | { kind: 'invalid'; reason: string };

export async function decodeChunk(value: unknown): Promise<DecodedChunk> {
  if (typeof value !== 'string' || value.length === 0) return { kind: 'invalid', reason: 'not an encoded chunk' };
  const version = value[0]!;
  if (version !== SYNC_CODEC_VERSION) {
    return /^[0-9]$/.test(version) && version > SYNC_CODEC_VERSION ? { kind: 'future' } : { kind: 'invalid', reason: `unknown encoding ${version}` };
  }
  try {
    const json = new TextDecoder().decode(await inflateRaw(decodeBase91(value.slice(1))));
    const [sites, tuples] = JSON.parse(json) as [string[], Tuple[]];
    const answers = tuples.map((tuple) => answerSchema.parse(fromTuple(tuple, sites)));
    return { kind: 'ok', answers };
  } catch (error) {
    return { kind: 'invalid', reason: `undecodable chunk: ${String(error)}` };
  }
}
