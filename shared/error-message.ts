/** The one sentence to show for anything thrown: an Error's message, or the value itself as text. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
