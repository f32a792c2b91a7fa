import { useId, useState } from 'react';
import type { ArticleView } from '../../../shared/article';
import {
  correctableFieldNames,
  correctableFields,
  type CorrectableField,
  type CorrectionValues,
} from '../../../shared/corrections';
import { useAppStore } from '../../state/store-context';

const labels: Record<CorrectableField, string> = {
  title: 'Title',
  outlet: 'Publisher',
  byline: 'Byline',
  published: 'Date',
};

const valueOf = (article: ArticleView, field: CorrectableField): string => article[field] ?? '';

/**
 * The analyst's corrections of the open article's metadata: the publisher, date, title or byline
 * the file gets wrong. The file is never written; the value it gives stays shown beside the
 * correction, and each save is one undoable edit.
 */
export function CorrectMetadata({ article, onDone }: { article: ArticleView; onDone: () => void }) {
  const correctArticle = useAppStore((s) => s.correctArticle);
  const announce = useAppStore((s) => s.announce);
  const [values, setValues] = useState<Record<CorrectableField, string>>(() => ({
    title: valueOf(article, 'title'),
    outlet: valueOf(article, 'outlet'),
    byline: valueOf(article, 'byline'),
    published: valueOf(article, 'published'),
  }));
  const [error, setError] = useState<string | null>(null);
  const formId = useId();

  const save = async () => {
    const set: CorrectionValues = {};
    for (const field of correctableFields) {
      const typed = values[field].trim();
      if (typed === valueOf(article, field)) continue;
      set[field] = typed === '' ? null : typed;
    }
    if (Object.keys(set).length === 0) {
      onDone();
      return;
    }
    const problem = await correctArticle({ articleId: article.id, set });
    if (problem) {
      setError(problem);
      return;
    }
    announce(
      `Corrected the ${Object.keys(set)
        .map((f) => correctableFieldNames[f as CorrectableField])
        .join(', ')}`,
    );
    onDone();
  };

  const revert = async (field: CorrectableField) => {
    const problem = await correctArticle({ articleId: article.id, clear: [field] });
    if (problem) setError(problem);
    else {
      announce(`The ${correctableFieldNames[field]} is the file's again`);
      onDone();
    }
  };

  return (
    <form
      className="correct-metadata"
      aria-label="Correct the metadata"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      {correctableFields.map((field) => {
        const corrected = article.corrected?.[field];
        return (
          <div key={field} className="correct-field">
            <label htmlFor={`${formId}-${field}`}>{labels[field]}</label>
            <input
              id={`${formId}-${field}`}
              value={values[field]}
              placeholder={field === 'published' ? 'YYYY-MM-DD (empty: unknown)' : 'unknown'}
              onChange={(event) => setValues({ ...values, [field]: event.target.value })}
            />
            {corrected && (
              <span className="correct-extracted">
                file says: {corrected.extracted ?? 'unknown'}{' '}
                <button type="button" className="link-button" onClick={() => void revert(field)}>
                  Use the file’s
                </button>
              </span>
            )}
          </div>
        );
      })}
      {error && (
        <p role="alert" className="correct-error">
          {error}
        </p>
      )}
      <div className="correct-actions">
        <button type="submit">Save corrections</button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
