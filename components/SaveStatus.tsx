import type { SaveState } from '@/lib/panel/panel-store';
import { t } from '@/lib/i18n';

export interface SaveStatusProps {
  state: SaveState;
}

/** Says whether the words are safe; an error keeps them in the panel and says why. */
export function SaveStatus({ state }: SaveStatusProps) {
  const text =
    state.kind === 'error' ? t('panel.save.error', [state.message]) : t(`panel.save.${state.kind}`);
  return (
    <p class={`cbc-save cbc-save-${state.kind}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}
