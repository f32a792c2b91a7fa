import { indexTerm, wordSpans } from '../language';
import { MIN_PREFIX } from './terms';
import { FIELDS } from './types';
import type { Field, ParsedQuery, Presence, QueryPhrase, QueryTerm } from './types';

/** Longer input is cut: nobody types it, and every clause costs an index lookup. */
export const MAX_QUERY_CHARS = 1000;
export const MAX_CLAUSES = 32;

type Clause = ({ kind: 'term' } & QueryTerm) | ({ kind: 'phrase' } & QueryPhrase);

const QUOTES_RE = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\uff02]/g;
const SPACE_RE = /\s/;
const BOOST_RE = /\^[\d.]*$/;
const FUZZY_RE = /~(\d*)$/;
const STARS_RE = /\*+$/;

function quoteForNotice(source: string): string {
  return source.length > 24 ? `'${source.slice(0, 24)}…'` : `'${source}'`;
}

function asField(candidate: string): Field | null {
  const lower = candidate.toLowerCase();
  return FIELDS.find((field) => field === lower) ?? null;
}

class Parser {
  readonly clauses: Clause[] = [];
  readonly notices: string[] = [];
  stopWords = 0;
  /** Set by an explicit OR: any word is enough, so "all words first" is off. */
  anyWord = false;
  // The presence an operator (AND, NOT) gives the next clause, and that operator's name.
  private next: { presence: Presence; operator: string } | null = null;
  private usedOperator = false;
  private sawClause = false;

  /** Handles AND / OR / NOT (and &&, ||); false when `head` is not an operator. */
  operator(head: string): boolean {
    const name = head === '&&' ? 'AND' : head === '||' ? 'OR' : head;
    if (name !== 'AND' && name !== 'OR' && name !== 'NOT') return false;
    this.usedOperator = true;
    if (!this.sawClause && name !== 'NOT') {
      this.notice(`'${head}' at the start ignored`);
      return true;
    }
    if (name === 'OR') {
      this.anyWord = true;
      this.next = { presence: 'optional', operator: head };
    } else if (name === 'NOT') {
      this.next = { presence: 'prohibited', operator: head };
    } else {
      const last = this.clauses[this.clauses.length - 1];
      if (last?.presence === 'optional') last.presence = 'required';
      this.next = { presence: 'required', operator: head };
    }
    return true;
  }

  /** The presence of the clause that follows: its own sign wins, then a pending operator's. */
  presenceFor(signed: Presence | null): Presence {
    const presence = signed ?? this.next?.presence ?? 'optional';
    this.next = null;
    this.sawClause = true;
    return presence;
  }

  finish(input: string): void {
    if (this.next !== null) this.notice(`'${this.next.operator}' at the end ignored`);
    if (this.usedOperator && input.includes('(')) {
      this.notice('Brackets do not group: each word keeps its own AND, OR or NOT');
    }
  }

  notice(message: string): void {
    if (!this.notices.includes(message)) this.notices.push(message);
  }

  push(clause: Clause): void {
    const key = clauseText(clause);
    if (this.clauses.some((other) => clauseText(other) === key)) return;
    if (this.clauses.length >= MAX_CLAUSES) {
      this.notice(`Only the first ${MAX_CLAUSES} terms are used`);
      return;
    }
    this.clauses.push(clause);
  }

  /** Words of a phrase (or of a hyphenated word): none, one term, or a real phrase. */
  addWords(
    words: string[],
    field: Field | null,
    presence: Presence,
    source: string,
    quoted = false,
  ): void {
    const [only] = words;
    if (only === undefined) {
      this.notice(`Ignored ${quoteForNotice(source)} (no letters or digits)`);
    } else if (words.length === 1) {
      // A quoted single word is that spelling only: no name variants are added to it.
      const term: QueryTerm = { field, text: only, presence, wildcard: 'none', editDistance: 0 };
      // (A word with : ~ ^ is quoted only to keep it literal, and is no name anyway.)
      this.addTerm(quoted && !/[:~^]/.test(only) ? { ...term, exact: true } : term);
    } else if (words.every((word) => indexTerm(word) === null)) {
      this.notice(`Ignored the phrase "${words.join(' ')}": it has only common words`);
    } else {
      this.push({ kind: 'phrase', field, words, presence });
    }
  }

  addTerm(term: QueryTerm): void {
    if (term.wildcard === 'none' && term.editDistance === 0 && indexTerm(term.text) === null) {
      // Stop words are not indexed; searching for one would match nothing.
      this.stopWords++;
      return;
    }
    this.push({ kind: 'term', ...term });
  }

