import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { cleanUp, seedApp } from './compose-test-support';

it('dump', async () => {
  const wb = await seedApp();
  const seeds = (await wb.call('corpus:list'))[0]!.path;
  await wb.call('corpus:add', { path: '/work/shared/corpora/ru-uk/factRuEval' });
  await wb.call('corpus:add', { path: '/work/shared/corpora/ru-uk/brown-uk-press' });
  await wb.call('corpus:remove', { path: seeds });
  await wb.idle();
  const view = await wb.call('matrix:get');
  const out: unknown[] = [];
  for (const p of view.parties)
    for (const i of view.issues) {
      const s = await wb.call('matrix:suggest', { party: p.id, issue: i.id, limit: 100 });
      out.push({
        cell: `${p.id}/${i.id}`,
        s: s.map((x) => ({
          id: x.articleId,
          score: x.score,
          start: x.start,
          end: x.end,
          matched: x.matched,
          text: x.text,
        })),
      });
    }
  writeFileSync('/tmp/ruuk-suggest.json', JSON.stringify(out, null, 1));
  await cleanUp();
}, 600000);
