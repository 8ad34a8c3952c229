import { z } from 'zod';
import { type Analysis, analyze } from '@/lib/analyzer';
import { ANALYZE_MESSAGE } from './request';

const analyzeRequestSchema = z.object({
  type: z.literal(ANALYZE_MESSAGE),
  input: z.object({
    summary: z.string(),
    description: z.string().optional(),
    issueType: z.string().optional(),
    labels: z.array(z.string()).max(200).optional(),
    annotation: z
      .object({ customer: z.string().optional(), benefit: z.string().optional(), evidence: z.string().optional() })
      .optional(),
  }),
});

/**
 * Background side: answers analyse requests through `sendResponse` (returning true keeps the channel
 * open), and ignores other messages so other listeners can answer them.
 */
export function handleAnalyzeMessage(message: unknown, _sender: unknown, sendResponse: (reply: Analysis) => void): true | undefined {
  const request = analyzeRequestSchema.safeParse(message);
  if (!request.success) return undefined;
  sendResponse(analyze(request.data.input));
  return true;
}
