import type { MatrixCell } from '../../shared/matrix';

/** A cell as the service answers one with nothing recorded, changed by `patch`: for renderer tests. */
export const matrixCell = (
  party: string,
  issue: string,
  patch: Partial<MatrixCell> = {},
): MatrixCell => ({
  party,
  issue,
  stance: 'unknown',
  summary: '',
  asOf: null,
  asOfSet: false,
  note: '',
  evidence: [],
  origins: 0,
  flags: ['no-evidence'],
  updatedAt: null,
  ...patch,
});
