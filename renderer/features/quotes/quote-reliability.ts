import { reliabilityLabels } from '../../../shared/outlets';
import { credibilityLabels, type Quote } from '../../../shared/quote';

/** What the Admiralty pair says, in words: "Financial Times: usually reliable · probably true". */
export function pairDescription(quote: Quote): string | null {
  const reliability = quote.reliability;
  if (!reliability) return null;
  const source = reliability.grade
    ? reliabilityLabels[reliability.grade].toLowerCase()
    : 'source not graded';
  const information = quote.grade
    ? credibilityLabels[quote.grade].toLowerCase()
    : 'information not graded';
  return `${reliability.outlet ?? 'Unknown outlet'}: ${source} · ${information}`;
}

/** For a quote in a relay, whose report it is and who passed it on: "via FT, published by X". */
export function relayLine(quote: Quote): string | null {
  const { outlet, publisher } = quote.reliability ?? {};
  if (!outlet || outlet === publisher) return null;
  return `via ${outlet}, ${publisher ? `published by ${publisher}` : 'publisher unknown'}`;
}
