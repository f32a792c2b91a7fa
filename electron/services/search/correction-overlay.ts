import type { ArticleMeta } from '../../../shared/article';
import {
  correctableFields,
  type CorrectedFields,
  type CorrectionValues,
} from '../../../shared/corrections';

/** The analyst's corrections of the open workspace, by article id. */
export type CorrectionsById = ReadonlyMap<string, CorrectionValues>;

/**
 * An article's metadata with the analyst's corrections laid over it. Corrections win over
 * everything the file and its sidecar say; `corrected` keeps, per field, the value they replace.
 */
export function overlayCorrections(
  doc: ArticleMeta,
  values: CorrectionValues | undefined,
): ArticleMeta {
  if (!values) return doc;
  const next: ArticleMeta = { ...doc };
  const corrected: CorrectedFields = {};
  for (const field of correctableFields) {
    const value = values[field];
    if (value === undefined) continue;
    corrected[field] = { extracted: doc[field] };
    if (field === 'title') next.title = value ?? doc.title;
    else next[field] = value;
  }
  return Object.keys(corrected).length === 0 ? doc : { ...next, corrected };
}