  /** One whitespace-delimited chunk such as `+title:negotiat*` or `Zelensky~1`. */
  chunk(source: string, presence: Presence): void {
    // Leading punctuation ("(title:x") would hide a field or a leading wildcard.
    const junk = /^[^\p{L}\p{N}\p{M}*]*/u.exec(source)?.[0] ?? '';
    let text = source.slice(junk.length);
    if (/[~^:]/.test(junk) && text !== '') this.notice(`Ignored '${junk}' before '${text}'`);
    let field: Field | null = null;
    const colon = text.indexOf(':');
    if (colon > 0) {
      const candidate = text.slice(0, colon);
      field = asField(candidate);
      if (field !== null) {
        text = text.slice(colon + 1);
        if (text === '') {
          this.notice(`Ignored '${field}:' with nothing after it`);
          return;
        }
      } else if (/^\p{L}+$/u.test(candidate)) {
        this.notice(
          `Unknown field '${candidate}:' searched as text (fields: ${FIELDS.join(', ')})`,
        );
      }
    }
    if (wordSpans(text).length === 0) {
      this.notice(`Ignored ${quoteForNotice(source)} (no letters or digits)`);
      return;
    }

    let wildcard: QueryTerm['wildcard'] = 'none';
    let editDistance = 0;
    for (let changed = true; changed;) {
      changed = false;
      const boost = BOOST_RE.exec(text);
      if (boost && boost.index > 0) {
        this.notice('Boosts (^) are not supported and were ignored');
        text = text.slice(0, boost.index);
        changed = true;
      }
      const fuzzy = FUZZY_RE.exec(text);
      if (fuzzy && fuzzy.index > 0) {
        editDistance = fuzzy[1] === '' || fuzzy[1] === undefined ? 1 : Number(fuzzy[1]);
        text = text.slice(0, fuzzy.index);
        changed = true;
      }
      const stars = STARS_RE.exec(text);
      if (stars && stars.index > 0) {
        wildcard = 'trailing';
        text = text.slice(0, stars.index);
        changed = true;
      }
    }
    if (text.startsWith('*')) {
      this.notice(`Leading wildcard removed from ${quoteForNotice(source)}`);
      text = text.replace(/^\*+/, '');
    }
    if (text.includes('*')) {
      // lunr would read an inner * as a wildcard; inside a word it is only searched literally.
      text = text.replace(/\*/g, '');
      this.notice(`Wildcards work only at the end of a word: searched for '${text}'`);
    }
    if (/[~^]/.test(text)) {
      this.notice(`Searched ${quoteForNotice(source)} as plain text`);
      wildcard = 'none';
      editDistance = 0;
    }
    if (editDistance > 2) {
      this.notice(`Fuzziness ~${editDistance} reduced to ~2`);
      editDistance = 2;
    }
    if (wildcard === 'trailing' && editDistance > 0) {
      this.notice(`Cannot combine * and ~ in ${quoteForNotice(source)}; used the *`);
      editDistance = 0;
    }

    const words = wordSpans(text).map((span) => span.word);
    const [only] = words;
    if (words.length === 1 && only !== undefined) {
      if (wildcard === 'trailing' && only.length < MIN_PREFIX) {
        this.notice(`'${only}*' is too short for a prefix search; searched for '${only}'`);
        wildcard = 'none';
      }
      // Fuzzy matching a short word expands to most of the vocabulary and finds noise.
      const allowed = only.length >= 5 ? 2 : only.length >= 3 ? 1 : 0;
      if (editDistance > allowed) {
        this.notice(
          allowed === 0
            ? `'${only}' is too short for a fuzzy search; searched for it exactly`
            : `'${only}' is short: fuzziness reduced to ~${allowed}`,
        );
        editDistance = allowed;
      }
      this.addTerm({
        field,
        text: only,
        presence,
        wildcard,
        editDistance: editDistance as 0 | 1 | 2,
      });
      return;
    }
    if (words.length > 1 && (wildcard !== 'none' || editDistance > 0)) {
      this.notice(`Ignored * or ~ on ${quoteForNotice(source)}: it is searched as a phrase`);
    }
    this.addWords(words, field, presence, source);
  }

