import type { ArticleMeta } from '../../../shared/article';
import type { IndexedDocuments } from '../search/indexed-docs';
import { isContentWord, matchWords, stemOf, type PreparedPassage } from './passage-match';

/** Candidates share at least this share of a quote's content stems, counted and weighted by rarity. */
export const minimumStemShare = 0.4;
/** At most this many candidates are aligned per quote (the best-sharing first). */
export const candidateLimit = 400;

/**
 * Which articles might carry a passage: an inverted index from content-word stems to articles,
 * kept in step with the indexed documents by content hash, so a quote is aligned against a few
 * hundred candidates rather than every article.
 */
export type PassageIndex = {
  /** Brings the index up to date (only articles whose hash changed are read); answers id → metadata. */
  sync(): Map<string, ArticleMeta>;
  /** Ids of the articles sharing enough of the passage's content stems, best first. */
  candidates(passage: PreparedPassage, limit?: number): string[];
};

type Slot = { id: string; hash: string; alive: boolean };

export function createPassageIndex(docs: IndexedDocuments): PassageIndex {
  const slots: Slot[] = [];
  const slotOf = new Map<string, number>();
  let postings = new Map<string, number[]>();
  let dead = 0;

  const add = (doc: ArticleMeta): void => {
    const text = docs.text(doc.id);
    const no = slots.length;
    slots.push({ id: doc.id, hash: doc.hash, alive: true });
    slotOf.set(doc.id, no);
    if (text === null) return;
    const stems = new Set<string>();
    for (const w of matchWords(text)) if (isContentWord(w)) stems.add(stemOf(w));
    for (const s of stems) {
      const list = postings.get(s);
      if (list) list.push(no);
      else postings.set(s, [no]);
    }
  };

  const drop = (no: number): void => {
    const slot = slots[no];
    if (!slot?.alive) return;
    slot.alive = false;
    slotOf.delete(slot.id);
    dead++;
  };

  // Dropped articles stay in the postings as dead slots until they outnumber the live ones.
  const compact = (): void => {
    const renumber = new Int32Array(slots.length).fill(-1);
    const live: Slot[] = [];
    slots.forEach((slot, no) => {
      if (!slot.alive) return;
      renumber[no] = live.length;
      live.push(slot);
    });
    const next = new Map<string, number[]>();
    for (const [stem, list] of postings) {
      const kept = list.map((no) => renumber[no]!).filter((no) => no >= 0);
      if (kept.length > 0) next.set(stem, kept);
    }
    postings = next;
    slots.splice(0, slots.length, ...live);
    slotOf.clear();
    live.forEach((slot, no) => slotOf.set(slot.id, no));
    dead = 0;
  };

  return {
    sync() {
      const metas = new Map<string, ArticleMeta>();
      for (const doc of docs.documents()) {
        metas.set(doc.id, doc);
        const no = slotOf.get(doc.id);
        if (no !== undefined && slots[no]?.hash === doc.hash) continue;
        if (no !== undefined) drop(no);
        add(doc);
      }
      for (const [id, no] of [...slotOf]) if (!metas.has(id)) drop(no);
      if (dead > slots.length - dead) compact();
      return metas;
    },

    candidates(passage, limit = candidateLimit) {
      const stems = [...passage.contentStems];
      if (stems.length === 0) return [];
      const live = slots.length - dead;
      const shared = new Uint16Array(slots.length);
      const score = new Float64Array(slots.length);
      const touched: number[] = [];
      let totalIdf = 0;
      for (const stem of stems) {
        const list = postings.get(stem);
        // Rare stems say more about which article this is than common ones; an absent one is rarest.
        const idf = Math.log(1 + live / Math.max(1, list?.length ?? 1));
        totalIdf += idf;
        if (!list) continue;
        for (const no of list) {
          if (shared[no] === 0) touched.push(no);
          shared[no]! += 1;
          score[no]! += idf;
        }
      }
      const needed = Math.max(1, Math.ceil(stems.length * minimumStemShare));
      // Sharing many common words ("company", "year") is not enough: a share of the rare ones too.
      const neededScore = totalIdf * minimumStemShare;
      return touched
        .filter((no) => slots[no]!.alive && shared[no]! >= needed && score[no]! >= neededScore)
        .sort((a, b) => score[b]! - score[a]!)
        .slice(0, limit)
        .map((no) => slots[no]!.id);
    },
  };
}
