import { describe, expect, it } from 'vitest';
import { createAliasTable } from './aliases';
import { headlineCredit } from './headline';

const aliases = createAliasTable();

describe('headlineCredit', () => {
  it.each([
    ['FT: Putin offers Trump peace in Ukraine', 'Financial Times', 'FT:'],
    ['Kyiv rejects the plan – Reuters', 'Reuters', '– Reuters'],
    ['Talks stall in Riyadh (AP)', 'Associated Press', '(AP)'],
  ])('credits the outlet in %j with exactly the words that say so', (title, outlet, cue) => {
    expect(headlineCredit(title, null, aliases)).toEqual({ outlet, cue });
  });

  it('takes no photo credit and no outlet as subject for a relay', () => {
    expect(headlineCredit('Kyiv at night. Photo: Reuters', null, aliases)).toBeNull();
    expect(
      headlineCredit('Reuters journalists turned away at the border', null, aliases),
    ).toBeNull();
  });
});
