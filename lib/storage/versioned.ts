import type { z } from 'zod/mini';

/** `migrations[n]` turns a version n-1 value into version n. Pure and idempotent: any context may run it. */
// `any` lets each step keep its precise `(old: SettingsV1) => Settings` type, as WXT's own option does.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Migrations = Record<number, (old: any) => unknown>;

export type ReadResult<T> =
  | { kind: 'ok'; value: T; migrated: boolean }
  | { kind: 'future'; version: number; reason: string }
  | { kind: 'invalid'; reason: string };

export interface VersionedShape<T> {
  name: string;
  current: number;
  schema: z.ZodMiniType<T>;
  migrations: Migrations;
}

function versionOf(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const version = (raw as { version?: unknown }).version;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}

/**
 * Reads a stored value that carries its own `version`: migrates old ones step by step and validates
 * the result. Never throws: a caller quarantines what is not `ok`.
 */
export function readVersioned<T>(raw: unknown, shape: VersionedShape<T>): ReadResult<T> {
  const version = versionOf(raw);
  if (version === null) return { kind: 'invalid', reason: `${shape.name}: no version` };
  if (version > shape.current) {
    return { kind: 'future', version, reason: `${shape.name}: version ${version} is newer than ${shape.current}` };
  }
  let value: unknown = raw;
  try {
    for (let next = version + 1; next <= shape.current; next++) {
      const step = shape.migrations[next] as ((old: unknown) => unknown) | undefined;
      if (!step) return { kind: 'invalid', reason: `${shape.name}: no migration to version ${next}` };
      value = step(value);
    }
  } catch (error) {
    return { kind: 'invalid', reason: `${shape.name}: migration failed: ${String(error)}` };
  }
  const parsed = shape.schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid';
    return { kind: 'invalid', reason: `${shape.name}: ${where}` };
  }
  return { kind: 'ok', value: parsed.data, migrated: version !== shape.current };
}
