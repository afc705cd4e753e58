"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";

/**
 * "Meine Sessions": the manage page remembers, in this browser only, which sessions the person
 * chose — the session ids, never the manage link — so the public programme can mark them. Nothing
 * of it reaches the server. "Forget" leaves a mark that the manage page respects: it does not
 * remember the sessions again until the person asks for it.
 */
const key = (slug: string) => `tagung.mySessions.${slug}`;
const CHANGED = "tagung:my-sessions";
const FORGOTTEN = "off";

function read(slug: string): string {
  try {
    return window.localStorage.getItem(key(slug)) ?? "";
  } catch {
    return ""; // storage switched off: nothing is remembered
  }
}

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

function parse(raw: string): string[] {
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string").slice(0, 200) : [];
  } catch {
    return [];
  }
}

/** Stores the ids; unless `force`, not after the person chose to forget them. */
export function rememberMySessions(slug: string, sessionIds: string[], { force = false } = {}) {
  try {
    if (!force && read(slug) === FORGOTTEN) return;
    window.localStorage.setItem(key(slug), JSON.stringify(sessionIds));
    window.dispatchEvent(new Event(CHANGED));
  } catch {
    // storage switched off or full: the marker is a convenience
  }
}

export function forgetMySessions(slug: string) {
  try {
    window.localStorage.setItem(key(slug), FORGOTTEN);
    window.dispatchEvent(new Event(CHANGED));
  } catch {
    // nothing to forget
  }
}

/** The remembered session ids of a conference (empty on the server and before hydration), and whether any are remembered. */
export function useMySessions(slug: string): { ids: ReadonlySet<string>; remembered: boolean; forgotten: boolean; forget: () => void } {
  const raw = useSyncExternalStore(subscribe, () => read(slug), () => "");
  const ids = useMemo(() => new Set(raw && raw !== FORGOTTEN ? parse(raw) : []), [raw]);
  const forget = useCallback(() => forgetMySessions(slug), [slug]);
  return { ids, remembered: ids.size > 0, forgotten: raw === FORGOTTEN, forget };
}
