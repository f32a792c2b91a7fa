import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type {
  BriefingDocument,
  DocumentSection,
  Footnote,
  Paragraph as Runs,
} from '../../../shared/briefing';
import {
  beforeMark,
  followsCite,
  footnoteDetails,
  oneLine,
  propositionsText,
  sourcePlain,
  unknownCiteText,
} from './citation-text';

type Cite = (footnote: number) => FootnoteReferenceRun;

const runs = (p: Runs, cite: Cite): ParagraphChild[] =>
  p.flatMap((run, i) =>
    run.kind === 'text'
      ? [new TextRun(beforeMark(p, i, run.text))]
      : run.kind === 'cite'
        ? [
            ...(followsCite(p, i) ? [new TextRun({ text: ',', superScript: true })] : []),
            cite(run.footnote),
          ]
        : [new TextRun({ text: unknownCiteText(run.quoteId), bold: true, color: 'AA0000' })],
  );

type Notes = Record<number, { children: Paragraph[] }>;

/**
 * Word numbers footnotes by their references, one reference each; so a quote's first citation
 * gets the full note and each later one a short note pointing back to it.
 */
function footnoteMaker(doc: BriefingDocument): { cite: Cite; notes: Notes } {
  const notes: Notes = {};
  const firstNote = new Map<number, number>();
  let next = 1;
  const cite: Cite = (footnote) => {
    const f = doc.footnotes[footnote - 1];
    const id = next++;
    const first = firstNote.get(footnote);
    if (!f) notes[id] = { children: [plain('Unknown citation.')] };
    else if (first !== undefined)
      notes[id] = { children: [plain(`${f.quoteId}: see note ${first}.`)] };
    else {
      firstNote.set(footnote, id);
      notes[id] = { children: [fullNote(f)] };
    }
    return new FootnoteReferenceRun(id);
  };
  return { cite, notes };
}

function fullNote(f: Footnote): Paragraph {
  return new Paragraph({
    children: [
      ...(f.flagged
        ? [
            new TextRun({
              text: `${f.statusText.split(' — ')[0] ?? ''} `,
              bold: true,
              color: 'AA0000',
            }),
          ]
        : []),
      new TextRun(`“${oneLine(f.exact)}” — ${footnoteDetails(f).join('; ')}`),
    ],
  });
}

const heading = (text: string, level: 1 | 2 | 3 = 2) =>
  new Paragraph({
    text,
    heading:
      level === 1
        ? HeadingLevel.HEADING_1
        : level === 2
          ? HeadingLevel.HEADING_2
          : HeadingLevel.HEADING_3,
  });

const plain = (text: string) => new Paragraph({ text });

const cell = (children: ParagraphChild[], header = false) =>
  new TableCell({
    children: [new Paragraph({ children })],
    ...(header ? { shading: { fill: 'EEEEEE' } } : {}),
  });

const table = (header: string[], rows: ParagraphChild[][][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((h) => cell([new TextRun({ text: h, bold: true })], true)),
      }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });

function section(s: DocumentSection, cite: Cite): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [heading(s.heading)];
  if ('note' in s && s.note) out.push(plain(s.note));
  switch (s.kind) {
    case 'matrix': {
      const t = s.table;
      if (!t) return out;
      if (t.asOf) out.push(plain(`As of ${t.asOf}.`));
      out.push(
        table(
          ['Party', ...t.issues.map((i) => i.name)],
          t.rows.map((row, p) => [
            [new TextRun({ text: t.parties[p] ?? '', bold: true })],
            ...row.map((c) =>
              c
                ? [
                    new TextRun(c.stance),
                    ...runs(c.cites, cite),
                    ...(c.summary ? [new TextRun({ text: c.summary, break: 1 })] : []),
                  ]
                : [new TextRun('—')],
            ),
          ]),
        ),
      );
      const key = propositionsText(t.issues);
      if (key) out.push(new Paragraph({ children: [new TextRun({ text: key, size: 18 })] }));
      return out;
    }
    case 'key-quotes':
      for (const q of s.quotes) {
        out.push(
          new Paragraph({
            style: 'Quote',
            children: [new TextRun(`“${oneLine(q.exact)}”`), ...runs(q.cite, cite)],
          }),
          new Paragraph({ text: `— ${q.attribution}`, alignment: AlignmentType.RIGHT }),
        );
      }
      return out;
    case 'origins':
      if (s.summary)
        out.push(new Paragraph({ children: [new TextRun({ text: s.summary, bold: true })] }));
      for (const g of s.groups) {
        out.push(
          heading(g.heading, 3),
          ...g.members.map((m) => new Paragraph({ text: m, bullet: { level: 0 } })),
        );
      }
      return out;
    case 'outlets':
      if (s.note) return out;
      out.push(
        table(
          ['Outlet', 'Grade', 'Kind', 'Articles'],
          s.rows.map((r) =>
            [
              r.name,
              r.grade ? `${r.grade}${r.gradeLabel ? ` (${r.gradeLabel})` : ''}` : 'ungraded',
              r.kind,
              String(r.articles),
            ].map((t) => [new TextRun(t)]),
          ),
        ),
      );
      return out;
    case 'text':
      return [...out, ...s.paragraphs.map((p) => new Paragraph({ children: runs(p, cite) }))];
  }
}

/** The briefing as a Word document: Heading styles, tables for the matrix and outlets, real footnotes for citations. */
export async function briefingToDocx(doc: BriefingDocument): Promise<Uint8Array> {
  const { cite, notes } = footnoteMaker(doc);
  const body: (Paragraph | Table)[] = [];
  if (doc.handling) {
    body.push(
      new Paragraph({
        children: [new TextRun({ text: doc.handling, bold: true, allCaps: true, color: 'AA0000' })],
      }),
    );
  }
  body.push(
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    plain(`As of ${doc.asOf}`),
  );
  if (doc.bottomLine.length > 0) {
    body.push(
      heading('Bottom line'),
      ...doc.bottomLine.map((p) => new Paragraph({ children: runs(p, cite) })),
    );
  }
  if (doc.judgments.length > 0) {
    body.push(heading('Key judgments'));
    doc.judgments.forEach((j, i) =>
      body.push(
        new Paragraph({
          children: [
            new TextRun(`${i + 1}. `),
            new TextRun({ text: j.likelihood, bold: true }),
            new TextRun(` (${j.band}): `),
            ...runs(j.paragraph, cite),
          ],
        }),
      ),
    );
  }
  for (const s of doc.sections) body.push(...section(s, cite));
  if (doc.sources.length > 0) {
    body.push(
      heading('Sources'),
      ...doc.sources.map((s) => new Paragraph({ text: sourcePlain(s), bullet: { level: 0 } })),
    );
  }
  if (doc.problems.length > 0) {
    body.push(
      heading('Problems'),
      ...doc.problems.map((p) => new Paragraph({ text: p, bullet: { level: 0 } })),
    );
  }
  const document = new Document({
    title: doc.title,
    creator: 'Parley',
    styles: {
      default: { document: { run: { font: 'DejaVu Sans', size: 21 } } },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          paragraph: { indent: { left: 567 }, spacing: { before: 120 } },
          run: { italics: true },
        },
      ],
    },
    footnotes: notes,
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
