import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  countWords,
  decodeSgmlBytes,
  decodeSgmlEntities,
  extractReutersStories,
  reutersDateToIso,
  storyFileText,
  stripControlChars,
} from './sgml';

const SAMPLE = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<UNKNOWN>&#5;&#5;&#5;C T
u f BC-BAHIA-COCOA-REVIEW   02-26 0105</UNKNOWN>
<TEXT>&#2;
<TITLE>STANDARD OIL &lt;SRD> TO FORM FINANCIAL UNIT</TITLE>
<DATELINE>    CLEVELAND, Feb 26 - </DATELINE><BODY>Standard Oil Co and BP North America
Inc said they plan to form a venture &amp; manage the money market
borrowing of both companies.   
    BP, which owns 55 pct of Standard Oil, said the venture will be called BP/Standard.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5545" NEWID="2">
<DATE> 2-MAR-1987 09:00:00.00</DATE>
<TEXT TYPE="BRIEF">&#2;
<TITLE>BRIEF WITH NO BODY</TITLE>
&#3;</TEXT>
</REUTERS>
<REUTERS TOPICS="NO" NEWID="3">
<DATE>garbled</DATE>
<TEXT>&#2;
<BODY>Untitled story about cocoa.
    Second line.
&#3;</BODY></TEXT>
</REUTERS>
`;

describe('decodeSgmlEntities', () => {
  it('decodes named and numeric references', () => {
    expect(decodeSgmlEntities('a &lt;b&gt; &amp; &quot;c&quot; &#65;&#x42;')).toBe(
      'a <b> & "c" AB',
    );
  });

  it('decodes in one pass so an escaped ampersand is not decoded twice', () => {
    expect(decodeSgmlEntities('&amp;lt;')).toBe('&lt;');
  });

  it('leaves unknown names as written', () => {
    expect(decodeSgmlEntities('AT&T &foo; R&D')).toBe('AT&T &foo; R&D');
  });
});

describe('stripControlChars', () => {
  it('removes the end-of-text control character but keeps newlines and tabs', () => {
    expect(stripControlChars(`a\u0003b\n\tc\u007f`)).toBe('ab\n\tc');
  });
});

describe('reutersDateToIso', () => {
  it('reads day-month-year with a leading space and a time', () => {
    expect(reutersDateToIso(' 2-MAR-1987 09:00:00.00')).toBe('1987-03-02');
    expect(reutersDateToIso('26-FEB-1987 15:01:01.79')).toBe('1987-02-26');
  });

  it('gives null for text that is not a date', () => {
    expect(reutersDateToIso('garbled')).toBeNull();
    expect(reutersDateToIso('31-FOO-1987')).toBeNull();
  });
});

describe('extractReutersStories', () => {
  const stories = extractReutersStories(SAMPLE);

  it('keeps only the stories that have a body', () => {
    expect(stories.map((s) => s.newId)).toEqual([1, 3]);
  });

  it('decodes entities in the title and body and drops the control characters', () => {
    const [first] = stories;
    expect(first?.title).toBe('STANDARD OIL <SRD> TO FORM FINANCIAL UNIT');
    expect(first?.body).toContain('form a venture & manage');
    expect(first?.body).toMatch(/Reuter$/);
    expect(first?.body).not.toContain(String.fromCharCode(3));
    expect(first?.body).not.toMatch(/ \n/);
    expect(first?.date).toBe('1987-02-26');
  });

  it('titles an untitled story with its first body line', () => {
    expect(stories[1]?.title).toBe('Untitled story about cocoa.');
    expect(stories[1]?.date).toBeNull();
  });

  it('reads a raw 0xFC byte as the latin1 letter ü', () => {
    const bytes = Buffer.concat([
      Buffer.from('<REUTERS NEWID="9"><TITLE>Z</TITLE><BODY>M'),
      Buffer.from([0xfc]),
      Buffer.from('nchen talks&#3;</BODY></REUTERS>'),
    ]);
    expect(extractReutersStories(decodeSgmlBytes(bytes))[0]?.body).toBe('München talks');
  });
});

describe('storyFileText', () => {
  it('writes the title line, a blank line, then the body', () => {
    expect(storyFileText({ title: 'T', body: 'b1\nb2' })).toBe('T\n\nb1\nb2\n');
  });
});

describe('countWords', () => {
  it('counts whitespace-separated words', () => {
    expect(countWords('  one two\n\nthree\t')).toBe(3);
    expect(countWords('')).toBe(0);
  });
});

const reutersDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../shared/corpora/reuters21578',
);
const haveReuters = existsSync(reutersDir);
if (!haveReuters) console.warn(`skipping the Reuters-21578 test: ${reutersDir} is missing`);

describe('the real Reuters-21578 collection', () => {
  it.skipIf(!haveReuters)('yields 19,043 stories with bodies, each titled, with unique ids', () => {
    const files = readdirSync(reutersDir).filter((f) => /^reut2-\d{3}\.sgm$/.test(f));
    const stories = files.flatMap((f) =>
      extractReutersStories(decodeSgmlBytes(readFileSync(join(reutersDir, f)))),
    );
    expect(files).toHaveLength(22);
    expect(stories).toHaveLength(19_043);
    expect(new Set(stories.map((s) => s.newId)).size).toBe(stories.length);
    expect(stories.every((s) => s.title !== '' && s.body !== '')).toBe(true);
    expect(stories.some((s) => s.body.includes('ü'))).toBe(true);
  });
});
