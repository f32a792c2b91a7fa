import { useId, useState } from 'react';
import {
  reliabilityGrades,
  reliabilityLabels,
  type OutletDetail,
  type ReliabilityGrade,
} from '../../../shared/outlets';
import { formatDate } from '../../lib/format';
import { useAppStore } from '../../state/store-context';

type Choice = ReliabilityGrade | 'withdraw';

function GradeHistory({ detail }: { detail: OutletDetail }) {
  if (detail.gradeHistory.length === 0) return null;
  return (
    <details className="grade-history">
      <summary>Grade history ({detail.gradeHistory.length})</summary>
      <ol aria-label="Grade history">
        {detail.gradeHistory.map((entry) => (
          <li key={`${entry.at}:${entry.grade ?? '-'}`}>
            <strong>
              {entry.grade ? `${entry.grade} — ${reliabilityLabels[entry.grade]}` : 'Withdrawn'}
            </strong>{' '}
            <span className="muted">
              by {entry.by}, {formatDate(entry.at)}
            </span>
            {entry.rationale && <p>{entry.rationale}</p>}
          </li>
        ))}
      </ol>
    </details>
  );
}

/**
 * The Admiralty source-reliability grade: A–F with the doctrine wording, a rationale, who and
 * when, the history of past grades, and what the record suggests (never applied by itself).
 */
export function OutletGrade({ detail }: { detail: OutletDetail }) {
  const gradeOutlet = useAppStore((s) => s.gradeOutlet);
  const current = detail.grade?.grade ?? null;
  const [choice, setChoice] = useState<Choice | null>(current);
  const [rationale, setRationale] = useState(detail.grade?.rationale ?? '');
  const rationaleId = useId();
  const groupName = useId();
  const unchanged =
    choice === null ||
    (choice === current && rationale === (detail.grade?.rationale ?? '')) ||
    (choice === 'withdraw' && current === null);

  return (
    <section className="outlet-section outlet-grade" aria-labelledby={`${groupName}-h`}>
      <h4 id={`${groupName}-h`}>Source reliability</h4>
      <p className="outlet-current-grade" aria-label="Current grade">
        {detail.grade?.grade ? (
          <>
            <span className="grade-letter" aria-hidden="true">
              {detail.grade.grade}
            </span>{' '}
            {reliabilityLabels[detail.grade.grade]}{' '}
            <span className="muted">
              — by {detail.grade.by}, {formatDate(detail.grade.at)}
            </span>
          </>
        ) : (
          'Not graded'
        )}
      </p>
      {detail.suggestion && (
        <p className="grade-suggestion" aria-label="Suggestion from the track record">
          <span className="suggestion-label">Suggestion from the track record:</span>{' '}
          {detail.suggestion.grade} — {reliabilityLabels[detail.suggestion.grade]}.{' '}
          {detail.suggestion.reason} <span className="muted">(not applied)</span>
        </p>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (choice === null) return;
          void gradeOutlet({
            name: detail.name,
            grade: choice === 'withdraw' ? null : choice,
            rationale: rationale.trim(),
          });
        }}
      >
        <fieldset className="grade-options">
          <legend>Grade</legend>
          {reliabilityGrades.map((grade) => (
            <label key={grade}>
              <input
                type="radio"
                name={groupName}
                value={grade}
                checked={choice === grade}
                onChange={() => setChoice(grade)}
              />
              {grade} — {reliabilityLabels[grade]}
            </label>
          ))}
          <label>
            <input
              type="radio"
              name={groupName}
              value="withdraw"
              checked={choice === 'withdraw'}
              disabled={current === null}
              onChange={() => setChoice('withdraw')}
            />
            Withdraw grade
          </label>
        </fieldset>
        <label htmlFor={rationaleId}>Rationale</label>
        <textarea
          id={rationaleId}
          rows={2}
          value={rationale}
          placeholder="Why this grade"
          onChange={(event) => setRationale(event.target.value)}
        />
        <button type="submit" disabled={unchanged}>
          {choice === 'withdraw' ? 'Withdraw grade' : 'Save grade'}
        </button>
      </form>
      <GradeHistory detail={detail} />
    </section>
  );
}
