/** A set of spellings of one name the analyst added (a new name, or more spellings of a shipped one). */
export type VariantSet = {
  /** What the set is called: one of its spellings, usually the one the analyst searched. */
  name: string;
  spellings: string[];
  updatedAt: string;
};

/** What `variants:list` answers: the shipped table and the open workspace's own sets. */
export type VariantTable = {
  builtIn: string[][];
  analyst: VariantSet[];
};

/** What `variants:set` takes: the set's whole list of spellings (replacing any set of that name). */
export type VariantSetRequest = { name: string; spellings: string[] };
