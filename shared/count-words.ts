const numberFormat = new Intl.NumberFormat('en-US');

/** "2,225". */
export function formatCount(count: number): string {
  return numberFormat.format(count);
}

/** "1 result", "5 results", "1,200 articles": the noun pluralised by a trailing s. */
export function plural(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}
