import { ELECTRON_MISSING, electronBinary } from './electron-binary';

/** Says once, up front, why the electron project's specs will be reported as skipped. */
export default function globalSetup(): void {
  const binary = electronBinary();
  if (binary) console.log(`e2e: the electron project runs the real app (${binary})`);
  else console.warn(`e2e: SKIPPING every spec of the electron project: ${ELECTRON_MISSING}`);
}
