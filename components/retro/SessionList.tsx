import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { RetroSession } from '@/lib/storage/retro-sessions';

export interface SessionListProps {
  sessions: readonly RetroSession[];
  currentId: string | null;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  testId?: string;
}

/** Saved sessions, newest first; deleting asks once more on the same button. */
export function SessionList({ sessions, currentId, onOpen, onDelete, testId = 'sessions' }: SessionListProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <section class="session-list" aria-labelledby="sessions-heading" data-testid={testId}>
      <h3 id="sessions-heading">{t('retro.sessions.heading')}</h3>
      {sessions.length === 0 ? (
        <p class="hint">{t('retro.sessions.none')}</p>
      ) : (
        <ul>
          {sessions.map((session) => {
            const name = t('retro.sessions.label', [session.date, session.teamName || t('retro.sessions.untitled')]);
            return (
              <li key={session.id} data-testid="session-item" aria-current={session.id === currentId ? 'true' : undefined}>
                <button type="button" class="link-button" onClick={() => onOpen(session.id)}>
                  {name}
                </button>
                <button
                  type="button"
                  class="button danger"
                  aria-label={`${confirming === session.id ? t('retro.sessions.confirmDelete') : t('retro.sessions.delete')}: ${name}`}
                  onClick={() => {
                    if (confirming !== session.id) return setConfirming(session.id);
                    setConfirming(null);
                    onDelete(session.id);
                  }}
                  onBlur={() => setConfirming(null)}
                >
                  {confirming === session.id ? t('retro.sessions.confirmDelete') : t('retro.sessions.delete')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
