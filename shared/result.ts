/** Error codes every host maps failures to; the renderer switches on these. */
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'unreadable'
  | 'conflict'
  | 'locked'
  | 'corrupt'
  | 'forbidden'
  /** The workspace's file, folder or disk refuses writes: it is open for reading only. */
  | 'read-only'
  /** The disk is full: the change was not saved, nothing saved before was lost. */
  | 'disk-full'
  /** The request is sound but big enough that the analyst must confirm it first. */
  | 'needs-confirmation'
  | 'internal';

const errorCodes: Record<ErrorCode, true> = {
  'invalid-input': true,
  'not-found': true,
  unreadable: true,
  conflict: true,
  locked: true,
  corrupt: true,
  forbidden: true,
  'read-only': true,
  'disk-full': true,
  'needs-confirmation': true,
  internal: true,
};

/** True for the codes hosts may send; anything else from the wire is treated as 'internal'. */
export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.hasOwn(errorCodes, value);

export type AppError = { code: ErrorCode; message: string };

/** What every call across a process boundary resolves to; nothing throws across it. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
