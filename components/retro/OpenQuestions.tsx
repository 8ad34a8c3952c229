import { useId } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { UNCLEAR_QUESTION_INDEX } from '@/lib/retro/session';

export interface OpenQuestionsProps {
  questions: readonly string[];
  answers: readonly string[];
  onAnswer: (index: number, text: string) => void;
  testId?: string;
}

/** The four open questions with multi-line answers; question 3 starts with the unclear tickets. */
export function OpenQuestions({ questions, answers, onAnswer, testId = 'questions' }: OpenQuestionsProps) {
  const id = useId();
  return (
    <section class="questions" aria-labelledby={`${id}-heading`} data-testid={testId}>
      <h3 id={`${id}-heading`}>{t('retro.questions.heading')}</h3>
      {questions.map((question, index) => (
        <div class="field" key={index}>
          <label for={`${id}-${index}`}>
            {index + 1}. {question}
          </label>
          {index === UNCLEAR_QUESTION_INDEX && (
            <p class="hint" id={`${id}-${index}-hint`}>
              {t('retro.questions.prefilled')}
            </p>
          )}
          <textarea
            id={`${id}-${index}`}
            rows={index === UNCLEAR_QUESTION_INDEX ? 6 : 3}
            value={answers[index] ?? ''}
            aria-describedby={index === UNCLEAR_QUESTION_INDEX ? `${id}-${index}-hint` : undefined}
            data-testid={`question-${index + 1}`}
            onInput={(event) => onAnswer(index, event.currentTarget.value)}
          />
        </div>
      ))}
    </section>
  );
}
