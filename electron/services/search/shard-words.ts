import { indexTerm, normaliseWord } from './language';
import { findTerm } from './shard-terms';

/**
 * Every document's title and body as the sequence of its words, each word normalised as phrases
 * compare them (normaliseWord: not stemmed, stop words kept) and numbered by its place in the
 * sorted `words`. An exact phrase is then a run of numbers, checked without reading the text.
 * Document d's title is wordIds[wordStarts[2d] .. wordStarts[2d+1]), its body runs on to
 * wordStarts[2d+2]: title then body, as the text a phrase without a field is looked for in.
 */
export type WordSequences = {
  words: string[];
  wordStarts: Uint32Array;
  /** 16-bit when the shard has at most 65,536 distinct words. */
  wordIds: Uint16Array | Uint32Array;
};

/** Collects the word sequences while a shard is indexed: idOf once per distinct raw word, push per occurrence. */
export type SequenceBuilder = {
  idOf(word: string): number;
  push(id: number): void;
  /** Ends the current field; called after each document's title and after its body. */
  endField(): void;
  finish(): WordSequences;
};

export function createSequenceBuilder(): SequenceBuilder {
  const ids = new Map<string, number>();
  const names: string[] = [];
  let sequence = new Uint32Array(1 << 16);
  let used = 0;
  const starts: number[] = [0];
  return {
    idOf(word) {
      const key = normaliseWord(word);
      let id = ids.get(key);
      if (id === undefined) {
        id = names.length;
        ids.set(key, id);
        names.push(key);
      }
      return id;
    },
    push(id) {
      if (used === sequence.length) {
        const grown = new Uint32Array(sequence.length * 2);
        grown.set(sequence);
        sequence = grown;
      }
      sequence[used++] = id;
    },
    endField() {
      starts.push(used);
    },
    finish() {
      const order = Array.from(names.keys()).sort((a, b) =>
        names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0,
      );
      const rank = new Uint32Array(names.length);
      order.forEach((id, r) => (rank[id] = r));
      const wordIds = names.length <= 0x10000 ? new Uint16Array(used) : new Uint32Array(used);
      for (let i = 0; i < used; i++) wordIds[i] = rank[sequence[i]!]!;
      return {
        words: order.map((id) => names[id]!),
        wordStarts: Uint32Array.from(starts),
        wordIds,
      };
    },
  };
}

/** A shard's word sequences with its sorted terms: what WordStems reads. */
export type ShardWords = WordSequences & { terms: readonly string[] };

/**
 * The index terms of a shard's words, each worked out on first use and kept with the shard, so
 * snippets over its documents stem each word once, not once per search. A normalised word's term
 * is the word's term in every spelling but the acronym of a stop word, which asAcronym gives.
 * A class, so every shard's lookups run through the same (inlined) methods.
 */
export class WordStems {
  // undefined: not worked out yet (null is an answer: a stop word); -2 likewise for term numbers.
  private readonly plain: (string | null | undefined)[];
  private readonly capitals: (string | null | undefined)[];
  private readonly termNumbers: Int32Array;

  constructor(private readonly data: ShardWords) {
    this.plain = new Array<string | null | undefined>(data.words.length);
    this.capitals = new Array<string | null | undefined>(data.words.length);
    this.termNumbers = new Int32Array(data.words.length).fill(-2);
  }

  /** Word `id`'s index term: indexTerm of its normalised form. */
  of(id: number): string | null {
    let term = this.plain[id];
    if (term === undefined) term = this.plain[id] = indexTerm(this.data.words[id] ?? '');
    return term;
  }

  /** The index term of word `id` spelt in capitals: what a stop word ("us") is as an acronym ("US"). */
  asAcronym(id: number): string | null {
    let term = this.capitals[id];
    if (term === undefined)
      term = this.capitals[id] = indexTerm((this.data.words[id] ?? '').toUpperCase());
    return term;
  }

  /** The number of word `id`'s index term among the shard's terms; -1 when it has none there. */
  termOf(id: number): number {
    let term = this.termNumbers[id]!;
    if (term === -2) {
      const stem = this.of(id);
      term = this.termNumbers[id] = stem === null ? -1 : findTerm(this.data.terms, stem);
    }
    return term;
  }
}

const stemCache = new WeakMap<WordSequences, WordStems>();

/** The shard's WordStems, made on first use. */
export function wordStems(data: ShardWords): WordStems {
  let stems = stemCache.get(data);
  if (stems === undefined) {
    stems = new WordStems(data);
    stemCache.set(data, stems);
  }
  return stems;
}

/** Where a phrase is looked for: a document's title, its body, or both (null). */
export type PhraseField = 'title' | 'body' | null;

/**
 * Whether documents hold a phrase (its keys as phraseKeys() gives them) as adjacent words of a
 * field: exactly what findPhrase on the field's text answers, from the sequences alone.
 */
export function phraseInSequences(
  data: WordSequences,
  keys: readonly string[],
): (doc: number, field: PhraseField) => boolean {
  const wanted = keys.map((key) => findTerm(data.words, key));
  // A word the shard never saw: no document of it can hold the phrase.
  if (wanted.length === 0 || wanted.some((id) => id < 0)) return () => false;
  const { wordStarts, wordIds } = data;
  const first = wanted[0]!;
  const n = wanted.length;
  return (doc, field) => {
    const from = wordStarts[field === 'body' ? 2 * doc + 1 : 2 * doc]!;
    const to = wordStarts[field === 'title' ? 2 * doc + 1 : 2 * doc + 2]!;
    for (let i = from; i + n <= to; i++) {
      if (wordIds[i] !== first) continue;
      let k = 1;
      while (k < n && wordIds[i + k] === wanted[k]) k++;
      if (k === n) return true;
    }
    return false;
  };
}
