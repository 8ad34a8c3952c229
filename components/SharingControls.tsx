import type { SharingStatus, SharingStore } from '@/lib/sharing/panel-sharing';
import type { ReplacedFields } from '@/lib/sharing/shared-merge';
import { t } from '@/lib/i18n';

export interface SharingControlsProps {
  sharing: SharingStore;
  /** Puts the words Jira's newer answer replaced back into the panel (as a new edit). */
  onPutBack: (words: ReplacedFields) => void;
  testId?: string;
}

/** Uses the panel's colours (components/panel.css); only the layout is its own. */
const SHARING_CSS = `
.cbc-sharing { border-top: 1px solid var(--cbc-border); padding-top: 8px; display: flex; flex-direction: column; gap: 4px; }
.cbc-switch { display: flex; gap: 8px; align-items: flex-start; cursor: pointer; }
.cbc-switch input { margin: 3px 0 0; accent-color: var(--cbc-accent); }
.cbc-sharing .cbc-hint { margin: 0 0 0 21px; font-size: 12px; line-height: 16px; color: var(--cbc-muted); }
.cbc-sharing-status { margin: 0; font-size: 12px; line-height: 16px; color: var(--cbc-muted); }
.cbc-sharing-error { color: var(--cbc-error); font-weight: 600; }
.cbc-sharing-warning { color: var(--cbc-unclear-fg); }
`;

function formatTime(at: number, lang: 'en' | 'pl'): string {
  const format = new Intl.DateTimeFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  return format.format(at).replace(',', '');
}

function statusText(status: SharingStatus, lang: 'en' | 'pl'): string {
  switch (status.kind) {
    case 'off':
      return '';
    case 'busy':
      return t(status.op === 'pull' ? 'sharing.reading' : 'sharing.busy');
    case 'idle':
      return t('sharing.idle');
    case 'shared':
      return status.by ? t('sharing.sharedBy', [status.by, formatTime(status.at, lang)]) : t('sharing.sharedAnon', [formatTime(status.at, lang)]);
    case 'error':
      if (status.op === 'pull') return t('sharing.error.read', [status.message[lang]]);
      if (status.errorKind === 'forbidden') return t('sharing.error.forbidden');
      if (status.errorKind === 'logged-out') return t('sharing.error.loggedOut');
      return t('sharing.error.other', [status.message[lang]]);
  }
}

/** The panel's "Share with the team through Jira" switch, what it does, and how sharing went. */
export function SharingControls({ sharing, onPutBack, testId = 'sharing' }: SharingControlsProps) {
  const choice = sharing.choice.value;
  if (!choice) return null;
  const lang = t('uiLanguage') === 'pl' ? 'pl' : 'en';
  const status = sharing.status.value;
  const replaced = sharing.replaced.value;
  const putBack = (): void => {
    const words = sharing.takeReplaced();
    if (words) onPutBack(words);
  };
  return (
    <div class="cbc-sharing" data-testid={testId}>
      <style>{SHARING_CSS}</style>
      <label class="cbc-switch">
        <input
          type="checkbox"
          role="switch"
          checked={choice.shareThroughJira}
          aria-describedby={`${testId}-hint`}
          data-testid={`${testId}-toggle`}
          onChange={(event) => void sharing.setShare(event.currentTarget.checked)}
        />
        <span>{t('sharing.toggle')}</span>
      </label>
      <p class="cbc-hint" id={`${testId}-hint`}>
        {t('sharing.toggleHint')}
      </p>
      {choice.shareThroughJira && (
        <>
          <label class="cbc-switch">
            <input
              type="checkbox"
              role="switch"
              checked={choice.writeUnclearLabel}
              aria-describedby={`${testId}-label-hint`}
              data-testid={`${testId}-label`}
              onChange={(event) => void sharing.setLabel(event.currentTarget.checked)}
            />
            <span>{t('sharing.label')}</span>
          </label>
          <p class="cbc-hint" id={`${testId}-label-hint`}>
            {t('sharing.labelHint')}
          </p>
          <p
            class={`cbc-sharing-status${status.kind === 'error' ? ' cbc-sharing-error' : ''}`}
            role={status.kind === 'error' ? 'alert' : 'status'}
            data-testid={`${testId}-status`}
            data-state={status.kind}
          >
            {statusText(status, lang)}
          </p>
          {sharing.invalid.value && (
            <p class="cbc-sharing-status cbc-sharing-warning" role="note" data-testid={`${testId}-invalid`}>
              {t('sharing.invalid')}
            </p>
          )}
          {replaced && (
            <p class="cbc-sharing-status" data-testid={`${testId}-replaced`}>
              {t('sharing.replaced')}{' '}
              <button type="button" class="cbc-button" data-testid={`${testId}-put-back`} onClick={putBack}>
                {t('sharing.putBack')}
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
