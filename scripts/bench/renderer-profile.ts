/** The parts of a V8 CPU profile (CDP Profiler.Profile, the .cpuprofile format) the summary reads. */
export type CpuProfile = {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples?: number[];
  /** Microseconds between consecutive samples (the first from the profile's start). */
  timeDeltas?: number[];
};

const fileOf = (url: string): string => url.slice(url.lastIndexOf('/') + 1) || url;

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
    const key = `${frame.functionName || '(anonymous)'}  ${frame.url ? `${fileOf(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : '(native)'}`;
    selfUs.set(key, (selfUs.get(key) ?? 0) + us);
  });
  return [...selfUs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, us]) => `${(us / 1000).toFixed(1).padStart(7)} ms  ${key}`);
}
