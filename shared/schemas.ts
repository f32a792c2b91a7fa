import { z } from 'zod';
import type { Channel, Input } from './contract';
import { briefingSchema } from './briefing';
import { correctableFields, isCalendarDay } from './corrections';

const empty = z.object({}).strict();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected an ISO date such as 2025-04-22');
// A NUL byte ends a path for the OS, so Node refuses it deep in fs; refuse it here, as bad input.
const noNul = /^[^\0]*$/;
const nulMessage = 'a path cannot contain a NUL character';
const folderPath = z
  .string()
  .min(1, 'a folder path is required')
  .max(4096)
  .regex(noNul, nulMessage);
const filePath = z.string().min(1, 'a file path is required').max(4096).regex(noNul, nulMessage);
const quoteId = z.string().regex(/^Q[1-9]\d{0,8}$/, 'a quote id looks like Q12');
const offset = z.number().int('offsets are whole numbers').min(0, 'offsets cannot be negative');
const quoteFields = {
  speaker: z.string().max(500).nullable().exactOptional(),
  tags: z.array(z.string().max(100)).max(100).exactOptional(),
  note: z.string().max(20_000).exactOptional(),
  grade: z
    .literal([1, 2, 3, 4, 5, 6], { error: 'a credibility grade runs from 1 to 6' })
    .nullable()
    .exactOptional(),
};
const articleId = z.string().min(1, 'an article id is required').max(4096);
const correctedValue = z
  .string()
  .max(2000, 'a corrected value is limited to 2,000 characters')
  .nullable();
const correctedDate = z
  .string()
  .max(100)
  .refine((v) => v.trim() === '' || isCalendarDay(v.trim()), {
    message: 'a date is written YYYY-MM-DD, e.g. 2025-04-22',
  })
  .nullable();
const originName = z.string().max(500).nullable();
const exportFormat = z.object({ format: z.enum(['csv', 'json']) }).strict();
const briefingId = z.string().regex(/^B[1-9]\d{0,8}$/, 'a briefing id looks like B2');
const briefingExport = z
  .object({ id: briefingId.exactOptional(), format: z.enum(['md', 'html', 'docx', 'pdf']) })
  .strict();

/** Runtime schemas for every channel's input; the type check ties each to the contract. */
export const inputSchemas = {
  'corpus:list': empty,
  'corpus:add': z.object({ path: folderPath, allowLarge: z.boolean().exactOptional() }).strict(),
  'corpus:pick': empty,
  'corpus:remove': z.object({ path: folderPath }).strict(),
  'corpus:reindex': empty,
  'corpus:facets': empty,
  'index:status': empty,
  'origins:summary': empty,
  'origins:article': z.object({ id: articleId }).strict(),
  'origins:group': z.object({ articleId }).strict(),
  'origins:drift': z
    .object({
      articleIds: z
        .array(articleId)
        .min(1, 'name the articles of a relay group')
        .max(5000, 'quote drift compares at most 5,000 articles at once'),
    })
    .strict(),
  'search:query': z
    .object({
      text: z.string().max(2000, 'queries are limited to 2,000 characters'),
      limit: z.number().int().min(1).max(10_000).exactOptional(),
      offset: z.number().int().min(0).exactOptional(),
      outlets: z.array(z.string().max(500)).max(500).exactOptional(),
      from: isoDate.exactOptional(),
      to: isoDate.exactOptional(),
      includeUndated: z.boolean().exactOptional(),
      folders: z.array(folderPath).max(500).exactOptional(),
      sort: z.enum(['relevance', 'date']).exactOptional(),
    })
    .strict(),
  'article:get': z
    .object({ id: z.string().min(1).max(4096), query: z.string().max(2000).exactOptional() })
    .strict(),
  'article:correct': z
    .object({
      articleId,
      set: z
        .object({
          title: correctedValue.exactOptional(),
          outlet: correctedValue.exactOptional(),
          byline: correctedValue.exactOptional(),
          published: correctedDate.exactOptional(),
        })
        .strict()
        .exactOptional(),
      clear: z.array(z.enum(correctableFields)).max(correctableFields.length).exactOptional(),
    })
    .strict(),
  'article:corrections': z.object({ articleId: articleId.exactOptional() }).strict(),
  'variants:list': empty,
  'variants:set': z
    .object({
      name: z.string().max(200, 'a variant set name is limited to 200 characters'),
      spellings: z.array(z.string().max(200, 'a spelling is limited to 200 characters')).max(50),
    })
    .strict(),
  'decision:make': z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('confirm'), articleId }).strict(),
    z.object({ kind: z.literal('split'), articleId }).strict(),
    z.object({ kind: z.literal('merge'), articleId, withArticleId: articleId }).strict(),
    z.object({ kind: z.literal('set-origin'), articleId, origin: originName }).strict(),
  ]),
  'workspace:info': empty,
  'workspace:new': z.object({ file: filePath }).strict(),
  'workspace:open': z.object({ file: filePath }).strict(),
  'workspace:save-as': z
    .object({ file: filePath, overwrite: z.boolean().exactOptional() })
    .strict(),
  'workspace:pick': z.object({ purpose: z.enum(['open', 'new', 'save-as']) }).strict(),
  'workspace:recent': empty,
  'workspace:undo': empty,
  'workspace:redo': empty,
  'workspace:backups': z.object({ file: filePath.exactOptional() }).strict(),
  'workspace:restore': z.object({ backup: filePath, file: filePath }).strict(),
  'quote:pin': z
    .object({
      articleId: z.string().min(1, 'an article id is required').max(4096),
      start: offset,
      end: offset,
      ...quoteFields,
    })
    .strict()
    .refine((v) => v.end > v.start, { message: 'the selection is empty', path: ['end'] }),
  'quote:list': empty,
  'quote:update': z.object({ id: quoteId, ...quoteFields }).strict(),
  'quote:delete': z.object({ id: quoteId }).strict(),
  'quote:verify': empty,
  'quote:citation': z.object({ id: quoteId }).strict(),
  'quote:history': z.object({ id: quoteId }).strict(),
  'quote:corroboration': z.object({ id: quoteId }).strict(),
  'quote:export': exportFormat,
  'quote:save-export': exportFormat,
  'briefing:list': empty,
  'briefing:get': z.object({ id: briefingId }).strict(),
  'briefing:save': z
    .object({
      id: briefingId.exactOptional(),
      name: z.string().max(1000, 'a briefing name has at most 200 characters'),
      briefing: briefingSchema,
    })
    .strict(),
  'briefing:delete': z.object({ id: briefingId }).strict(),
  'briefing:preview': z.union([
    z.object({ id: briefingId }).strict(),
    z.object({ draft: briefingSchema }).strict(),
  ]),
  'briefing:export': briefingExport,
  'briefing:save-export': briefingExport,
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
  return {
    ok: false,
    message: `Invalid input for ${channel}: ${where}${issue?.message ?? 'bad value'}`,
  };
}
