import type { TextSource } from '@/lib/panel/panel-store';
import { t } from '@/lib/i18n';

export interface SourceLineProps {
  source: TextSource;
}

/** Says where the issue text comes from, and why not from Jira's REST API when it failed: never silence. */
export function SourceLine({ source }: SourceLineProps) {
  const lang = t('uiLanguage') === 'pl' ? 'pl' : 'en';
  const text =
    source.kind === 'loading'
      ? t('panel.source.loading')
      : source.kind === 'rest'
        ? t('panel.source.rest')
        : t('panel.source.page', [source.reason?.[lang] ?? '']);
  return (
    <p class={`cbc-source cbc-source-${source.kind}`} data-testid="panel-source" data-source={source.kind}>
      {text}
    </p>
  );
}
