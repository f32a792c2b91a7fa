import { describe, expect, it } from 'vitest';
import { nameInQuery } from './variant-form';

describe('nameInQuery', () => {
  it.each([
    ['Kyiv talks', 'Kyiv'],
    ['+Zelensky AND peace', 'Zelensky'],
    ['NOT "Kiev" Donetsk', 'Donetsk'],
    ['outlet:reuters', 'reuters'],
    ['negotiat* Киев', 'Киев'],
    ['"land bridge"', ''],
  ])('takes the name from %s', (query, name) => {
    expect(nameInQuery(query)).toBe(name);
  });
});
