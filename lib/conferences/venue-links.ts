/** Links to a venue on OpenStreetMap, built from its address as typed. Pure. */
const OSM = "https://www.openstreetmap.org";

/** The address in OpenStreetMap's search (the venue's name only when no address is given). */
export function mapSearchUrl(name: string, address: string): string {
  return `${OSM}/search?query=${encodeURIComponent(address.trim() || name.trim())}`;
}

/** OpenStreetMap's route planner with the venue as destination; the reader enters where they start. */
export function directionsUrl(address: string): string {
  return `${OSM}/directions?to=${encodeURIComponent(address.trim())}`;
}
