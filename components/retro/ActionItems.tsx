import { useId } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ActionItem } from '@/lib/storage/retro-sessions';

export interface ActionItemsProps {
  items: readonly ActionItem[];
  onChange: (items: ActionItem[]) => void;
  testId?: string;
}

/** What the team will do, each with an owner and whether it is done. */
export function ActionItems({ items, onChange, testId = 'actions' }: ActionItemsProps) {
  const id = useId();
  const update = (index: number, patch: Partial<ActionItem>): void =>
    onChange(items.map((item, at) => (at === index ? { ...item, ...patch } : item)));
  return (
    <section class="actions" aria-labelledby={`${id}-heading`} data-testid={testId}>
      <h3 id={`${id}-heading`}>{t('retro.actions.heading')}</h3>
      {items.length === 0 && <p class="hint">{t('retro.actions.none')}</p>}
      <ol class="action-list">
        {items.map((item, index) => (
          <li key={index} class="action" data-testid="action-item">
            <label>
              <span class="visually-hidden">
                {t('retro.actions.text')} {index + 1}
              </span>
              <input
                type="text"
                class="action-text"
                value={item.text}
                placeholder={t('retro.actions.text')}
                data-testid={`action-${index + 1}-text`}
                onInput={(event) => update(index, { text: event.currentTarget.value })}
              />
            </label>
            <label>
              <span class="visually-hidden">
                {t('retro.actions.owner')} {index + 1}
              </span>
              <input
                type="text"
                class="action-owner"
                value={item.owner}
                placeholder={t('retro.actions.owner')}
                data-testid={`action-${index + 1}-owner`}
                onInput={(event) => update(index, { owner: event.currentTarget.value })}
              />
            </label>
            <label class="action-done">
              <input
                type="checkbox"
                checked={item.done}
                aria-label={`${t('retro.actions.done')}: ${item.text || index + 1}`}
                onChange={(event) => update(index, { done: event.currentTarget.checked })}
              />
              {t('retro.actions.done')}
            </label>
            <button
              type="button"
              class="button danger"
              aria-label={`${t('retro.actions.remove')}: ${item.text || index + 1}`}
              onClick={() => onChange(items.filter((_, at) => at !== index))}
            >
              {t('retro.actions.remove')}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="button"
        data-testid="action-add"
        onClick={() => onChange([...items, { text: '', owner: '', done: false }])}
      >
        {t('retro.actions.add')}
      </button>
    </section>
  );
}
