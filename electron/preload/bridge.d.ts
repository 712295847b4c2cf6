// What the preload exposes to the page; the renderer's only window to the outside.
import type { BridgeApi } from '../../shared/ipc/contract';
import type { BridgeEvents } from '../../shared/ipc/events';

declare global {
  interface Window {
    /** Absent when the page is not opened by the app (a plain browser). */
    bidmap?: BridgeApi;
    bidmapEvents?: BridgeEvents;
  }
}
export {};
