import { useId } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { EffectiveVerdict } from '@/lib/review/effective-verdict';
import type { TicketFilter } from '@/lib/review/ticket-query';

export interface TicketFiltersProps {
  filter: TicketFilter;
  sites: readonly string[];
  projects: readonly string[];
  unclearFirst: boolean;
  onChange: (patch: Partial<TicketFilter>) => void;
  onUnclearFirst: (value: boolean) => void;
  onReset: () => void;
  testId?: string;
}

const VERDICTS: EffectiveVerdict[] = ['unclear', 'undecided', 'clear'];

/** Site, project, verdict, date range and free text; every control has a visible label. */
export function TicketFilters({ filter, sites, projects, unclearFirst, onChange, onUnclearFirst, onReset, testId = 'filters' }: TicketFiltersProps) {
  const id = useId();
  const value = (event: Event): string => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <form class="filters" role="search" aria-label={t('review.filters.label')} data-testid={testId} onSubmit={(event) => event.preventDefault()}>
      <label class="filter filter-text">
        {t('review.filters.text')}
        <input
          type="search"
          value={filter.text}
          placeholder={t('review.filters.textPlaceholder')}
          data-testid="filter-text"
          onInput={(event) => onChange({ text: value(event) })}
        />
      </label>
      <label class="filter">
        {t('review.filters.site')}
        <select value={filter.site} data-testid="filter-site" onChange={(event) => onChange({ site: value(event) })}>
          <option value="">{t('review.filters.any')}</option>
          {sites.map((site) => (
            <option key={site} value={site}>
              {site.replace(/^https?:\/\//, '')}
            </option>
          ))}
        </select>
      </label>
      <label class="filter">
        {t('review.filters.project')}
        <select value={filter.project} data-testid="filter-project" onChange={(event) => onChange({ project: value(event) })}>
          <option value="">{t('review.filters.any')}</option>
          {projects.map((project) => (
            <option key={project} value={project}>
              {project}
            </option>
          ))}
        </select>
      </label>
      <label class="filter">
        {t('review.filters.verdict')}
        <select
          value={filter.verdict}
          data-testid="filter-verdict"
          onChange={(event) => onChange({ verdict: value(event) as TicketFilter['verdict'] })}
        >
          <option value="">{t('review.filters.any')}</option>
          {VERDICTS.map((verdict) => (
            <option key={verdict} value={verdict}>
              {t(`review.verdict.${verdict}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="filter" for={`${id}-from`}>
        {t('review.filters.from')}
        <input id={`${id}-from`} type="date" value={filter.from} data-testid="filter-from" onInput={(event) => onChange({ from: value(event) })} />
      </label>
      <label class="filter" for={`${id}-to`}>
        {t('review.filters.to')}
        <input id={`${id}-to`} type="date" value={filter.to} data-testid="filter-to" onInput={(event) => onChange({ to: value(event) })} />
      </label>
      <label class="filter filter-check">
        <input
          type="checkbox"
          checked={unclearFirst}
          data-testid="unclear-first"
          onChange={(event) => onUnclearFirst((event.currentTarget as HTMLInputElement).checked)}
        />
        {t('review.filters.unclearFirst')}
      </label>
      <button type="button" class="button" data-testid="filter-reset" onClick={onReset}>
        {t('review.filters.reset')}
      </button>
    </form>
  );
}
