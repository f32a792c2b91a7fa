import type { AttributionRange } from '../../lib/article-segments';

/** What an attribution span means, in words ("Relays Financial Times"). */
export function attributionLabel(a: Pick<AttributionRange, 'kind' | 'outlet'>): string {
  switch (a.kind) {
    case 'relays':
      return `Relays ${a.outlet ?? 'another outlet'}`;
    case 'credit':
      return `Photo or wire credit: ${a.outlet ?? 'unnamed'} (not an origin)`;
    case 'anonymous':
      return 'Anonymous sourcing';
    case 'statement':
      return 'A named speaker’s statement';
  }
}
