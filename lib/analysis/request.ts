import { browser } from 'wxt/browser';
import type { Analysis, AnalyzerInput } from '@/lib/analyzer';

/**
 * The analyzer runs in the background, not in the content script: it would take a third of the
 * content script's 40 KB budget, and Jira's page should carry as little of ours as possible.
 * This file is the content side and must stay free of the analyzer and of zod.
 */
export const ANALYZE_MESSAGE = 'cbc:analyze';

/** The analysis of a ticket and the team's answers, computed by the background. */
export async function requestAnalysis(input: AnalyzerInput): Promise<Analysis> {
  const reply: unknown = await browser.runtime.sendMessage({ type: ANALYZE_MESSAGE, input });
  if (!isAnalysis(reply)) throw new Error('The background sent no analysis');
  return reply;
}

/** The content script trusts its own background, but checks the shape it renders from. */
function isAnalysis(value: unknown): value is Analysis {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Analysis>;
  return (candidate.verdict === 'clear' || candidate.verdict === 'unclear') && Array.isArray(candidate.flags) && typeof candidate.score === 'number';
}
