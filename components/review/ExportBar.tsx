import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { EXPORT_FORMATS, type ExportFormat } from '@/lib/export/actions';

export interface ExportBarProps {
  /** Names what is exported, e.g. "Export tickets". */
  label: string;
  /** Saves the file; returns its name. */
  onDownload: (format: ExportFormat) => string;
  onCopy: () => Promise<void>;
  testId?: string;
}

/** Downloads in each format and "Copy for Confluence", with the outcome said in a live region. */
export function ExportBar({ label, onDownload, onCopy, testId = 'export' }: ExportBarProps) {
  const [status, setStatus] = useState('');
  const copy = (): void => {
    onCopy().then(
      () => setStatus(t('review.export.copied')),
      (error: unknown) => setStatus(t('review.export.copyFailed', [error instanceof Error ? error.message : String(error)])),
    );
  };
  return (
    <div class="export-bar" role="group" aria-label={label} data-testid={testId}>
      <span class="export-label" aria-hidden="true">
        {t('review.export.label')}:
      </span>
      {EXPORT_FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          class="button"
          data-testid={`${testId}-${format}`}
          onClick={() => setStatus(t('review.export.downloaded', [onDownload(format)]))}
        >
          {t(`review.export.${format}`)}
        </button>
      ))}
      <button type="button" class="button primary" data-testid={`${testId}-copy`} onClick={copy}>
        {t('review.export.copy')}
      </button>
      <span class="export-status" role="status" data-testid={`${testId}-status`}>
        {status}
      </span>
    </div>
  );
}
