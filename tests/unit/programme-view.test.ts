import { describe, expect, it } from "vitest";
import { filterableEntry, programmeView, publicSpeakers } from "@/lib/conferences/programme-view";
import type { PublicConference } from "@/lib/conferences/queries";

const host = (slug: string) => ({ id: slug, slug, name: `Host ${slug}`, shortName: slug.toUpperCase() });
const saal = { id: "saal", name: "Saal", position: 0 };
const lenz = { id: "lenz", name: "Katrin Lenz", organisation: "BiSMit", bio: null };
const okafor = { id: "okafor", name: "Samuel Okafor", organisation: null, bio: null };

function session(id: string, iso: string, extra: Record<string, unknown> = {}) {
  const startsAt = new Date(iso);
  return {
    id,
    title: `Titel ${id}`,
    titleEn: null as string | null,
    abstract: "",
    abstractEn: null as string | null,
    language: "de",
    format: "talk",
    status: "scheduled",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3_600_000),
    capacity: null as number | null,
    seatsTaken: 0,
    room: saal,
    track: null as { id: string; name: string; color: string | null } | null,
    host: host("bismit"),
    speakers: [] as { speaker: typeof lenz }[],
    waitlistLength: 0,
    ...extra,
  };
}

const conference = {
  slug: "demo",
  timeZone: "Europe/Berlin",
  hosts: [{ role: "organiser", host: host("bismit") }, { role: "partner", host: host("emmd") }],
  tracks: [{ id: "t1", name: "Bildung" }, { id: "t2", name: "Unbenutzt" }],
  sessions: [
    session("a", "2027-03-11T08:30:00Z", { titleEn: "Opening", abstract: "Begrüßung", abstractEn: "Welcome", speakers: [{ speaker: okafor }, { speaker: lenz }], track: { id: "t1", name: "Bildung", color: null } }),
    session("b", "2027-03-11T10:00:00Z", { capacity: 10, seatsTaken: 10, speakers: [{ speaker: lenz }] }),
    session("c", "2027-03-12T08:00:00Z", { title: "Learning across borders", language: "en", status: "cancelled" }),
  ],
} as unknown as PublicConference;

describe("the programme as the browser receives it", () => {
  it("picks English titles, falls back to German marked as such, and formats times in the conference's zone", () => {
    const view = programmeView(conference, "en");
    expect(view.days.map((d) => d.key)).toEqual(["2027-03-11", "2027-03-12"]);
    const [a, b] = view.days[0].slots.flatMap((s) => s.sessions);
    expect(a.title).toBe("Opening");
    expect(a.titleLang).toBeNull();
    expect(a.time).toBe("09:30–10:30");
    expect(b).toMatchObject({ title: "Titel b", titleLang: "de" });
    const c = view.days[1].slots[0].sessions[0];
    expect(c.title).toBe("Learning across borders");
    expect(c.titleLang).toBeNull();
    expect(c.cancelled).toBe(true);
    expect(a.cancelled).toBe(false);
    expect(view.days[0].label).toBe("Thursday, 11 March 2027");
    expect(programmeView(conference, "de").days[1].slots[0].sessions[0].titleLang).toBe("en");
  });

  it("gives the filters what they need: seats left, track, host, titles in both languages and the abstract the reader is shown", () => {
    const view = programmeView(conference, "de");
    const [a, b] = view.days[0].slots.flatMap((s) => s.sessions).map((s) => filterableEntry(s, view.days[0].key, view));
    expect(a.search).toContain("titel a");
    expect(a.search).toContain("opening");
    expect(a.search).toContain("begrussung");
    expect(a.search).not.toContain("welcome");
    const english = programmeView(conference, "en");
    const [aEn] = english.days[0].slots[0].sessions.map((s) => filterableEntry(s, english.days[0].key, english));
    expect(aEn.search).toContain("welcome");
    expect(aEn.search).toContain("titel");
    expect(a.search).toContain("samuel okafor");
    expect(a.search).toContain("bildung");
    expect(a.search).toContain("host bismit");
    expect(a).toMatchObject({ trackId: "t1", hostSlug: "bismit", seatsLeft: null, day: "2027-03-11" });
    expect(b.seatsLeft).toBe(0);
  });

  it("sends tracks, hosts and speakers once, referred to by index, and the search text only for what a card does not show", () => {
    const view = programmeView(conference, "de");
    const [a, b] = view.days[0].slots.flatMap((s) => s.sessions);
    expect(view.speakers).toEqual([
      { id: "okafor", name: "Samuel Okafor" },
      { id: "lenz", name: "Katrin Lenz" },
    ]);
    expect(a).toMatchObject({ track: 0, host: 0, speakers: [0, 1] });
    expect(b).toMatchObject({ track: null, host: 0, speakers: [1] });
    expect(a.searchExtra).toBe("opening begrussung");
    expect(JSON.stringify(view).split("Host bismit").length - 1).toBe(1);
    expect(JSON.stringify(view).split("Katrin Lenz").length - 1).toBe(1);
  });

  it("offers only tracks and hosts that have sessions", () => {
    const view = programmeView(conference, "de");
    expect(view.tracks).toEqual([{ id: "t1", name: "Bildung", color: null }]);
    expect(view.hosts.map((h) => h.slug)).toEqual(["bismit"]);
  });

  it("lists each speaker once, by name, with their sessions in programme order", () => {
    const speakers = publicSpeakers(conference);
    expect(speakers.map((s) => s.name)).toEqual(["Katrin Lenz", "Samuel Okafor"]);
    expect(publicSpeakers({ ...conference, sessions: [session("z", "2027-03-11T08:30:00Z", { speakers: ["Prof. Zoë Fischer", "Dr. Katrin Lenz", "Siobhán O'Brien"].map((name, i) => ({ speaker: { ...lenz, id: `p${i}`, name } })) })] } as unknown as PublicConference).map((s) => s.name)).toEqual(["Prof. Zoë Fischer", "Dr. Katrin Lenz", "Siobhán O'Brien"]);
    expect(speakers[0].sessions.map((s) => s.id)).toEqual(["a", "b"]);
  });
});
