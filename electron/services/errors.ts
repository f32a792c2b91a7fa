import type { ErrorCode } from '../../shared/result';

/** A failure the analyst can act on; hosts map `code` to a result envelope, the CLI to an exit code. */
export class DomainError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
  }
}
