import { type EffectiveVerdict, type VerdictSource, VERDICT_MARK } from '@/lib/review/effective-verdict';
import { t } from '@/lib/i18n';

export interface VerdictLabelProps {
  verdict: EffectiveVerdict;
  /** Who judged, said after the verdict ("by the team"); omitted when not given. */
  source?: VerdictSource;
  testId?: string;
}

/** A verdict as a mark and a word (never colour alone), the same in the popup, the table and the badge. */
export function VerdictLabel({ verdict, source, testId }: VerdictLabelProps) {
  return (
    <span class={`verdict verdict-${verdict}`} data-testid={testId} data-verdict={verdict}>
      <span class="verdict-mark" aria-hidden="true">
        {VERDICT_MARK[verdict]}
      </span>{' '}
      {t(`review.verdict.${verdict}`)}
      {source && source !== 'none' && <span class="verdict-source"> ({t(`review.source.${source}`)})</span>}
    </span>
  );
}
