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

/** A drawn thumb: emoji fonts are missing on some systems (and in CI), a path never is. */
function Thumb({ vote }: { vote: Vote }) {
  return (
    <svg class={`thumb thumb-${vote}`} width="18" height="18" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.8-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z" />
    </svg>
  );
}

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
              <Thumb vote={kind} />{' '}
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