  parse(input: string): void {
    let s = input;
    if (s.length > MAX_QUERY_CHARS) {
      s = s.slice(0, MAX_QUERY_CHARS);
      this.notice(`Query shortened to its first ${MAX_QUERY_CHARS} characters`);
    }
    s = s.replace(QUOTES_RE, '"');
    const quotes = s.split('"').length - 1;
    if (quotes % 2 === 1) {
      const last = s.lastIndexOf('"');
      s = `${s.slice(0, last)} ${s.slice(last + 1)}`;
      this.notice('Unclosed quote ignored');
    }

    let i = 0;
    while (i < s.length) {
      if (SPACE_RE.test(s.charAt(i))) {
        i++;
        continue;
      }
      let signs = '';
      while ('+-!'.includes(s.charAt(i)) && i < s.length) signs += s.charAt(i++);
      let j = i;
      while (j < s.length && !SPACE_RE.test(s.charAt(j)) && s.charAt(j) !== '"') j++;
      const head = s.slice(i, j);
      i = j;
      if (signs === '' && s.charAt(i) !== '"' && this.operator(head)) continue;
      if (signs === '!' && head === '' && s.charAt(i) !== '"' && this.operator('NOT')) continue;
      if (head === '' && s.charAt(i) !== '"') {
        if (signs !== '') this.notice(`Lone '${signs}' ignored`);
        continue;
      }
      const presence = this.presenceFor(
        signs.startsWith('+') ? 'required' : signs === '' ? null : 'prohibited',
      );

      if (s.charAt(i) === '"') {
        const close = s.indexOf('"', i + 1);
        const body = s.slice(i + 1, close);
        i = close + 1;
        let field: Field | null = null;
        if (head.endsWith(':') && asField(head.slice(0, -1)) !== null) {
          field = asField(head.slice(0, -1));
        } else if (head !== '') {
          this.chunk(head, presence);
        }
        const words = wordSpans(body).map((span) => span.word);
        if (words.length === 0) this.notice('Empty phrase ignored');
        else this.addWords(words, field, presence, body, true);
        continue;
      }
      this.chunk(head, presence);
    }
    this.finish(s);
  }
}

function clauseText(clause: Clause): string {
  const sign = clause.presence === 'required' ? '+' : clause.presence === 'prohibited' ? '-' : '';
  const field = clause.field === null ? '' : `${clause.field}:`;
  if (clause.kind === 'phrase') return `${sign}${field}"${clause.words.join(' ')}"`;
  const suffix =
    clause.wildcard === 'trailing' ? '*' : clause.editDistance > 0 ? `~${clause.editDistance}` : '';
  // Quoting keeps a word such as "a~1" or "10:30" literal when the text is parsed again.
  const text =
    (suffix === '' && /[:~^]/.test(clause.text)) || clause.exact === true
      ? `"${clause.text}"`
      : clause.text;
  return `${sign}${field}${text}${suffix}`;
}

/** Parses what the analyst typed; never throws. Anything unusable is rewritten literally and `notice` says what changed. */
export function parseQuery(input: string): ParsedQuery {
  const parser = new Parser();
  parser.parse(typeof input === 'string' ? input : '');
  const { clauses } = parser;
  if (!clauses.some((clause) => clause.presence !== 'prohibited')) {
    if (parser.stopWords > 0)
      parser.notice('Only common words (like "the" or "of"): nothing to search for');
    else if (clauses.length > 0)
      parser.notice('Excluding words alone matches nothing: add a word to search for');
    else if (parser.notices.length === 0) parser.notice('Nothing to search for');
  }
  // OR between one clause and a dropped stop word joins nothing.
  const anyWord = parser.anyWord && clauses.length > 1;
  const terms: QueryTerm[] = [];
  const phrases: QueryPhrase[] = [];
  for (const clause of clauses) {
    if (clause.kind === 'term') {
      const { field, text, presence, wildcard, editDistance, exact } = clause;
      const term: QueryTerm = { field, text, presence, wildcard, editDistance };
      terms.push(exact ? { ...term, exact } : term);
    } else {
      const { field, words, presence } = clause;
      phrases.push({ field, words, presence });
    }
  }
  return {
    terms,
    phrases,
    notice: parser.notices.length > 0 ? `${parser.notices.join('. ')}.` : null,
    text: clauses.map(clauseText).join(anyWord ? ' OR ' : ' '),
    anyWord,
  };
}

/** True when the query has something to look for (a clause that is not an exclusion). */
export function hasPositiveClause(query: ParsedQuery): boolean {
  return [...query.terms, ...query.phrases].some((clause) => clause.presence !== 'prohibited');
}

/**
 * The "all words first" policy: the same query with every optional word and phrase required, or
 * null when that changes nothing (fewer than two optional clauses, or the analyst already marked
 * some clause with +, which means the other words are deliberately optional). The engine runs this
 * strict query first over every shard and falls back to the query as typed only when the strict one
 * finds nothing, reporting RELAXED_NOTICE.
 */
export function requireAllWords(query: ParsedQuery): ParsedQuery | null {
  const clauses = [...query.terms, ...query.phrases];
  const optional = clauses.filter((clause) => clause.presence === 'optional').length;
  if (query.anyWord || optional < 2 || clauses.some((clause) => clause.presence === 'required'))
    return null;
  const strict = <T extends { presence: Presence }>(clause: T): T =>
    clause.presence === 'optional' ? { ...clause, presence: 'required' } : clause;
  return { ...query, terms: query.terms.map(strict), phrases: query.phrases.map(strict) };
}

/** Shown when no article has every word and the engine fell back to any-word matching. */
export const RELAXED_NOTICE = 'No article contains every word; showing articles with some of them.';
