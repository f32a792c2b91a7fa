import { describe, expect, it } from 'vitest';
import { busyStretches, summariseProfile, type CpuProfile } from './renderer-profile';

const frame = (functionName: string, url = '', lineNumber = 0) => ({
  functionName,
  url,
  lineNumber,
  columnNumber: 4,
});

describe('CPU profile summary', () => {
  it('ranks functions by self time, leaving idle out and keeping the browser’s own work', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)') },
        { id: 2, callFrame: frame('(idle)') },
        { id: 3, callFrame: frame('renderRow', 'http://127.0.0.1:5000/assets/index.js', 9) },
        { id: 4, callFrame: frame('(program)') },
        { id: 5, callFrame: frame('', 'http://127.0.0.1:5000/assets/index.js', 99) },
      ],
      // Each sample stands for the gap to the next one (µs).
      samples: [3, 3, 2, 4, 3, 5, 2],
      timeDeltas: [0, 1000, 2000, 50_000, 1500, 2500, 700],
    };
    expect(summariseProfile(profile, 10)).toEqual([
      '    5.5 ms  renderRow  index.js:10:5',
      '    1.5 ms  (program)  (native)',
      '    0.7 ms  (anonymous)  index.js:100:5',
    ]);
    expect(summariseProfile(profile, 1)).toHaveLength(1);
  });

  it('says nothing for a profile without samples', () => {
    expect(summariseProfile({ nodes: [{ id: 1, callFrame: frame('f') }] }, 5)).toEqual([]);
  });
});

describe('busy stretches', () => {
  it('finds the stretches without idle that last long enough, with what was on the stack', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2, 3] },
        { id: 2, callFrame: frame('(idle)') },
        { id: 3, callFrame: frame('commitRoot', 'http://h/index.js', 4), children: [4] },
        { id: 4, callFrame: frame('measureElement', 'http://h/index.js', 7) },
      ],
      // idle; 30 + 40 ms busy (a long task); idle; 10 ms busy (too short to count).
      samples: [2, 3, 4, 2, 4, 2],
      timeDeltas: [0, 5000, 30_000, 40_000, 5000, 10_000, 0],
    };
    expect(busyStretches(profile, 50)).toEqual([
      {
        start_ms: 5,
        duration_ms: 70,
        heaviest: ['70.0 ms commitRoot  index.js:5:5', '40.0 ms measureElement  index.js:8:5'],
      },
    ]);
    expect(busyStretches(profile, 5)).toHaveLength(2);
  });
});
