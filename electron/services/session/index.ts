export { openSession, areasTouched } from './session';
export type { Session, SessionHooks, SessionOptions } from './session';
export { findSeedsDir } from './app-root';
