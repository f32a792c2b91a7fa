/** The parts of a V8 CPU profile (CDP Profiler.Profile, the .cpuprofile format) the summary reads. */
export type CpuProfile = {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  samples?: number[];
  /** Microseconds between consecutive samples (the first from the profile's start). */
  timeDeltas?: number[];
};

const fileOf = (url: string): string => url.slice(url.lastIndexOf('/') + 1) || url;

type CallFrame = CpuProfile['nodes'][number]['callFrame'];

/** "name  file:line:col" (1-based), or "name  (native)" for the engine's and browser's own work. */
const describeFrame = (frame: CallFrame): string =>
  `${frame.functionName || '(anonymous)'}  ${frame.url ? `${fileOf(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : '(native)'}`;

/**
 * The functions that held the CPU longest (self time), heaviest first, as
 * "12.3 ms  name  file:line:col" lines; idle is left out, "(program)" (style, layout, paint:
 * the browser's own work) and "(garbage collector)" stay in.
 */
export function summariseProfile(profile: CpuProfile, top: number): string[] {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const selfUs = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const frame = frames.get(id);
    // A sample's time is the gap to the next sample: the interval it stood for.
    const us = deltas[i + 1] ?? 0;
    if (!frame || ['(idle)', '(root)'].includes(frame.functionName)) return;
    const key = describeFrame(frame);
    selfUs.set(key, (selfUs.get(key) ?? 0) + us);
  });
  return [...selfUs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, us]) => `${(us / 1000).toFixed(1).padStart(7)} ms  ${key}`);
}

/** A stretch of samples with no idle between them: one task, or tasks back to back. */
export type BusyStretch = {
  /** From the profile's start. */
  start_ms: number;
  duration_ms: number;
  /** The functions on the stack longest during it (inclusive time), heaviest first. */
  heaviest: string[];
};

/**
 * The busy stretches of at least `minMs` (what the long-task observer reports as one long task)
 * with the functions that were on the stack for most of each, so a long task can be attributed
 * without mapping the page's clock onto the profiler's.
 */
export function busyStretches(profile: CpuProfile, minMs: number, top = 8): BusyStretch[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const stretches: BusyStretch[] = [];
  let clock = 0;
  let current: { start: number; us: number; inclusive: Map<string, number> } | null = null;
  const close = (): void => {
    if (current && current.us >= minMs * 1000)
      stretches.push({
        start_ms: current.start / 1000,
        duration_ms: current.us / 1000,
        heaviest: [...current.inclusive]
          .sort((a, b) => b[1] - a[1])
          .slice(0, top)
          .map(([key, us]) => `${(us / 1000).toFixed(1)} ms ${key}`),
      });
    current = null;
  };
  samples.forEach((id, i) => {
    clock += deltas[i] ?? 0;
    const us = deltas[i + 1] ?? 0;
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') return close();
    current ??= { start: clock, us: 0, inclusive: new Map() };
    current.us += us;
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const f = byId.get(at)?.callFrame;
      if (f && f.functionName !== '(root)') onStack.add(describeFrame(f));
    }
    for (const key of onStack) current.inclusive.set(key, (current.inclusive.get(key) ?? 0) + us);
  });
  close();
  return stretches;
}
