import { z } from 'zod';
import type { Channel, Input } from './contract';

const empty = z.object({}).strict();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected an ISO date such as 2025-04-22');
const folderPath = z.string().min(1, 'a folder path is required').max(4096);

/** Runtime schemas for every channel's input; the type check ties each to the contract. */
export const inputSchemas = {
  'corpus:list': empty,
  'corpus:add': z.object({ path: folderPath }).strict(),
  'corpus:pick': empty,
  'corpus:remove': z.object({ path: folderPath }).strict(),
  'corpus:reindex': empty,
  'corpus:facets': empty,
  'index:status': empty,
  'search:query': z
    .object({
      text: z.string().max(2000, 'queries are limited to 2,000 characters'),
      limit: z.number().int().min(1).max(10_000).optional(),
      offset: z.number().int().min(0).optional(),
      outlets: z.array(z.string().max(500)).max(500).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      folders: z.array(folderPath).max(500).optional(),
      sort: z.enum(['relevance', 'date']).optional(),
    })
    .strict(),
  'article:get': z
    .object({ id: z.string().min(1).max(4096), query: z.string().max(2000).optional() })
    .strict(),
} satisfies { [C in Channel]: z.ZodType<Input<C>> };

/** Parses a channel's input, or explains in one sentence what is wrong with it. */
export function parseInput<C extends Channel>(
  channel: C,
  input: unknown,
): { ok: true; value: Input<C> } | { ok: false; message: string } {
  const parsed = (inputSchemas[channel] as z.ZodType<Input<C>>).safeParse(input ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return { ok: false, message: `Invalid input for ${channel}: ${where}${issue?.message ?? 'bad value'}` };
}
