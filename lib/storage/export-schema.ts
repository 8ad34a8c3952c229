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
  notJson: 'This file is not valid JSON, so nothing was imported.',
  foreign: 'This is not a Customer Benefit Check export file, so nothing was imported.',
  newer: (version: number): string =>
    `This file was exported by a newer version of Customer Benefit Check (format ${version}). Update the extension to import it; nothing was imported.`,
  damaged: (detail: string): string => `The file is damaged: ${detail}. Nothing was imported.`,
} as const;
