// IPC channel names shared by main and preload; pure so both bundles (and tests) can import it.

/** Renderer → main: `(channel, input)`, answered with a result envelope. */
export const INVOKE_CHANNEL = 'workbench:invoke';
/** Main → renderer: `(event, payload)` for every push event. */
export const EVENT_CHANNEL = 'workbench:event';
