/**
 * The colour of a host on printouts (badge band, certificate rule). Hosts have no colour of their
 * own yet, so one is derived from the host's slug: stable across prints and installations, and
 * always dark enough for white text on it (contrast ≥ 4.5:1 against white).
 */
const PALETTE = ["#1f4e79", "#7a1f3d", "#2e6b30", "#5b3a8c", "#8a4b08", "#00606b", "#a0283c", "#3b4a9c", "#4a5a12", "#6b2d6b"];

export function hostColour(host: { slug: string }): string {
  let hash = 0;
  for (const ch of host.slug) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return PALETTE[hash % PALETTE.length];
}
