/** Pure helpers for rooms, tracks and speakers. */

/** Colours a track may have: each readable with white text, distinct enough for a programme. Stored as hex. */
export const TRACK_PALETTE = {
  blue: "#1d4ed8",
  green: "#047857",
  ochre: "#b45309",
  red: "#b91c1c",
  violet: "#7c3aed",
  teal: "#0e7490",
  magenta: "#be185d",
  grey: "#4b5563",
} as const;
export type TrackColourName = keyof typeof TRACK_PALETTE;

/** The palette name of a stored colour, for its label; null for colours from elsewhere (seed, import). */
export function colourName(hex: string | null): TrackColourName | null {
  const entry = Object.entries(TRACK_PALETTE).find(([, value]) => value === hex);
  return entry ? (entry[0] as TrackColourName) : null;
}

/** Names are compared as people read them: "Saal 1" and "saal 1 " are the same room. */
export function sameName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), "de", { sensitivity: "accent" }) === 0;
}

/**
 * The order after moving one item a step up or down, as ids. Positions stored so far may have
 * gaps or ties (seeded or imported data), so the result is renumbered 0..n-1 by the caller.
 */
export function moveStep(ids: string[], id: string, direction: "up" | "down"): string[] | null {
  const from = ids.indexOf(id);
  if (from === -1) return null;
  const to = direction === "up" ? from - 1 : from + 1;
  if (to < 0 || to >= ids.length) return ids;
  const next = [...ids];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}
