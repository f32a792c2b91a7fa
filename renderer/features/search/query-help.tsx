const syntax: { example: string; meaning: string }[] = [
  { example: 'putin crimea', meaning: 'articles with these words (stemmed: talks finds talk)' },
  { example: '"land bridge"', meaning: 'the exact phrase' },
  { example: '-nato', meaning: 'exclude articles with this word' },
  { example: '+ceasefire', meaning: 'require this word' },
  {
    example: 'peace AND deal',
    meaning: 'AND, OR, NOT (capitals) as in Lucene; brackets do not group',
  },
  { example: 'title:crimea', meaning: 'search one field: title:, body: or outlet:' },
  { example: 'negotiat*', meaning: 'words starting with a prefix' },
  { example: 'zelensky~1', meaning: 'fuzzy: allow one typo' },
];

/** A disclosure listing the query syntax the engine understands. */
export function QueryHelp() {
  return (
    <details className="query-help">
      <summary>Query syntax</summary>
      <dl>
        {syntax.map((row) => (
          <div key={row.example} className="syntax-row">
            <dt>
              <code>{row.example}</code>
            </dt>
            <dd>{row.meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
