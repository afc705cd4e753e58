/**
 * Search and filters of the public programme (issue 14): day, track, format, language, host, "only
 * with free seats" and a free-text search. They run in the browser over the programme the page
 * already holds and live in the URL's query, so a filtered view can be shared. Pure.
 */

export type ProgrammeFilter = {
  q: string;
  day: string;
  track: string;
  format: string;
  language: string;
  host: string;
  free: boolean;
  /** Only the sessions this browser remembers as the reader's own ("Meine Sessions"); not in the URL. */
  mine: boolean;
};

export const EMPTY_FILTER: ProgrammeFilter = { q: "", day: "", track: "", format: "", language: "", host: "", free: false, mine: false };

/** What a session offers to the filters; built on the server, matched in the browser. */
export type FilterableSession = {
  id: string;
  day: string;
  trackId: string | null;
  format: string;
  language: string;
  hostSlug: string;
  cancelled: boolean;
  /** null: no limit. */
  seatsLeft: number | null;
  /** Every text a reader may search for (titles in both languages, abstract, speakers, room, track, host), see searchText. */
  search: string;
};

/** The URL query keys, in the order they are written. */
const KEYS = ["q", "day", "track", "format", "language", "host"] as const;
const MAX = 200;

type QueryLike = URLSearchParams | Record<string, string | string[] | undefined>;

function read(query: QueryLike, key: string): string {
  const value = query instanceof URLSearchParams ? query.get(key) : query[key];
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? "").trim().slice(0, MAX);
}

/** The filter a URL query describes; unknown keys and values are ignored (an unknown value simply matches nothing). */
export function filterFromQuery(query: QueryLike): ProgrammeFilter {
  const filter: ProgrammeFilter = { ...EMPTY_FILTER };
  for (const key of KEYS) filter[key] = read(query, key);
  filter.free = ["1", "true", "yes"].includes(read(query, "free"));
  return filter;
}

/** The query string ("day=2027-03-11&free=1", without "?") for a filter; empty when nothing is filtered. */
export function filterToQuery(filter: ProgrammeFilter): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (filter[key].trim()) params.set(key, filter[key].trim());
  if (filter.free) params.set("free", "1");
  return params.toString();
}

export function isFiltered(filter: ProgrammeFilter): boolean {
  return KEYS.some((key) => filter[key].trim() !== "") || filter.free || filter.mine;
}

/** Lower case, without accents, ß as ss: "Räume" is found by "raume", "Straße" by "strasse". */
export function normaliseSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The searchable text of a session, from all its parts. */
export function searchText(parts: (string | null | undefined)[]): string {
  return normaliseSearch(parts.filter(Boolean).join(" "));
}

/**
 * The words of `text` a search could not already find in `known` (both normalised): a query word
 * matches anywhere inside the search text, so a word that occurs in `known` or inside a longer
 * word adds nothing. Keeps the search text the page sends small without changing what is found.
 */
export function extraSearchWords(text: string, known: string): string {
  const words = [...new Set(normaliseSearch(text).split(" ").filter(Boolean))];
  return words.filter((word) => !known.includes(word) && !words.some((other) => other !== word && other.includes(word))).join(" ");
}

/** Whether a session passes the filter. Every word of the search must occur; "free seats" leaves out breaks, cancelled and full sessions. */
export function matchesFilter(session: FilterableSession, filter: ProgrammeFilter, mine: ReadonlySet<string> = new Set()): boolean {
  if (filter.day && session.day !== filter.day) return false;
  if (filter.track && session.trackId !== filter.track) return false;
  if (filter.format && session.format !== filter.format) return false;
  if (filter.language && session.language !== filter.language) return false;
  if (filter.host && session.hostSlug !== filter.host) return false;
  if (filter.free && (session.cancelled || session.format === "break" || (session.seatsLeft !== null && session.seatsLeft <= 0))) return false;
  if (filter.mine && !mine.has(session.id)) return false;
  const words = normaliseSearch(filter.q).split(" ").filter(Boolean);
  return words.every((word) => session.search.includes(word));
}

/** The values each filter can take for a programme, so the selects offer only what exists. */
export function filterChoices<S extends FilterableSession>(sessions: S[]): { days: string[]; formats: string[]; languages: string[] } {
  const unique = (values: string[]) => [...new Set(values)];
  return {
    days: unique(sessions.map((s) => s.day)).sort(),
    formats: unique(sessions.map((s) => s.format)),
    languages: unique(sessions.map((s) => s.language)).sort(),
  };
}
