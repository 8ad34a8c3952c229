import { SaveStatus } from '@/components/SaveStatus';
import { ExportBar } from '@/components/review/ExportBar';
import type { ExportFormat } from '@/lib/export/actions';
import { t } from '@/lib/i18n';
import type { SaveState } from '@/lib/panel/panel-store';
import { type Vote, tallyVote } from '@/lib/retro/session';
import type { RetroSession } from '@/lib/storage/retro-sessions';
import { ActionItems } from './ActionItems';
import { ConfluencePublish } from './ConfluencePublish';
import { HealthStatement } from './HealthStatement';
import { OpenQuestions } from './OpenQuestions';

export interface RetroSessionEditorProps {
  session: RetroSession;
  save: SaveState;
  onEdit: (change: (session: RetroSession) => RetroSession) => void;
  onClose: () => void;
  onDownload: (format: ExportFormat) => string;
  onCopy: () => Promise<void>;
  testId?: string;
}

/** Running one retro: the health check, the open questions, the action items, and its export. */
export function RetroSessionEditor({ session, save, onEdit, onClose, onDownload, onCopy, testId = 'retro-session' }: RetroSessionEditorProps) {
  const statements = [t('retro.health.1'), t('retro.health.2'), t('retro.health.3')];
  const questions = [t('retro.questions.1'), t('retro.questions.2'), t('retro.questions.3'), t('retro.questions.4')];
  const title = t('retro.title', [session.teamName || t('retro.sessions.untitled'), session.date]);
  const vote = (index: number) => (kind: Vote, delta: 1 | -1) => onEdit((current) => tallyVote(current, index, kind, delta));
  const comment = (index: number) => (text: string) =>
    onEdit((current) => {
      const healthCheck: RetroSession['healthCheck'] = [...current.healthCheck];
      healthCheck[index] = { ...healthCheck[index]!, comment: text };
      return { ...current, healthCheck };
    });
  return (
    <article class="retro-session" aria-labelledby="retro-session-title" data-testid={testId}>
      <header class="retro-session-header">
        <h3 id="retro-session-title">{title}</h3>
        <SaveStatus state={save} />
        <button type="button" class="button" onClick={onClose}>
          {t('retro.close')}
        </button>
      </header>
      <ExportBar label={title} onDownload={onDownload} onCopy={onCopy} testId="export-session" />
      <ConfluencePublish key={session.id} session={session} />
      <section class="health" aria-labelledby="health-heading">
        <h3 id="health-heading">{t('retro.health.heading')}</h3>
        <p class="hint">{t('retro.health.hint')}</p>
        {statements.map((text, index) => (
          <HealthStatement
            key={index}
            number={index + 1}
            text={text}
            vote={session.healthCheck[index]!}
            onVote={vote(index)}
            onComment={comment(index)}
          />
        ))}
      </section>
      <OpenQuestions
        questions={questions}
        answers={session.openAnswers}
        onAnswer={(index, text) =>
          onEdit((current) => {
            const openAnswers: RetroSession['openAnswers'] = [...current.openAnswers];
            openAnswers[index] = text;
            return { ...current, openAnswers };
          })
        }
      />
      <ActionItems items={session.actionItems} onChange={(actionItems) => onEdit((current) => ({ ...current, actionItems }))} />
    </article>
  );
}
