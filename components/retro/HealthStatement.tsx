import { useId } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Vote } from '@/lib/retro/session';
import { formatShare } from '@/lib/retro/trend';
import type { HealthVote } from '@/lib/storage/retro-sessions';

export interface HealthStatementProps {
  /** 1-based, as read aloud. */
  number: number;
  text: string;
  vote: HealthVote;
  onVote: (vote: Vote, delta: 1 | -1) => void;
  onComment: (comment: string) => void;
  testId?: string;
}

const THUMB: Record<Vote, string> = { up: '👍', down: '👎' };

/** One health-check statement: a thumbs-up and a thumbs-down counter the facilitator taps, and a comment. */
export function HealthStatement({ number, text, vote, onVote, onComment, testId = `statement-${number}` }: HealthStatementProps) {
  const id = useId();
  const total = vote.up + vote.down;
  return (
    <fieldset class="statement" data-testid={testId}>
      <legend>
        <span class="statement-number">{number}.</span> {text}
      </legend>
      <div class="tallies">
        {(['up', 'down'] as const).map((kind) => (
          <div class="tally" key={kind} role="group" aria-label={`${t(`retro.health.${kind}`)}: ${vote[kind]}`}>
            <span class="tally-name">
              <span aria-hidden="true">{THUMB[kind]} </span>
              {t(`retro.health.${kind}`)}
            </span>
            <button
              type="button"
              class="button tally-minus"
              aria-label={`${t('retro.health.takeBack')}: ${t(`retro.health.${kind}`)}`}
              disabled={vote[kind] === 0}
              data-testid={`${testId}-${kind}-minus`}
              onClick={() => onVote(kind, -1)}
            >
              −
            </button>
            <output class="tally-count" data-testid={`${testId}-${kind}`} aria-live="polite">
              {vote[kind]}
            </output>
            <button
              type="button"
              class="button tally-plus"
              aria-label={`${t('retro.health.add')}: ${t(`retro.health.${kind}`)}`}
              data-testid={`${testId}-${kind}-plus`}
              onClick={() => onVote(kind, 1)}
            >
              +
            </button>
          </div>
        ))}
        <span class="tally-share" data-testid={`${testId}-share`}>
          {t('retro.health.share')}: {formatShare(total > 0 ? vote.up / total : null)}
        </span>
      </div>
      <label class="field" for={`${id}-comment`}>
        {t('retro.health.comment')}
      </label>
      <textarea
        id={`${id}-comment`}
        rows={1}
        value={vote.comment}
        data-testid={`${testId}-comment`}
        onInput={(event) => onComment(event.currentTarget.value)}
      />
    </fieldset>
  );
}
