/**
 * The colour of a host on printouts (badge band, certificate rule): the one the host chose
 * (`Host.colour`), else one derived from the host's slug — stable across prints and installations,
 * and always dark enough for white text on it (contrast ≥ 4.5:1 against white). A chosen colour
 * may be light, so text on it takes `inkOn` (pure; also used in the browser).
 */
const PALETTE = ["#1f4e79", "#7a1f3d", "#2e6b30", "#5b3a8c", "#8a4b08", "#00606b", "#a0283c", "#3b4a9c", "#4a5a12", "#6b2d6b"];

export function hostColour(host: { slug: string; colour?: string | null }): string {
  if (host.colour) return host.colour;
  let hash = 0;
  for (const ch of host.slug) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return PALETTE[hash % PALETTE.length];
}

/** WCAG relative luminance of "#rrggbb". */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** White or near-black text on a background of `hex`, whichever contrasts more. */
export function inkOn(hex: string): "#ffffff" | "#1a1a1f" {
  const l = luminance(hex);
  const onWhite = 1.05 / (l + 0.05);
  const onDark = (l + 0.05) / (luminance("#1a1a1f") + 0.05);
  return onWhite >= onDark ? "#ffffff" : "#1a1a1f";
}
