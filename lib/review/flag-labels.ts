import type { MessageKey } from '@/lib/i18n';

/** Short names of the analyzer's flag codes for tables (message names cannot hold hyphens). */
export const FLAG_LABEL_KEYS: Record<string, MessageKey> = {
  'no-customer': 'review.flags.noCustomer',
  'vague-customer': 'review.flags.vagueCustomer',
  'no-benefit': 'review.flags.noBenefit',
  'vague-benefit': 'review.flags.vagueBenefit',
  'restates-feature': 'review.flags.restatesFeature',
  'internal-only': 'review.flags.internalOnly',
  'no-evidence': 'review.flags.noEvidence',
};
