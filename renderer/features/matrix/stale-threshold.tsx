import { useId, useState } from 'react';
import { formatCount } from '../../lib/format';

/** The bounds `matrix:settings` accepts, so the form says so before the host refuses. */
const MIN_DAYS = 1;
const MAX_DAYS = 3650;

/** The analyst's text as a stale threshold, or why it is not one. */
export function parseStaleDays(
  text: string,
): { ok: true; days: number } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed))
    return { ok: false, message: 'The stale threshold is a whole number of days, such as 90.' };
  const days = Number(trimmed);
  if (days < MIN_DAYS || days > MAX_DAYS)
    return {
      ok: false,
      message: `The stale threshold is between ${MIN_DAYS} and ${formatCount(MAX_DAYS)} days.`,
    };
  return { ok: true, days };
}

/**
 * "Stale after [N] days": how old a cell's newest evidence may be (counted back from the shown
 * date) before the cell is flagged stale. Set on Enter or "Set"; bad input changes nothing.
 * Remount it (key) with the stored value, so an undo shows the value it brought back.
 */
export function StaleThreshold({
  days,
  onSet,
}: {
  days: number;
  onSet: (days: number) => Promise<boolean>;
}) {
  const [text, setText] = useState(String(days));
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const parsed = parseStaleDays(text);
  const unchanged = parsed.ok && parsed.days === days;

  return (
    <form
      className="matrix-stale"
      aria-label="Stale threshold"
      onSubmit={(event) => {
        event.preventDefault();
        if (!parsed.ok) {
          setProblem(parsed.message);
          return;
        }
        setProblem(null);
        if (!unchanged) void onSet(parsed.days);
      }}
    >
      <label htmlFor={id}>Stale after</label>
      <input
        id={id}
        inputMode="numeric"
        size={4}
        aria-label="Stale after (days)"
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setProblem(null);
        }}
      />
      <span aria-hidden="true">days</span>
      <button type="submit" disabled={unchanged} aria-label="Set the stale threshold">
        Set
      </button>
      {problem && (
        <span id={`${id}-problem`} className="matrix-stale-problem" role="alert">
          {problem}
        </span>
      )}
    </form>
  );
}
