import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

export interface NewSessionFormProps {
  /** Today, `YYYY-MM-DD`. */
  today: string;
  /** The last session's team, to save typing it again. */
  lastTeam: string;
  onStart: (date: string, teamName: string) => void;
  testId?: string;
}

/** Starts a retro session for a date and a team. */
export function NewSessionForm({ today, lastTeam, onStart, testId = 'new-session' }: NewSessionFormProps) {
  const [date, setDate] = useState(today);
  const [team, setTeam] = useState(lastTeam);
  // Sessions load after the first render: offer the last team once it is known, unless already typed.
  useEffect(() => {
    if (!team) setTeam(lastTeam);
  }, [lastTeam]);
  const submit = (event: Event): void => {
    event.preventDefault();
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) onStart(date, team.trim());
  };
  return (
    <form class="new-session" aria-labelledby="new-session-heading" data-testid={testId} onSubmit={submit}>
      <h3 id="new-session-heading">{t('retro.new.heading')}</h3>
      <label class="filter">
        {t('retro.new.date')}
        <input type="date" required value={date} data-testid="session-date" onInput={(event) => setDate(event.currentTarget.value)} />
      </label>
      <label class="filter">
        {t('retro.new.team')}
        <input type="text" value={team} maxLength={200} data-testid="session-team" onInput={(event) => setTeam(event.currentTarget.value)} />
      </label>
      <button type="submit" class="button primary" data-testid="session-start">
        {t('retro.new.start')}
      </button>
    </form>
  );
}
