import type { EffectiveVerdict } from '@/lib/review/effective-verdict';

/** Every word an export needs, handed in so the exporters stay pure (see `exportTexts` in ./localized). */
export interface ExportTexts {
  ticketsTitle: string;
  columns: Record<'site' | 'key' | 'summary' | 'customer' | 'benefit' | 'evidence' | 'verdict' | 'flags' | 'updated', string>;
  verdicts: Record<EffectiveVerdict, string>;
  /** A flag code's short name, e.g. `no-customer` → "No customer". */
  flag(code: string): string;
  retroTitle(teamName: string, date: string): string;
  healthHeading: string;
  healthColumns: Record<'statement' | 'up' | 'down' | 'share' | 'comment', string>;
  statements: readonly [string, string, string];
  questionsHeading: string;
  questions: readonly [string, string, string, string];
  actionsHeading: string;
  actionColumns: Record<'action' | 'owner' | 'done', string>;
  yes: string;
  no: string;
  unclearHeading: string;
  /** The one-table CSV of a session. */
  csvColumns: Record<'date' | 'team' | 'section' | 'number' | 'item' | 'up' | 'down' | 'text' | 'owner', string>;
  sections: Record<'health' | 'question' | 'action', string>;
}
