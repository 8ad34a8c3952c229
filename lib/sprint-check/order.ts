import type { CheckResult } from './protocol';

/** `SHOP-12` → ['SHOP', 12], so SHOP-9 comes before SHOP-10. */
function keyParts(key: string): [string, number] {
  const dash = key.lastIndexOf('-');
  return dash > 0 ? [key.slice(0, dash), Number(key.slice(dash + 1)) || 0] : [key, 0];
}

export function compareKeys(a: string, b: string): number {
  const [projectA, numberA] = keyParts(a);
  const [projectB, numberB] = keyParts(b);
  return projectA < projectB ? -1 : projectA > projectB ? 1 : numberA - numberB;
}

/**
 * The popup's list: unclear first (what the team has to talk about), then by key. More flags mean
 * more missing, so among unclear tickets the emptiest come first.
 */
export function orderResults(results: readonly CheckResult[]): CheckResult[] {
  return [...results].sort((a, b) => {
    if (a.verdict !== b.verdict) return a.verdict === 'unclear' ? -1 : 1;
    if (a.verdict === 'unclear' && a.flags.length !== b.flags.length) return b.flags.length - a.flags.length;
    return compareKeys(a.key, b.key);
  });
}

/**
 * Adds a page's results to the run's. Cloud's search is eventually consistent, so an issue can come
 * twice across pages: the later result replaces the earlier one, and the count stays honest.
 */
export function mergeResults(existing: readonly CheckResult[], incoming: readonly CheckResult[]): CheckResult[] {
  const byKey = new Map(existing.map((result) => [result.key, result]));
  for (const result of incoming) byKey.set(result.key, result);
  return [...byKey.values()];
}

export function countUnclear(results: readonly CheckResult[]): number {
  return results.filter((result) => result.verdict === 'unclear').length;
}
