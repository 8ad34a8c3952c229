import { deleteRetroSession, listRetroSessions, saveRetroSession, watchRetroSessions } from '@/lib/storage/retro-sessions';
import type { RetroDeps } from './retro-store';
import { deleteTicketShare, getTicketShares, saveTicketShare } from './ticket-shares';

/** The retro store's real dependencies: extension storage. */
export function retroDeps(): RetroDeps {
  return {
    list: listRetroSessions,
    save: (session) => saveRetroSession(session),
    remove: deleteRetroSession,
    watch: watchRetroSessions,
    getShares: getTicketShares,
    saveShare: saveTicketShare,
    removeShare: deleteTicketShare,
    now: Date.now,
    newId: () => crypto.randomUUID(),
  };
}
