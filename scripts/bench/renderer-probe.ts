/**
 * Runs inside the page (installed with addInitScript, so it sees the app from its first task):
 * records every long task and every event of 16 ms or more, and animation-frame timestamps while
 * asked to. The bench reads it with `window.__parleyProbe.snapshot()` and parses the answer with
 * probeSnapshotSchema; nothing here may refer to anything outside this function.
 */
export function installRendererProbe(): void {
  type Entry = { name: string; start: number; duration: number };
  const longTasks: Entry[] = [];
  const events: Entry[] = [];
  const frames: number[] = [];
  let recording = false;
  const keep = (into: Entry[]) => (list: PerformanceObserverEntryList) => {
    for (const e of list.getEntries())
      into.push({ name: e.name, start: e.startTime, duration: e.duration });
  };
  new PerformanceObserver(keep(longTasks)).observe({ type: 'longtask', buffered: true });
  // Held in a variable: the Node typings this file is checked with do not know durationThreshold.
  const slowEvents = { type: 'event', buffered: true, durationThreshold: 16 };
  new PerformanceObserver(keep(events)).observe(slowEvents);
  const tick = (time: number): void => {
    if (!recording) return;
    frames.push(time);
    requestAnimationFrame(tick);
  };
  /** Resolves after the next two frames and a quiet moment, so pending observer reports arrive. */
  const settle = (): Promise<number> =>
    new Promise((resolve) =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 300)),
      ),
    );
  Object.assign(window, {
    __parleyProbe: {
      now: () => performance.now(),
      settle,
      startFrames: () => {
        frames.length = 0;
        recording = true;
        requestAnimationFrame(tick);
        return performance.now();
      },
      stopFrames: () => {
        recording = false;
      },
      snapshot: () => ({
        now: performance.now(),
        longTasks: [...longTasks],
        events: [...events],
        frames: [...frames],
      }),
    },
  });
}
