import { useEffect, useRef } from 'react';
import { formatCount } from '../../lib/format';

type Props = { chars: number; paragraphs: number; onPin: () => void; onCancel: () => void };

/** Asks before a passage longer than a few paragraphs becomes one quote (Ctrl+A then pin is a slip). */
export function LongPinConfirm({ chars, paragraphs, onPin, onCancel }: Props) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Cancel takes focus: Enter on a slip must not pin the whole article.
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <div
      className="long-pin-confirm"
      role="alertdialog"
      aria-label="Pin a long passage?"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p>
        This passage is {formatCount(chars)} characters in {formatCount(paragraphs)} paragraphs. Pin
        it as one quote?
      </p>
      <button type="button" onClick={onPin}>
        Pin whole passage
      </button>
      <button type="button" ref={cancelRef} onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
