/**
 * A small in-process cache for public read models, invalidated by tags.
 *
 * Why not Next's data cache (`'use cache'`, `unstable_cache`): the pages stay rendered per request
 * for their CSP nonce, so only the data needs caching; Next's cache serves stale data once after a
 * `revalidateTag(tag, "max")` and is per process anyway, so a second instance would never hear of a
 * change. Here an entry lives at most `ttlMs` (every instance shows a change within that time) and
 * is dropped at once in the process whose use case changed the data (the tag). Loads are
 * single-flight: a hundred requests for a cold entry cause one query.
 *
 * Listeners (`onInvalidate`) let tests observe which tags a use case invalidates.
 */
import { AsyncLocalStorage } from "node:async_hooks";

type Refreshed = { value: unknown; kept: boolean };
type Entry = {
  key: string;
  tags: Set<string>;
  expires: number;
  value: Promise<unknown>;
  fingerprint?: string;
  refresh?: Promise<Refreshed>;
  /** Loads the entry again; true when the data was unchanged and this entry lives on (scripts/page-cache.mjs). */
  revalidate?: () => Promise<boolean>;
};

/**
 * The state lives on globalThis: Next bundles this module into several server chunks (pages,
 * route handlers, server actions), and an invalidation in one must reach the entries read by the
 * others. scripts/serve.mjs creates the same shape first and uses `reads` to learn which entries a
 * page's render read (its whole-page cache is valid while those are).
 */
type Store = { entries: Map<string, Entry>; listeners: Set<(tags: string[], within: number) => void>; reads: AsyncLocalStorage<Set<Entry>> };
const KEY = Symbol.for("tagung.tagged-cache");
const globals = globalThis as typeof globalThis & { [KEY]?: Store };
const store: Store = (globals[KEY] ??= { entries: new Map(), listeners: new Set(), reads: new AsyncLocalStorage() });
const { entries, listeners } = store;
const MAX_ENTRIES = 5_000;

export type CacheOptions<T> = { ttlMs: number; tags: (value: T) => string[]; now?: number; keep?: (value: T) => boolean };

/**
 * The cached value for `key`, loading it (once, for all concurrent callers) when absent or expired.
 * An expired entry is loaded again, and if the data came back unchanged the entry itself lives on:
 * pages rendered from it (scripts/page-cache.mjs) stay valid instead of being rendered again every
 * `ttlMs`.
 */
export function cached<T>(key: string, load: () => Promise<T>, { ttlMs, tags, now = Date.now(), keep }: CacheOptions<T>): Promise<T> {
  const hit = entries.get(key);
  if (hit && hit.expires > now) {
    store.reads.getStore()?.add(hit);
    return hit.value as Promise<T>;
  }
  if (ttlMs <= 0) return load();
  if (hit?.fingerprint !== undefined) {
    store.reads.getStore()?.add(hit);
    return refreshEntry(hit, load, ttlMs, tags).then((r) => r.value as T);
  }
  const entry: Entry = { key, tags: new Set(), expires: now + ttlMs, value: Promise.resolve() };
  entry.value = load().then(
    (value) => {
      // Answers not worth keeping (e.g. an unknown token) are not remembered.
      if (keep && !keep(value) && entries.get(key) === entry) entries.delete(key);
      for (const tag of tags(value)) entry.tags.add(tag);
      settle(entry, value, load, ttlMs, tags);
      return value;
    },
    (error: unknown) => {
      if (entries.get(key) === entry) entries.delete(key);
      throw error;
    },
  );
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(key, entry);
  store.reads.getStore()?.add(entry);
  return entry.value as Promise<T>;
}

function settle<T>(entry: Entry, value: T, load: () => Promise<T>, ttlMs: number, tags: (value: T) => string[]): void {
  entry.fingerprint = fingerprintOf(value);
  entry.revalidate = () => refreshEntry(entry, load, ttlMs, tags).then((r) => r.kept, () => false);
}

/** Loads an expired entry again (once for all callers): unchanged data extends it, changed data replaces it. */
function refreshEntry<T>(entry: Entry, load: () => Promise<T>, ttlMs: number, tags: (value: T) => string[]): Promise<Refreshed> {
  entry.refresh ??= load().then(
    (value) => {
      entry.refresh = undefined;
      if (entries.get(entry.key) !== entry) return { value, kept: false };
      if (fingerprintOf(value) === entry.fingerprint) {
        entry.expires = Date.now() + ttlMs;
        entry.value = Promise.resolve(value);
        return { value, kept: true };
      }
      const next: Entry = { key: entry.key, tags: new Set(tags(value)), expires: Date.now() + ttlMs, value: Promise.resolve(value) };
      settle(next, value, load, ttlMs, tags);
      entries.set(entry.key, next);
      return { value, kept: false };
    },
    (error: unknown) => {
      entry.refresh = undefined;
      throw error;
    },
  );
  return entry.refresh;
}

/** Equal data, equal string (Dates as ISO strings); cheap next to the query that loaded it. */
function fingerprintOf(value: unknown): string {
  return JSON.stringify(value) ?? "undefined";
}

/**
 * Drops every entry carrying one of `tags`. With `within`, entries are only shortened to live at
 * most that many milliseconds more: a burst of registrations then reloads seat counts once per
 * `within` instead of once per registration. Entries still loading are dropped too (they may have
 * read the data before the change committed).
 */
export function invalidateTags(tags: string[], { within = 0, now = Date.now() }: { within?: number; now?: number } = {}): void {
  if (tags.length === 0) return;
  for (const [key, entry] of entries) {
    if (entry.tags.size > 0 && !tags.some((t) => entry.tags.has(t))) continue;
    if (within <= 0) entries.delete(key);
    else entry.expires = Math.min(entry.expires, now + within);
  }
  for (const listener of listeners) listener(tags, within);
}

/** Calls `listener` with the tags of every invalidation until the returned function is called. */
export function onInvalidate(listener: (tags: string[], within: number) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets everything (tests). */
export function clearCache(): void {
  entries.clear();
}
