import { z } from 'zod';
import type { Channel, Input } from './contract';
import { briefingSchema } from './briefing';
import { correctableFields, isCalendarDay } from './corrections';
import { outletKinds, reliabilityGrades, trackRecordKinds } from './outlets';
import { evidenceRelations, stances } from './matrix';

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
const calendarDay = z
  .string()
  .refine((v) => isCalendarDay(v), { message: 'a date is written YYYY-MM-DD, e.g. 2025-04-22' });
const matrixId = z.string().min(1, 'an id is required').max(200);
const cellRef = { party: matrixId, issue: matrixId };
const matrixName = z.string().max(200, 'a name is limited to 200 characters');
const matrixNames = z.array(z.string().max(200, 'a name is limited to 200 characters')).max(100);
const reason = z.string().max(2000, 'a reason is limited to 2,000 characters').exactOptional();
const matrixTarget = z.enum(['party', 'issue']);
const exportFormat = z.object({ format: z.enum(['csv', 'json']) }).strict();
const outletName = z
  .string()
  .trim()
  .min(1, 'an outlet needs a name')
  .max(200, 'an outlet name is limited to 200 characters');
const outletNames = z.array(outletName).max(200, 'at most 200 aliases');
const outletKind = z.enum(outletKinds, {
  error: `an outlet kind is one of ${outletKinds.join(', ')}`,
});
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
      grades: z
        .array(
          z.enum([...reliabilityGrades, 'ungraded'], {
            error: 'a grade filter is A–F or ungraded',
          }),
        )
        .max(7)
        .exactOptional(),
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
  'outlets:list': empty,
  'outlets:get': z.object({ name: outletName }).strict(),
  'outlets:edit': z.discriminatedUnion('kind', [
    z
      .object({ kind: z.literal('add'), name: outletName, outletKind: outletKind.exactOptional() })
      .strict(),
    z.object({ kind: z.literal('rename'), name: outletName, to: outletName }).strict(),
    z.object({ kind: z.literal('merge'), name: outletName, into: outletName }).strict(),
    z
      .object({
        kind: z.literal('split'),
        name: outletName,
        aliases: outletNames.min(1, 'name the aliases that become the new outlet'),
        newName: outletName,
      })
      .strict(),
    z.object({ kind: z.literal('set-aliases'), name: outletName, aliases: outletNames }).strict(),
    z
      .object({
        kind: z.literal('set-details'),
        name: outletName,
        outletKind: outletKind.exactOptional(),
        country: z.string().max(100).nullable().exactOptional(),
        domains: z.array(z.string().max(253)).max(100).exactOptional(),
        notes: z.string().max(20_000).exactOptional(),
      })
      .strict(),
    z.object({ kind: z.literal('remove'), name: outletName }).strict(),
  ]),
  'outlets:grade': z
    .object({
      name: outletName,
      grade: z.enum(reliabilityGrades, { error: 'a reliability grade is A to F' }).nullable(),
      rationale: z.string().max(20_000),
    })
    .strict(),
  'outlets:record-add': z
    .object({
      name: outletName,
      kind: z.enum(trackRecordKinds, {
        error: `a record entry is one of ${trackRecordKinds.join(', ')}`,
      }),
      date: calendarDay,
      text: z.string().trim().min(1, 'say what happened').max(20_000),
      articleIds: z.array(articleId).max(500).exactOptional(),
      quoteIds: z.array(quoteId).max(500).exactOptional(),
    })
    .strict(),
  'outlets:record-remove': z
    .object({
      name: outletName,
      id: z.string().regex(/^R[1-9]\d{0,8}$/, 'a record id looks like R3'),
    })
    .strict(),
  'outlets:export': exportFormat,
  'outlets:save-export': exportFormat,
  'outlets:import': z
    .object({
      format: z.enum(['csv', 'json']),
      text: z.string().max(50_000_000, 'a notebook file is limited to 50 MB'),
      label: z.string().max(200).exactOptional(),
      overwriteGrades: z.boolean().exactOptional(),
    })
    .strict(),
  'quote:export': exportFormat,
  'quote:save-export': exportFormat,
  'matrix:get': z.object({ asOf: calendarDay.exactOptional() }).strict(),
  'matrix:cell': z.object({ ...cellRef, asOf: calendarDay.exactOptional() }).strict(),
  'matrix:edit': z.discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('add-party'),
        name: matrixName,
        aliases: matrixNames.exactOptional(),
      })
      .strict(),
    z
      .object({
        kind: z.literal('add-issue'),
        name: matrixName,
        proposition: z.string().max(1000).exactOptional(),
        terms: matrixNames.exactOptional(),
      })
      .strict(),
    z
      .object({ kind: z.literal('rename'), target: matrixTarget, id: matrixId, name: matrixName })
      .strict(),
    z
      .object({
        kind: z.literal('move'),
        target: matrixTarget,
        id: matrixId,
        to: z.number().int('a position is a whole number').min(0, 'positions start at 0'),
      })
      .strict(),
    z.object({ kind: z.literal('remove'), target: matrixTarget, id: matrixId }).strict(),
    z.object({ kind: z.literal('set-aliases'), id: matrixId, aliases: matrixNames }).strict(),
    z.object({ kind: z.literal('set-terms'), id: matrixId, terms: matrixNames }).strict(),
    z
      .object({
        kind: z.literal('set-proposition'),
        id: matrixId,
        proposition: z.string().max(1000),
      })
      .strict(),
  ]),
  'matrix:set-cell': z
    .object({
      ...cellRef,
      stance: z.enum(stances).exactOptional(),
      summary: z
        .string()
        .max(1000, 'a summary is one line, at most 1,000 characters')
        .exactOptional(),
      asOf: calendarDay.nullable().exactOptional(),
      note: z.string().max(20_000).exactOptional(),
      reason,
    })
    .strict(),
  'matrix:link': z
    .object({ ...cellRef, quoteId, relation: z.enum(evidenceRelations), reason })
    .strict(),
  'matrix:unlink': z.object({ ...cellRef, quoteId, reason }).strict(),
  'matrix:suggest': z
    .object({ ...cellRef, limit: z.number().int().min(1).max(100).exactOptional() })
    .strict(),
  'matrix:settings': z
    .object({
      staleDays: z
        .number()
        .int('the stale threshold is a whole number of days')
        .min(1, 'the stale threshold is at least 1 day')
        .max(3650, 'the stale threshold is at most 3,650 days')
        .exactOptional(),
    })
    .strict(),
  'matrix:export': z
    .object({ format: z.enum(['csv', 'json']), asOf: calendarDay.exactOptional() })
    .strict(),
  'matrix:save-export': z
    .object({ format: z.enum(['csv', 'json']), asOf: calendarDay.exactOptional() })
    .strict(),
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
