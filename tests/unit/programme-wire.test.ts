import { describe, expect, it } from "vitest";
import { programmeView } from "@/lib/conferences/programme-view";
import { packProgramme, unpackProgramme } from "@/lib/conferences/programme-wire";
import type { PublicConference } from "@/lib/conferences/queries";

const host = { id: "bismit", slug: "bismit", name: "Netzwerkbüro Bildung im Strukturwandel", shortName: "BiSMit" };
const room = (i: number) => ({ id: `r${i}`, name: `Raum ${i}`, position: i });
const speaker = (i: number) => ({ id: `speaker-${i}`, name: `Dr. Person ${i}`, organisation: null, bio: null });

/** A day of twelve sessions in three rooms, with a track, speakers, limits, an English title and a cancellation. */
const conference = {
  slug: "demo",
  timeZone: "Europe/Berlin",
  hosts: [{ role: "organiser", host }],
  tracks: [{ id: "t1", name: "Berufsorientierung", color: "#1d4ed8" }],
  sessions: Array.from({ length: 12 }, (_, i) => {
    const startsAt = new Date(Date.UTC(2027, 2, 11, 8 + Math.floor(i / 3)));
    return {
      id: `session-${i}`,
      title: `Programmpunkt ${i}`,
      titleEn: i % 2 ? `Session ${i}` : null,
      abstract: `Worum es in Punkt ${i} geht.`,
      abstractEn: null,
      language: "de",
      format: i === 4 ? "break" : "workshop",
      status: i === 5 ? "cancelled" : "scheduled",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      capacity: i % 3 ? 20 : null,
      seatsTaken: i,
      room: room(i % 3),
      track: i % 2 ? { id: "t1", name: "Berufsorientierung", color: "#1d4ed8" } : null,
      host,
      speakers: [{ speaker: speaker(i % 4) }, { speaker: speaker((i + 1) % 4) }],
      waitlistLength: 0,
    };
  }),
} as unknown as PublicConference;

describe("the programme as it crosses to the browser", () => {
  it.each(["de", "en"])("unpacks into the same view (%s)", (locale) => {
    const view = programmeView(conference, locale);
    expect(unpackProgramme(JSON.parse(JSON.stringify(packProgramme(view))))).toEqual(view);
  });

  it("is well under two thirds of the view as objects", () => {
    const view = programmeView(conference, "en");
    expect(JSON.stringify(packProgramme(view)).length).toBeLessThan((JSON.stringify(view).length * 2) / 3);
  });
});
