export type Field = 'title' | 'body' | 'outlet';
export type Presence = 'optional' | 'required' | 'prohibited';

/** One query word; `text` is the word as typed (operators removed), turned into index terms at run time. */
export type QueryTerm = {
  field: Field | null;
  text: string;
  presence: Presence;
  wildcard: 'none' | 'trailing';
  editDistance: 0 | 1 | 2;
  /** Typed in quotes: this spelling only, no name variants. */
  exact?: true;
  /** Other spellings of the same name (Kiev, Київ for Kyiv), each matched like `text`. */
  variants?: string[];
};

/** An exact phrase: `words` as typed, stop words included (they still have to be adjacent). */
export type QueryPhrase = { field: Field | null; words: string[]; presence: Presence };

export type ParsedQuery = {
  terms: QueryTerm[];
  phrases: QueryPhrase[];
  /** What was changed or ignored, for the analyst; null when the query was used as typed. */
  notice: string | null;
  /** True after an explicit OR: articles with any word are as good as those with all. */
  anyWord: boolean;
  /** The query as it will be run, in canonical syntax. */
  text: string;
};

export const FIELDS: readonly Field[] = ['title', 'body', 'outlet'];
