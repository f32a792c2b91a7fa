/**
 * The part of Electron's API the sandboxed preload uses, declared without Node's types so the
 * preload is type-checked as what it is: a DOM context with a bridge (tsconfig.preload.json maps
 * `electron` here). sandbox-api.check.ts proves Electron's real API satisfies these declarations.
 */
export type IpcRendererEvent = { readonly sender: unknown };

export declare const contextBridge: {
  exposeInMainWorld(apiKey: string, api: unknown): void;
};

export declare const ipcRenderer: {
  on(channel: string, listener: (event: IpcRendererEvent, ...args: unknown[]) => void): unknown;
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
};

export declare const webUtils: {
  getPathForFile(file: File): string;
};
