// Type-level only (checked by tsconfig.node.json, which sees Electron's real declarations): fails
// to compile when the preload's sandbox declarations ask for more than Electron provides.
import type { contextBridge, ipcRenderer, webUtils } from 'electron';
import type * as Sandbox from './electron-sandbox';

type Provides<Real, Declared> = [Real] extends [Declared] ? true : false;

export const electronProvidesTheSandboxApi: [
  Provides<typeof contextBridge, typeof Sandbox.contextBridge>,
  Provides<typeof ipcRenderer, typeof Sandbox.ipcRenderer>,
  Provides<typeof webUtils, typeof Sandbox.webUtils>,
] = [true, true, true];
