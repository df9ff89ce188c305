import type { Executor } from './db';

// The one event interface between the modules that keep records and those that derive from them: after
// a module re-derives the facts of some records (inside the same transaction), it reports which ones
// (a meeting's facts; a person's placement, sourceType 'person', when they move),
// and each listener (points, for one) brings what it derived from them up to date. A listener reads the
// facts and the person register, never other records' tables, and must be idempotent: reporting an
// unchanged record changes nothing.

export type FactChange = { sourceType: string; sourceIds: readonly string[] };
export type FactListener = (ex: Executor, change: FactChange) => Promise<void>;

const listeners = new Map<string, FactListener>();

/** Registers a listener under a key; registering the same key again replaces it (one per module). */
export function onFactsChanged(key: string, listener: FactListener): void {
  listeners.set(key, listener);
}

export async function factsChanged(ex: Executor, change: FactChange): Promise<void> {
  if (change.sourceIds.length === 0) return;
  for (const listener of listeners.values()) await listener(ex, change);
}
