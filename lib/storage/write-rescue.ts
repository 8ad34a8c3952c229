import { z } from 'zod/mini';
import { type AnswerPatch, type AnswerRef, ANSWER_FIELDS, teamVerdictSchema } from './answer-schema';
import { answerRefKey } from './answer-merge';

/**
 * When the extension is updated or reloaded while a panel is open, the old content script loses
 * `browser.storage` ("Extension context invalidated"). Typed words then go to the page's own
 * localStorage and are saved by the next panel that loads. Issue 4: typed text is never lost.
 */
const RESCUE_KEY = 'customer-benefit-check:unsaved';

const rescuedPatchSchema = z.object({
  ref: z.object({ site: z.string(), key: z.string() }),
  customer: z.optional(z.string()),
  benefit: z.optional(z.string()),
  evidence: z.optional(z.string()),
  note: z.optional(z.string()),
  verdict: z.optional(teamVerdictSchema),
  summary: z.optional(z.nullable(z.string())),
  at: z.number(),
});

export const rescueBufferSchema = z.object({
  version: z.literal(1),
  entries: z.record(z.string(), rescuedPatchSchema),
});

export type RescueBuffer = z.infer<typeof rescueBufferSchema>;
export type RescuedPatch = z.infer<typeof rescuedPatchSchema>;

/** The page's Web Storage, or null where there is none (the background service worker). */
function webStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled by the page or the user
  }
}

function read(store: Storage): RescueBuffer {
  try {
    const parsed = rescueBufferSchema.safeParse(JSON.parse(store.getItem(RESCUE_KEY) ?? 'null'));
    return parsed.success ? parsed.data : { version: 1, entries: {} };
  } catch {
    return { version: 1, entries: {} };
  }
}

/** Keeps a patch that could not reach extension storage; later patches of the same issue win per field. */
export function rescuePatch(ref: AnswerRef, patch: AnswerPatch, summary: string | null | undefined, at: number): boolean {
  const store = webStorage();
  if (!store) return false;
  const buffer = read(store);
  const refKey = answerRefKey(ref);
  const fields = Object.fromEntries(ANSWER_FIELDS.filter((f) => patch[f] !== undefined).map((f) => [f, patch[f]]));
  buffer.entries[refKey] = { ...buffer.entries[refKey], ...fields, ref, summary: summary ?? null, at };
  try {
    store.setItem(RESCUE_KEY, JSON.stringify(buffer));
    return true;
  } catch {
    return false;
  }
}

export function takeRescuedPatches(): RescuedPatch[] {
  const store = webStorage();
  if (!store) return [];
  return Object.values(read(store).entries);
}

/** Drops the rescued entries that were saved, unless a newer rescue replaced them meanwhile. */
export function forgetRescued(saved: RescuedPatch[]): void {
  const store = webStorage();
  if (!store || saved.length === 0) return;
  const buffer = read(store);
  for (const entry of saved) {
    const refKey = answerRefKey(entry.ref);
    if (buffer.entries[refKey]?.at === entry.at) delete buffer.entries[refKey];
  }
  if (Object.keys(buffer.entries).length === 0) store.removeItem(RESCUE_KEY);
  else store.setItem(RESCUE_KEY, JSON.stringify(buffer));
}
