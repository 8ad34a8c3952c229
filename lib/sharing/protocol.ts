import type { ReplacedFields } from './shared-merge';

/** Content ↔ background messages of team sharing. Shared by both sides: types only, no zod. */
export const SHARING_MESSAGE = 'cbc:team-sharing';

/** `pull`: read Jira's answer when the panel opens; `push`: after a save, read then write ours. */
export type SharingOp = 'pull' | 'push';

export interface SharingRequest {
  type: typeof SHARING_MESSAGE;
  op: SharingOp;
  origin: string;
  contextPath: string;
  flavour: 'cloud' | 'datacenter' | 'unknown';
  key: string;
}

export interface SharingOutcome {
  /** Sharing is off for this site: nothing was asked of Jira. */
  off?: true;
  /** Who wrote the answer Jira now holds, and when (epoch ms). */
  shared?: { by: string; at: number };
  /** Jira's answer was newer: these local values were replaced (and can be put back). */
  replaced?: ReplacedFields;
  /** The property exists but is not a valid answer (too large, wrong shape): ignored. */
  invalid?: true;
  /** The property was written. */
  pushed?: true;
  label?: 'added' | 'removed';
}

export type SharingReply =
  | ({ ok: true } & SharingOutcome)
  | { ok: false; op: SharingOp; kind: string; message: { en: string; pl: string } };
