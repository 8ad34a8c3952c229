import type { Answer } from '@/lib/storage/answer-schema';
import { type EffectiveVerdict, type VerdictSource, effectiveVerdict, verdictSource } from './effective-verdict';

/** One line of the review table: an answer flattened, with what filtering and sorting need precomputed. */
export interface TicketRow {
  /** `site|key`, unique across sites. */
  id: string;
  site: string;
  key: string;
  /** The key's project part: `SHOP` of `SHOP-12`. */
  project: string;
  /** The key's number, for natural sorting. */
  number: number;
  summary: string;
  customer: string;
  benefit: string;
  evidence: string;
  note: string;
  verdict: EffectiveVerdict;
  source: VerdictSource;
  /** The analyzer's flag codes, e.g. `no-customer`. */
  flags: string[];
  updatedAt: number;
  url: string;
  /** Lower-cased, diacritic-folded text of every searchable column. */
  haystack: string;
}

/** A ticket belongs in the review when the team wrote something or decided, or the analyzer checked it. */
export function isListed(answer: Answer): boolean {
  return Boolean(
    answer.customer || answer.benefit || answer.evidence || answer.note || answer.verdict || answer.analysis,
  );
}

/** The issue's page on its site; `site` already holds a Data Center context path. */
export function issueUrl(site: string, key: string): string {
  return `${site}/browse/${encodeURIComponent(key)}`;
}

/** Lower case without diacritics, so "zolw" finds "Żółw" (ł does not decompose, hence the extra step). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ł/g, 'l');
}

export function toTicketRow(answer: Answer): TicketRow {
  const dash = answer.key.lastIndexOf('-');
  const flags = answer.analysis?.flags ?? [];
  const text = [answer.key, answer.summary, answer.customer, answer.benefit, answer.evidence, answer.note, ...flags];
  return {
    id: `${answer.site}|${answer.key}`,
    site: answer.site,
    key: answer.key,
    project: dash > 0 ? answer.key.slice(0, dash) : answer.key,
    number: dash > 0 ? Number(answer.key.slice(dash + 1)) || 0 : 0,
    summary: answer.summary,
    customer: answer.customer,
    benefit: answer.benefit,
    evidence: answer.evidence,
    note: answer.note,
    verdict: effectiveVerdict(answer),
    source: verdictSource(answer),
    flags,
    updatedAt: answer.updatedAt,
    url: issueUrl(answer.site, answer.key),
    haystack: foldText(text.join('\n')),
  };
}

export function toTicketRows(answers: readonly Answer[]): TicketRow[] {
  return answers.filter(isListed).map(toTicketRow);
}
