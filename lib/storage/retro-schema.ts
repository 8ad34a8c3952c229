import { z } from 'zod/mini';

/** Thumbs up and down for one health-check statement, with the team's comment. */
export const healthVoteSchema = z.object({
  up: z.number().check(z.int(), z.nonnegative()),
  down: z.number().check(z.int(), z.nonnegative()),
  comment: z.string(),
});

export const actionItemSchema = z.object({
  text: z.string(),
  owner: z.string(),
  done: z.boolean(),
});

/** One retrospective: the three health-check statements and four open questions of PRODUCT.md. */
export const retroSessionSchema = z.object({
  id: z.string(),
  /** The retro's date, `YYYY-MM-DD`. */
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  teamName: z.string(),
  /** Votes per statement, in PRODUCT.md's order: dialogue, trust, benefit analysis. */
  healthCheck: z.tuple([healthVoteSchema, healthVoteSchema, healthVoteSchema]),
  /** Answers to the four open questions, in PRODUCT.md's order. */
  openAnswers: z.tuple([z.string(), z.string(), z.string(), z.string()]),
  actionItems: z.array(actionItemSchema),
  createdAt: z.number(),
  updatedAt: z.number(),
});

/** All sessions in one item: a team has one per sprint, never thousands. Version 1. */
export const retroSessionsSchema = z.object({
  version: z.literal(1),
  sessions: z.array(retroSessionSchema),
});

export type HealthVote = z.infer<typeof healthVoteSchema>;
export type ActionItem = z.infer<typeof actionItemSchema>;
export type RetroSession = z.infer<typeof retroSessionSchema>;
export type RetroSessions = z.infer<typeof retroSessionsSchema>;

export const RETRO_SESSIONS_VERSION = 1;
export const EMPTY_RETRO_SESSIONS: RetroSessions = { version: 1, sessions: [] };

export function emptyRetroSession(id: string, date: string, now: number): RetroSession {
  const vote = (): HealthVote => ({ up: 0, down: 0, comment: '' });
  return {
    id,
    date,
    teamName: '',
    healthCheck: [vote(), vote(), vote()],
    openAnswers: ['', '', '', ''],
    actionItems: [],
    createdAt: now,
    updatedAt: now,
  };
}
