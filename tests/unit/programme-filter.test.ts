import { describe, expect, it } from "vitest";
import { EMPTY_FILTER, extraSearchWords, filterChoices, filterFromQuery, filterToQuery, isFiltered, matchesFilter, normaliseSearch, searchText, type FilterableSession } from "@/lib/conferences/programme-filter";
import { directionsUrl, mapSearchUrl } from "@/lib/conferences/venue-links";

function session(overrides: Partial<FilterableSession> = {}): FilterableSession {
  return {
    id: "s1",
    day: "2027-03-11",
    trackId: "t-bo",
    format: "workshop",
    language: "de",
    hostSlug: "bismit",
    cancelled: false,
    seatsLeft: 5,
    search: searchText(["Berufsorientierung, die ankommt", "Career guidance that works", "Dr. Anna Lenz", "Raum Saale"]),
    ...overrides,
  };
}

describe("programme filters in the URL", () => {
  it("reads every filter from the query and writes it back in a fixed order", () => {
    const filter = filterFromQuery(new URLSearchParams("free=1&host=emmd&q=%20Jugend%20&day=2027-03-12&track=t1&format=panel&language=en&utm=x"));
    expect(filter).toEqual({ q: "Jugend", day: "2027-03-12", track: "t1", format: "panel", language: "en", host: "emmd", free: true, mine: false });
    expect(filterToQuery(filter)).toBe("q=Jugend&day=2027-03-12&track=t1&format=panel&language=en&host=emmd&free=1");
    expect(filterFromQuery(new URLSearchParams(filterToQuery(filter)))).toEqual(filter);
  });

  it("an empty filter is an empty query, and Next's searchParams objects work too", () => {
    expect(filterToQuery(EMPTY_FILTER)).toBe("");
    expect(isFiltered(EMPTY_FILTER)).toBe(false);
    expect(filterFromQuery({ day: ["2027-03-11", "2027-03-12"], free: "true" })).toMatchObject({ day: "2027-03-11", free: true });
    expect(isFiltered({ ...EMPTY_FILTER, mine: true })).toBe(true);
  });

  it("does not keep \"my sessions\" in the URL: a shared link shows the sender's filter, not their sessions", () => {
    expect(filterToQuery({ ...EMPTY_FILTER, mine: true })).toBe("");
  });

  it("cuts overlong values", () => {
    expect(filterFromQuery(new URLSearchParams(`q=${"a".repeat(500)}`)).q).toHaveLength(200);
  });
});

describe("matching sessions", () => {
  it("matches every filter that is set, and only those", () => {
    const s = session();
    expect(matchesFilter(s, EMPTY_FILTER)).toBe(true);
    expect(matchesFilter(s, { ...EMPTY_FILTER, day: "2027-03-11", track: "t-bo", format: "workshop", language: "de", host: "bismit" })).toBe(true);
    expect(matchesFilter(s, { ...EMPTY_FILTER, day: "2027-03-12" })).toBe(false);
    expect(matchesFilter(s, { ...EMPTY_FILTER, track: "t-other" })).toBe(false);
    expect(matchesFilter(s, { ...EMPTY_FILTER, format: "talk" })).toBe(false);
    expect(matchesFilter(s, { ...EMPTY_FILTER, language: "en" })).toBe(false);
    expect(matchesFilter(s, { ...EMPTY_FILTER, host: "emmd" })).toBe(false);
    expect(matchesFilter(session({ trackId: null }), { ...EMPTY_FILTER, track: "t-bo" })).toBe(false);
  });

  it("searches titles in both languages, speakers and rooms, every word, ignoring case and accents", () => {
    expect(matchesFilter(session(), { ...EMPTY_FILTER, q: "LENZ saale" })).toBe(true);
    expect(matchesFilter(session(), { ...EMPTY_FILTER, q: "career guidance" })).toBe(true);
    expect(matchesFilter(session(), { ...EMPTY_FILTER, q: "berufsorientierung jugend" })).toBe(false);
    expect(matchesFilter(session({ search: searchText(["Räume für Straßenkinder"]) }), { ...EMPTY_FILTER, q: "raume strasse" })).toBe(true);
    expect(normaliseSearch("  Jörg   MÜLLER ")).toBe("jorg muller");
  });

  it("leaves out of the extra search text only words a search already finds, so the same queries match", () => {
    const known = searchText(["Berufsorientierung in Schulen", "Raum Saale"]);
    const text = "Schulen zeigen Berufsorientierung: Schule, Praktika und Praktikum; praktika und Saale";
    const extra = extraSearchWords(text, known);
    expect(extra.split(" ").sort()).toEqual(["berufsorientierung:", "praktika", "praktikum;", "schule,", "und", "zeigen"].sort());
    for (const q of ["schule", "zeigen", "praktik", "saale", "und", "orientierung:", "kum;"]) {
      const full = { ...session(), search: `${known} ${searchText([text])}` };
      const compact = { ...session(), search: `${known} ${extra}` };
      expect(matchesFilter(compact, { ...EMPTY_FILTER, q }), q).toBe(matchesFilter(full, { ...EMPTY_FILTER, q }));
    }
  });

  it("\"only with free seats\" keeps unlimited sessions and drops full, cancelled sessions and breaks", () => {
    const free = { ...EMPTY_FILTER, free: true };
    expect(matchesFilter(session({ seatsLeft: 1 }), free)).toBe(true);
    expect(matchesFilter(session({ seatsLeft: null }), free)).toBe(true);
    expect(matchesFilter(session({ seatsLeft: 0 }), free)).toBe(false);
    expect(matchesFilter(session({ cancelled: true }), free)).toBe(false);
    expect(matchesFilter(session({ format: "break", seatsLeft: null }), free)).toBe(false);
  });

  it("\"only my sessions\" keeps the remembered ones", () => {
    const mine = { ...EMPTY_FILTER, mine: true };
    expect(matchesFilter(session({ id: "a" }), mine, new Set(["a"]))).toBe(true);
    expect(matchesFilter(session({ id: "b" }), mine, new Set(["a"]))).toBe(false);
  });

  it("offers only the days, formats and languages the programme has", () => {
    const choices = filterChoices([session({ day: "2027-03-12", format: "talk" }), session(), session({ language: "en" })]);
    expect(choices).toEqual({ days: ["2027-03-11", "2027-03-12"], formats: ["talk", "workshop"], languages: ["de", "en"] });
  });
});

describe("venue links", () => {
  it("are plain OpenStreetMap links with the address encoded", () => {
    expect(mapSearchUrl("Ständehaus", "Oberaltenburg 2, 06217 Merseburg")).toBe("https://www.openstreetmap.org/search?query=Oberaltenburg%202%2C%2006217%20Merseburg");
    expect(mapSearchUrl("Ständehaus", " ")).toBe("https://www.openstreetmap.org/search?query=St%C3%A4ndehaus");
    expect(directionsUrl("Oberaltenburg 2, 06217 Merseburg")).toBe("https://www.openstreetmap.org/directions?to=Oberaltenburg%202%2C%2006217%20Merseburg");
  });
});
