import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ConfluencePublishStore, PublishState } from '@/lib/confluence-publish';
import type { RetroSession } from '@/lib/storage/retro-sessions';

/** The review page provides the store; without one (tests, no review page) there is nothing to show. */
export const ConfluencePublishContext = createContext<ConfluencePublishStore | null>(null);

export interface ConfluencePublishProps {
  session: RetroSession;
  testId?: string;
}

/**
 * "Create the retro page in Confluence", shown when a Confluence site is known: the space key and a
 * title, then the page is created through an open tab of that site. Otherwise the export bar is all there is.
 */
export function ConfluencePublish({ session, testId = 'confluence-publish' }: ConfluencePublishProps) {
  const store = useContext(ConfluencePublishContext);
  const [open, setOpen] = useState(false);
  const [base, setBase] = useState('');
  const [spaceKey, setSpaceKey] = useState('');
  const [title, setTitle] = useState(() => t('retro.confluence.defaultTitle', [session.teamName || t('retro.sessions.untitled'), session.date]));
  // The store outlives this session's view: its result must not follow the user into another session.
  useEffect(() => () => store?.reset(), [store]);
  const targets = store?.targets.value ?? [];
  if (!store || targets.length === 0) return null;
  const target = targets.find((candidate) => candidate.base === base) ?? targets[0]!;
  const state = store.state.value;
  const submit = (event: Event): void => {
    event.preventDefault();
    void store.publishSession(target, spaceKey, title, session);
  };
  const invalid = state.kind === 'invalid' ? state.field : null;
  return (
    <div class="confluence-publish" data-testid={testId}>
      <button type="button" class="button" aria-expanded={open} aria-controls={`${testId}-form`} data-testid={`${testId}-open`} onClick={() => setOpen(!open)}>
        {t('retro.confluence.open')}
      </button>
      {open && (
        <form id={`${testId}-form`} class="confluence-form" aria-label={t('retro.confluence.formLabel')} onSubmit={submit}>
          {targets.length > 1 ? (
            <label class="field">
              {t('retro.confluence.site')}
              <select value={target.base} data-testid={`${testId}-site`} onChange={(event) => setBase(event.currentTarget.value)}>
                {targets.map((candidate) => (
                  <option key={candidate.base} value={candidate.base}>
                    {candidate.base}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <p class="confluence-site">
              {t('retro.confluence.site')}: <span data-testid={`${testId}-site`}>{target.base}</span>
            </p>
          )}
          <label class="field">
            {t('retro.confluence.space')}
            <input
              type="text"
              aria-required="true"
              autocomplete="off"
              value={spaceKey}
              aria-invalid={invalid === 'space'}
              aria-describedby={`${testId}-space-hint`}
              data-testid={`${testId}-space`}
              onInput={(event) => setSpaceKey(event.currentTarget.value)}
            />
          </label>
          <p class="hint" id={`${testId}-space-hint`}>
            {t('retro.confluence.spaceHint')}
          </p>
          <label class="field">
            {t('retro.confluence.title')}
            <input
              type="text"
              aria-required="true"
              maxLength={255}
              value={title}
              aria-invalid={invalid === 'title'}
              data-testid={`${testId}-title`}
              onInput={(event) => setTitle(event.currentTarget.value)}
            />
          </label>
          <div class="confluence-actions">
            <button type="submit" class="button primary" disabled={state.kind === 'busy'} data-testid={`${testId}-create`}>
              {t('retro.confluence.create')}
            </button>
            <button type="button" class="button" onClick={() => (setOpen(false), store.reset())}>
              {t('retro.confluence.cancel')}
            </button>
          </div>
        </form>
      )}
      <PublishStatus state={state} spaceKey={spaceKey} testId={`${testId}-status`} />
    </div>
  );
}

/** What happened, in a live region; errors name the fix, and "no tab" links the site to open. */
function PublishStatus({ state, spaceKey, testId }: { state: PublishState; spaceKey: string; testId: string }) {
  if (state.kind === 'idle') return <p role="status" class="confluence-status" data-testid={testId} />;
  if (state.kind === 'busy' || state.kind === 'done') {
    return (
      <p role="status" class="confluence-status" data-testid={testId} data-state={state.kind}>
        {state.kind === 'busy' ? t('retro.confluence.creating') : t('retro.confluence.created', [state.title])}{' '}
        {state.kind === 'done' && (
          <a href={state.url} target="_blank" rel="noreferrer" data-testid={`${testId}-link`}>
            {t('retro.confluence.view')}
          </a>
        )}
      </p>
    );
  }
  return (
    <p role="alert" class="confluence-status error" data-testid={testId} data-state={state.kind === 'error' ? state.error.kind : 'invalid'}>
      <span aria-hidden="true">✗ </span>
      {errorText(state, spaceKey)}{' '}
      {state.kind === 'error' && state.error.kind === 'no-tab' && (
        <a href={`${state.target.base}/`} target="_blank" rel="noreferrer">
          {t('retro.confluence.openSite', [state.target.base])}
        </a>
      )}
    </p>
  );
}

function errorText(state: Extract<PublishState, { kind: 'invalid' | 'error' }>, typedKey: string): string {
  if (state.kind === 'invalid' && state.field === 'title') return t('retro.confluence.error.emptyTitle');
  if (state.kind === 'invalid') return typedKey.trim() ? t('retro.confluence.error.badSpace', [typedKey.trim()]) : t('retro.confluence.error.emptySpace');
  const { error, target, spaceKey, title } = state;
  switch (error.kind) {
    case 'no-tab':
      return t('retro.confluence.error.noTab', [target.base]);
    case 'signed-out':
      return t('retro.confluence.error.signedOut', [target.base]);
    case 'forbidden':
      return t('retro.confluence.error.forbidden', [spaceKey]);
    case 'space-not-found':
      return t('retro.confluence.error.spaceNotFound', [spaceKey]);
    case 'too-large':
      return t('retro.confluence.error.tooLarge');
    case 'exists':
      return t('retro.confluence.error.exists', [title, spaceKey]);
    case 'network':
      return t('retro.confluence.error.network', [error.detail]);
    default:
      return t('retro.confluence.error.other', [error.status, error.detail]);
  }
}
