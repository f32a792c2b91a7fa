import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  countWords,
  decodeSgmlBytes,
  extractReutersStories,
  storyFileText,
  type ReutersStory,
} from './sgml';

/** A source article ready to be written into a benchmark corpus. */
export type SourceArticle = { relPath: string; text: string };

/**
 * How many distinct articles a corpus takes from each source, and how many times the largest
 * share of them is used: past the ~21k real articles, every article is written again under
 * `copy-2/`, `copy-3/`… so scale is measured on real text, never synthetic.
 */
export type CorpusPlan = { reuters: number; bbc: number; copies: number };

/** A corpus written to disk for one benchmark size. */
export type CorpusInfo = CorpusPlan & {
  folder: string;
  articles: number;
  words: number;
  relPaths: string[];
};

/** Finds `../shared/corpora` beside the repo root, or throws saying where it looked. */
export function findCorporaDir(repoRoot: string): string {
  const dir = join(repoRoot, '..', 'shared', 'corpora');
  for (const needed of ['reuters21578', 'bbc']) {
    if (!existsSync(join(dir, needed))) {
      throw new Error(
        `The benchmark corpora are missing: expected ${join(dir, needed)} (the shared corpora live in ../shared/corpora beside the repository).`,
      );
    }
  }
  return dir;
}

/** Reuters stories first (they are what the sizes are about); BBC articles only fill what Reuters cannot. */
export function planCorpus(
  articles: number,
  reutersAvailable: number,
  bbcAvailable: number,
): CorpusPlan {
  if (!Number.isInteger(articles) || articles < 1)
    throw new Error(`corpus size must be a positive integer, got ${articles}`);
  const available = reutersAvailable + bbcAvailable;
  if (available === 0) throw new Error('cannot build a corpus: no source articles were read');
  if (articles > available)
    return {
      reuters: reutersAvailable,
      bbc: bbcAvailable,
      copies: Math.ceil(articles / available),
    };
  const reuters = Math.min(articles, reutersAvailable);
  return { reuters, bbc: articles - reuters, copies: 1 };
}

/** The planned articles in order: each source article once, then again under copy-2/, copy-3/… */
export function chooseArticles(
  articles: number,
  reuters: readonly SourceArticle[],
  bbc: readonly SourceArticle[],
): { plan: CorpusPlan; chosen: SourceArticle[] } {
  const plan = planCorpus(articles, reuters.length, bbc.length);
  const distinct = [...reuters.slice(0, plan.reuters), ...bbc.slice(0, plan.bbc)];
  const chosen: SourceArticle[] = [];
  for (let copy = 1; chosen.length < articles; copy++) {
    const prefix = copy === 1 ? '' : `copy-${copy}/`;
    for (const article of distinct.slice(0, articles - chosen.length))
      chosen.push({ relPath: `${prefix}${article.relPath}`, text: article.text });
  }
  return { plan, chosen };
}

/** Every Reuters-21578 story with a body, as `reuters/reut2-NNN/<newid>.txt` files, in collection order. */
export function loadReuters(corporaDir: string): SourceArticle[] {
  const dir = join(corporaDir, 'reuters21578');
  const files = readdirSync(dir)
    .filter((f) => /^reut2-\d{3}\.sgm$/.test(f))
    .sort();
  return files.flatMap((file) =>
    extractReutersStories(decodeSgmlBytes(readFileSync(join(dir, file)))).map(
      (story: ReutersStory) => ({
        relPath: `reuters/${file.replace(/\.sgm$/, '')}/${String(story.newId).padStart(5, '0')}.txt`,
        text: storyFileText(story),
      }),
    ),
  );
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Every BBC article, taken round-robin across the five topics so any prefix mixes them; one file is latin1. */
export function loadBbc(corporaDir: string): SourceArticle[] {
  const dir = join(corporaDir, 'bbc');
  const topics = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const perTopic = topics.map((topic) =>
    readdirSync(join(dir, topic))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((file): SourceArticle => {
        const bytes = readFileSync(join(dir, topic, file));
        let text: string;
        try {
          text = utf8.decode(bytes);
        } catch {
          text = bytes.toString('latin1');
        }
        return { relPath: `bbc/${topic}/${file}`, text };
      }),
  );
  const mixed: SourceArticle[] = [];
  for (let i = 0; perTopic.some((list) => i < list.length); i++) {
    for (const list of perTopic) {
      const article = list[i];
      if (article) mixed.push(article);
    }
  }
  return mixed;
}

/** Writes the planned articles into `folder` as UTF-8 text files and says what the corpus holds. */
export function writeCorpus(
  folder: string,
  articles: number,
  reuters: readonly SourceArticle[],
  bbc: readonly SourceArticle[],
): CorpusInfo {
  const { plan, chosen } = chooseArticles(articles, reuters, bbc);
  let words = 0;
  for (const article of chosen) {
    const path = join(folder, article.relPath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, article.text);
    words += countWords(article.text);
  }
  return {
    ...plan,
    folder,
    articles: chosen.length,
    words,
    relPaths: chosen.map((a) => a.relPath),
  };
}

/** One line saying what a corpus contains. */
export function describeCorpus(info: CorpusInfo): string {
  const n = (x: number): string => x.toLocaleString('en-US');
  const parts = [`${n(info.reuters)} Reuters-21578 stories`];
  if (info.bbc > 0) parts.push(`${n(info.bbc)} BBC articles`);
  const reuse =
    info.copies > 1
      ? `, each used up to ${info.copies} times under distinct paths copy-2/…copy-${info.copies}/`
      : '';
  return `${n(info.articles)} articles (${parts.join(' + ')}${reuse}), ${n(info.words)} words, ${n(Math.round(info.words / info.articles))} words/article`;
}
