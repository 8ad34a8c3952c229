import { t } from '@/lib/i18n';
import { z } from 'zod/mini';

export const EXPORT_FORMAT = 'customer-benefit-check-export';
export const EXPORT_VERSION = 1;

/**
 * The envelope of an export file, version 1. Answers, settings and sessions inside are checked one by
 * one with their own versioned readers, so a file from an older build still imports after the shapes
 * change.
 */
export const exportEnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.number(),
  answers: z.array(z.unknown()),
  retroSessions: z.array(z.unknown()),
  settings: z.optional(z.unknown()),
});

export type ExportEnvelope = z.infer<typeof exportEnvelopeSchema>;

export const IMPORT_MESSAGES = {
  get notJson(): string {
    return t('importFile.notJson');
  },
  get foreign(): string {
    return t('importFile.foreign');
  },
  newer: (version: number): string => t('importFile.newer', [version]),
  damaged: (detail: string): string => t('importFile.damaged', [detail]),
};
