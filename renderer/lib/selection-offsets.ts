/** The attribute every rendered run of article text carries: where the run starts in the text. */
export const OFFSET_ATTRIBUTE = 'data-offset';

const segmentOf = (node: Node, root: Element): HTMLElement | null => {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const segment = element?.closest<HTMLElement>(`[${OFFSET_ATTRIBUTE}]`) ?? null;
  return segment && root.contains(segment) ? segment : null;
};

const segmentStart = (segment: Element): number =>
  Number(segment.getAttribute(OFFSET_ATTRIBUTE) ?? '0');

/**
 * The text offset of one boundary point (a Range's start or end) inside `root`, whose runs carry
 * data-offset. Works whether the point is in a run's text node, on a run element, or between runs.
 */
export function boundaryOffset(
  root: Element,
  node: Node,
  offset: number,
  textLength: number,
): number {
  const segment = segmentOf(node, root);
  if (segment) {
    const length = segment.textContent.length;
    if (node.nodeType === Node.TEXT_NODE) return segmentStart(segment) + Math.min(offset, length);
    // On the run element itself: before its text at 0, after it otherwise.
    return segmentStart(segment) + (offset === 0 ? 0 : length);
  }
  // Between runs (or on a container): the point sits just before the first run that follows it.
  const point = document.createRange();
  point.setStart(node, offset);
  point.collapse(true);
  for (const run of root.querySelectorAll(`[${OFFSET_ATTRIBUTE}]`)) {
    if (point.comparePoint(run, 0) >= 0) return segmentStart(run);
  }
  return textLength;
}

/** Trims whitespace off both ends of [start, end) in `text`, as a double-click selection often has some. */
export function trimRange(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e -= 1;
  return { start: s, end: e };
}

/**
 * Maps a DOM Range to [start, end) in the article's normalised text, or null when it does not
 * touch the text or covers only whitespace. A range reaching outside `root` is clipped to it.
 */
export function rangeToTextOffsets(
  root: Element,
  range: Range,
  text: string,
): { start: number; end: number } | null {
  if (range.collapsed || !range.intersectsNode(root)) return null;
  const startsInside = root.contains(range.startContainer);
  const endsInside = root.contains(range.endContainer);
  const start = startsInside
    ? boundaryOffset(root, range.startContainer, range.startOffset, text.length)
    : 0;
  const end = endsInside
    ? boundaryOffset(root, range.endContainer, range.endOffset, text.length)
    : text.length;
  if (end <= start) return null;
  const trimmed = trimRange(text, start, end);
  return trimmed.end > trimmed.start ? trimmed : null;
}
