/** Languages the analyzer judges and writes messages in. */
export type Lang = 'en' | 'pl';

/**
 * A piece of the analysed text. `start`/`end` are UTF-16 offsets (what `String#slice` takes) into
 * the string returned by `analyzedText(input)`: `summary + "\n\n" + description`, capped at
 * `MAX_ANALYZED_CHARS`. `text` is `analyzedText(input).slice(start, end)`.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type FlagCode =
  | 'no-customer'
  | 'vague-customer'
  | 'no-benefit'
  | 'vague-benefit'
  | 'restates-feature'
  | 'internal-only'
  | 'no-evidence';

/** `error` makes the verdict unclear; `warning` and `info` only lower the score. */
export type Severity = 'error' | 'warning' | 'info';

export interface Flag {
  code: FlagCode;
  severity: Severity;
  /** What to write, in both interface languages. */
  message: { en: string; pl: string };
  /** The text the flag is about, when there is one (e.g. the vague benefit). */
  span?: Span;
}

/** The team's own answers from the panel prompts. */
export interface Annotation {
  customer?: string;
  benefit?: string;
  evidence?: string;
}

export interface AnalyzerInput {
  summary: string;
  description?: string;
  /** Jira issue type name, e.g. "Bug" or "Story"; bugs may state a harm instead of a goal. */
  issueType?: string;
  labels?: readonly string[];
  annotation?: Annotation;
}

export type Verdict = 'clear' | 'unclear';

export interface Analysis {
  lang: Lang;
  /** True when the ticket or a passing annotation names who benefits. */
  hasCustomer: boolean;
  /** True when the ticket or a passing annotation states a purpose or outcome. */
  hasBenefit: boolean;
  /** The customer the ticket names, if any (never taken from the annotation). */
  customer: Span | null;
  /** The benefit the ticket states, if any (never taken from the annotation). */
  benefit: Span | null;
  /** A number, metric or observation that shows success, if the ticket has one. */
  evidence: Span | null;
  /** 0–100, see `score.ts` for how it adds up. */
  score: number;
  verdict: Verdict;
  flags: Flag[];
  /** Prefill for the panel prompts: what the ticket already says, cleaned of template words. */
  suggestion: { customer?: string; benefit?: string; evidence?: string };
}
