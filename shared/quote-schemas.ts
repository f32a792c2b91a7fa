import { z } from 'zod';

const quoteId = z.string().regex(/^Q[1-9]\d{0,8}$/, 'a quote id looks like Q12');
const articleId = z.string().min(1, 'an article id is required').max(4096);
const filePath = z.string().min(1, 'a file path is required').max(4096);
const offset = z.number().int('offsets are whole numbers').min(0, 'offsets cannot be negative');
const grade = z
  .number()
  .int()
  .min(1, 'grades run from 1 to 6')
  .max(6, 'grades run from 1 to 6')
  .nullable();

const quotePatch = z
  .object({
    speaker: z.string().max(500).nullable().optional(),
    tags: z.array(z.string().max(100)).max(100).optional(),
    note: z.string().max(20_000).optional(),
    grade: grade.optional(),
  })
  .strict();

const empty = z.object({}).strict();

/**
 * Input schemas for the workspace and quote channels, for the lead to merge into
 * shared/schemas.ts once the channels are in the contract.
 */
export const quoteInputSchemas = {
  /** Open (or create) a workspace file; answers WorkspaceInfo. */
  'workspace:open': z.object({ file: filePath, create: z.boolean().optional() }).strict(),
  /** The open workspace's name, folders, counts and undo/redo labels. */
  'workspace:info': empty,
  /** Undo the last edit; answers UndoResult | null. */
  'workspace:undo': empty,
  /** Redo the last undone edit; answers UndoResult | null. */
  'workspace:redo': empty,
  /** Automatic backups of a workspace file, newest first (offered when opening fails as corrupt). */
  'workspace:backups': z.object({ file: filePath }).strict(),
  /** Put a backup in place of a damaged workspace (the damaged file is moved aside). */
  'workspace:restore': z.object({ backup: filePath, file: filePath }).strict(),
  /** Every quote in pinning order. */
  'quotes:list': empty,
  /** Pin article text [start, end); answers PinResult. */
  'quotes:pin': z
    .object({ articleId, start: offset, end: offset, fields: quotePatch.optional() })
    .strict()
    .refine((v) => v.end > v.start, { message: 'the selection is empty', path: ['end'] }),
  /** Edit speaker, tags, note or grade; answers the Quote. */
  'quotes:update': z.object({ id: quoteId, patch: quotePatch }).strict(),
  /** Delete a quote (undoable); answers the deleted Quote. */
  'quotes:delete': z.object({ id: quoteId }).strict(),
  /** Re-check every quote against its article; answers Verification[]. */
  'quotes:verify': empty,
  /** Markdown citation of one quote; answers string. */
  'quotes:citation': z.object({ id: quoteId }).strict(),
  /** Every quote as CSV or JSON text; answers string. */
  'quotes:export': z.object({ format: z.enum(['csv', 'json']) }).strict(),
};

export type QuoteChannelInput = {
  [C in keyof typeof quoteInputSchemas]: z.infer<(typeof quoteInputSchemas)[C]>;
};
