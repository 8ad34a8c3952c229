import { t } from '@/lib/i18n';
import type { ExportFormat } from '@/lib/export/actions';
import type { RetroStore } from '@/lib/retro/retro-store';
import { trendPoints } from '@/lib/retro/trend';
import { NewSessionForm } from './NewSessionForm';
import { RetroSessionEditor } from './RetroSessionEditor';
import { SessionList } from './SessionList';
import { TrendChart } from './TrendChart';

export interface RetroViewProps {
  store: RetroStore;
  today: string;
  onStart: (date: string, teamName: string) => void;
  onDownload: (format: ExportFormat) => string;
  onCopy: () => Promise<void>;
  testId?: string;
}

/** "Prepare the retro": start or open a session, run it, and see the trend over sessions. */
export function RetroView({ store, today, onStart, onDownload, onCopy, testId = 'retro' }: RetroViewProps) {
  const sessions = store.sessions.value;
  const current = store.current.value;
  return (
    <section class="retro" aria-labelledby="retro-heading" data-testid={testId}>
      <h2 id="retro-heading">{t('retro.heading')}</h2>
      <div class="retro-layout">
        <aside class="retro-side">
          <NewSessionForm today={today} lastTeam={sessions[0]?.teamName ?? ''} onStart={onStart} />
          <SessionList sessions={sessions} currentId={current?.id ?? null} onOpen={store.open} onDelete={(id) => void store.remove(id)} />
        </aside>
        <div class="retro-main">
          {current && (
            <RetroSessionEditor
              session={current}
              save={store.save.value}
              onEdit={store.edit}
              onClose={() => store.open(null)}
              onDownload={onDownload}
              onCopy={onCopy}
            />
          )}
          <section class="trend-section" aria-labelledby="trend-heading">
            <h3 id="trend-heading">{t('retro.chart.heading')}</h3>
            <TrendChart points={trendPoints(sessions, store.shares.value)} />
          </section>
        </div>
      </div>
    </section>
  );
}
