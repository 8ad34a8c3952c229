import { type WxtStorageItem, storage } from 'wxt/utils/storage';
import { quarantineRecord } from './quarantine';
import {
  EMPTY_RETRO_SESSIONS,
  RETRO_SESSIONS_VERSION,
  type RetroSession,
  type RetroSessions,
  retroSessionSchema,
  retroSessionsSchema,
} from './retro-schema';
import { type Migrations, readVersioned } from './versioned';
import { t } from '@/lib/i18n';

export * from './retro-schema';

export const retroSessionsMigrations: Migrations = {};

type SessionsItem = WxtStorageItem<unknown, Record<string, unknown>>;
let item: SessionsItem | null = null;

function sessionsItem(): SessionsItem {
  item ??= storage.defineItem<unknown>('local:retroSessions', {
    fallback: EMPTY_RETRO_SESSIONS,
    version: RETRO_SESSIONS_VERSION,
    migrations: retroSessionsMigrations,
  });
  return item;
}

const shape = { name: 'retro sessions', current: RETRO_SESSIONS_VERSION, schema: retroSessionsSchema, migrations: retroSessionsMigrations };

/**
 * Reads all sessions. If the whole item does not validate, the sessions that do are kept and the raw
 * item goes to quarantine, so one bad session never hides the others.
 */
async function readSessions(): Promise<{ sessions: RetroSession[]; future: boolean }> {
  const raw = await sessionsItem().getValue();
  const read = readVersioned(raw, shape);
  if (read.kind === 'ok') return { sessions: read.value.sessions, future: false };
  const kind = read.kind === 'future' ? 'future-version' : 'invalid';
  await quarantineRecord({ area: 'local', key: 'retroSessions' }, raw, kind, read.reason, { keepOriginal: true });
  if (read.kind === 'future') return { sessions: [], future: true };
  const list = (raw as { sessions?: unknown } | null)?.sessions;
  const sessions = Array.isArray(list) ? list.flatMap((s) => (retroSessionSchema.safeParse(s).success ? [s as RetroSession] : [])) : [];
  return { sessions, future: false };
}

async function writeSessions(sessions: RetroSession[]): Promise<void> {
  const { future } = await readSessions();
  if (future) throw new Error(t('storage.newerSessions'));
  const value: RetroSessions = { version: RETRO_SESSIONS_VERSION, sessions };
  await sessionsItem().setValue(value);
}

/** Newest retro first. */
export async function listRetroSessions(): Promise<RetroSession[]> {
  const { sessions } = await readSessions();
  return [...sessions].sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt - a.updatedAt);
}

export async function getRetroSession(id: string): Promise<RetroSession | null> {
  return (await readSessions()).sessions.find((s) => s.id === id) ?? null;
}

/** Adds or replaces a session by id, stamping `updatedAt`. */
export async function saveRetroSession(session: RetroSession, now: number = Date.now()): Promise<RetroSession> {
  const next = { ...session, updatedAt: Math.max(now, session.updatedAt) };
  const { sessions } = await readSessions();
  await writeSessions([...sessions.filter((s) => s.id !== session.id), next]);
  return next;
}

export async function deleteRetroSession(id: string): Promise<void> {
  const { sessions } = await readSessions();
  await writeSessions(sessions.filter((s) => s.id !== id));
}

/** Merges sessions from an import: per session, the later `updatedAt` wins. */
export async function mergeRetroSessions(incoming: RetroSession[]): Promise<{ added: number; changed: number }> {
  const { sessions } = await readSessions();
  const byId = new Map(sessions.map((s) => [s.id, s]));
  let added = 0;
  let changed = 0;
  for (const session of incoming) {
    const local = byId.get(session.id);
    if (local && local.updatedAt >= session.updatedAt) continue;
    if (local) changed++;
    else added++;
    byId.set(session.id, session);
  }
  if (added + changed > 0) await writeSessions([...byId.values()]);
  return { added, changed };
}

export function watchRetroSessions(callback: (sessions: RetroSession[]) => void): () => void {
  return sessionsItem().watch(() => void listRetroSessions().then(callback, () => undefined));
}

export function resetRetroSessionsItemForTests(): void {
  item = null;
}
