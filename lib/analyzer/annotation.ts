import type { BenefitFinding } from './benefit';
import { contextOf } from './context-of';
import type { Context } from './context';
import { isVagueRole } from './customer';
import { hasEvidenceWords } from './evidence';
import { contentStems, isVagueBenefit } from './quality';
import type { Annotation } from './types';

/** How the team's own answers fare under the checks the ticket text gets. */
export interface AnnotationCheck {
  customer: { vague: boolean } | null;
  benefit: { vague: boolean; restates: boolean } | null;
  evidence: boolean;
}

const HAS_TEXT = /[\p{L}\p{N}]/u;

function wholeFinding(ctx: Context): BenefitFinding {
  const end = ctx.tokens.at(-1)?.e ?? 0;
  return { span: { start: 0, end, text: ctx.text }, kind: 'clause', from: 0, to: ctx.tokens.length, want: null };
}

/** `want` is the ticket's own want (or summary), to catch an answer that restates the feature. */
export function checkAnnotation(a: Annotation | undefined, ticket: Context, want: { from: number; to: number } | null): AnnotationCheck {
  const result: AnnotationCheck = { customer: null, benefit: null, evidence: false };
  if (!a) return result;
  if (a.customer && HAS_TEXT.test(a.customer)) {
    const ctx = contextOf(a.customer.slice(0, 1000), ticket.lang);
    result.customer = { vague: isVagueRole(ctx.tokens.filter((t) => t.word).map((t) => t.w)) };
  }
  if (a.benefit && HAS_TEXT.test(a.benefit)) {
    const ctx = contextOf(a.benefit.slice(0, 2000), ticket.lang);
    const stems = contentStems(ctx, 0, ctx.tokens.length);
    const wanted = new Set(want ? contentStems(ticket, want.from, want.to) : []);
    const repeated = stems.filter((s) => wanted.has(s)).length;
    result.benefit = {
      vague: isVagueBenefit(ctx, wholeFinding(ctx)),
      restates: stems.length > 0 && repeated / stems.length >= 0.75,
    };
  }
  if (a.evidence && HAS_TEXT.test(a.evidence)) {
    result.evidence = hasEvidenceWords(contextOf(a.evidence.slice(0, 2000), ticket.lang)) || a.evidence.trim().length >= 12;
  }
  return result;
}
