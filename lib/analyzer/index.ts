/**
 * The benefit analyzer: given a ticket's text, who it names as the customer, what benefit it
 * states, whether that is clear, and what to write when it is not. Pure TypeScript with no
 * dependencies and no extension APIs, so the panel, the batch check and the CLI share it.
 */
import { checkAnnotation } from './annotation';
import { type BenefitFinding, findBenefits, impactBenefit } from './benefit';
import type { Context } from './context';
import { contextOf } from './context-of';
import {
  type CustomerFinding, findBeneficiary, findImpact, findTemplateRole, sectionCustomer,
} from './customer';
import { findEvidence } from './evidence';
import { SCORE, makeFlag } from './flags';
import { isVagueBenefit, restatesFeature, speaksOnlyOfInternals } from './quality';
import { type Section, findSections } from './sections';
import { analyzedText } from './text';
import type { Analysis, AnalyzerInput, Flag } from './types';

export type {
  Analysis, AnalyzerInput, Annotation, Flag, FlagCode, Lang, Severity, Span, Verdict,
} from './types';
export { analyzedText, MAX_ANALYZED_CHARS } from './text';
export { FLAG_TEXT } from './flags';

interface TicketFindings {
  customer: CustomerFinding | null;
  benefit: BenefitFinding | null;
}

function findCustomerAndBenefit(ctx: Context, sections: readonly Section[]): TicketFindings {
  const section = sections.find((s) => s.kind === 'customer' && s.to > s.from);
  let customer = findTemplateRole(ctx) ?? (section ? sectionCustomer(ctx, section.from, section.to) : null);
  let benefit = findBenefits(ctx, sections, customer?.kind === 'template')[0] ?? null;
  if (!customer || !benefit) {
    const impact = findImpact(ctx);
    if (impact) {
      customer ??= impact.customer;
      benefit ??= impactBenefit(ctx, impact.at, impact.clauseEnd);
    }
  }
  if (!customer && benefit) customer = findBeneficiary(ctx, benefit.from, benefit.to);
  return { customer, benefit };
}

/** The ticket's want, or failing that its summary: what a benefit must not merely repeat. */
function featureRange(ctx: Context, benefit: BenefitFinding | null): { from: number; to: number } | null {
  if (benefit?.want) return benefit.want;
  const first = ctx.sentences[0];
  return first ? { from: first.from, to: first.to } : null;
}

export function analyze(input: AnalyzerInput): Analysis {
  const ctx = contextOf(analyzedText(input));
  const sections = findSections(ctx);
  const { customer, benefit } = findCustomerAndBenefit(ctx, sections);
  const evidence = findEvidence(ctx, sections);
  const ann = checkAnnotation(input.annotation, ctx, featureRange(ctx, benefit));
  const isBug = /bug|defect|błąd/i.test(input.issueType ?? '');

  const hasCustomer = customer !== null || ann.customer !== null;
  const customerVague = ann.customer ? ann.customer.vague : (customer?.vague ?? false);
  const ticketBenefit = benefit && {
    vague: isVagueBenefit(ctx, benefit),
    restates: benefit.kind !== 'section' && benefit.kind !== 'impact' && restatesFeature(ctx, benefit),
  };
  const annPasses = ann.benefit !== null && !ann.benefit.vague && !ann.benefit.restates;
  const ticketPasses = ticketBenefit !== null && !ticketBenefit.vague && !ticketBenefit.restates;
  // The team's answer wins when it passes; when nothing passes, say what is wrong with their text.
  const judged = annPasses || ticketPasses ? null : (ann.benefit ?? ticketBenefit);
  const judgedSpan = judged === ticketBenefit ? (benefit?.span ?? null) : null;
  const hasBenefit = benefit !== null || ann.benefit !== null;
  const hasEvidence = evidence !== null || ann.evidence;

  const flags: Flag[] = [];
  if (!hasCustomer) {
    const internal = benefit !== null && speaksOnlyOfInternals(ctx, benefit, input.labels ?? []);
    flags.push(makeFlag(internal ? 'internal-only' : 'no-customer', null, isBug));
  } else if (customerVague) {
    flags.push(makeFlag('vague-customer', ann.customer ? null : (customer?.span ?? null), isBug));
  }
  if (!hasBenefit) flags.push(makeFlag('no-benefit', null, isBug));
  else if (judged?.restates) flags.push(makeFlag('restates-feature', judgedSpan, isBug));
  else if (judged?.vague) flags.push(makeFlag('vague-benefit', judgedSpan, isBug));
  if (!hasEvidence) flags.push(makeFlag('no-evidence', null, isBug));

  const score =
    (hasCustomer ? (customerVague ? SCORE.vagueCustomer : SCORE.customer) : 0) +
    (hasBenefit ? (judged ? SCORE.weakBenefit : SCORE.benefit) : 0) +
    (hasEvidence ? SCORE.evidence : 0);
  const suggestion: Analysis['suggestion'] = {};
  if (customer) suggestion.customer = customer.span.text;
  if (benefit) suggestion.benefit = benefit.span.text;
  if (evidence) suggestion.evidence = evidence.text;

  return {
    lang: ctx.lang,
    hasCustomer,
    hasBenefit,
    customer: customer?.span ?? null,
    benefit: benefit?.span ?? null,
    evidence,
    score,
    verdict: flags.some((f) => f.severity === 'error') ? 'unclear' : 'clear',
    flags,
    suggestion,
  };
}
