/**
 * The programme view as it crosses to the browser. Every prop of a client component is written
 * into the page's HTML as JSON (issue 15: the conference page stays under 60 KB); as objects, the
 * key names of every session, slot and speaker made up a third of the programme's share. Packed,
 * each is an array in a fixed order, unpacked in the browser into the same ProgrammeView. Pure.
 */
import type { ContentLocale } from "../localized";
import type { ProgrammeView } from "./programme-view";

type PackedEntry = [
  id: string,
  title: string,
  titleLang: ContentLocale | null,
  time: string,
  format: string,
  language: string,
  room: string | null,
  track: number | null,
  host: number,
  speakers: number[],
  cancelled: 0 | 1,
  seatsLeft: number | null,
  column: number | null,
  searchExtra: string,
];
type PackedSlot = [startsAt: string, time: string, plenary: 0 | 1, sessions: PackedEntry[]];
type PackedDay = [key: string, label: string, shortLabel: string, rooms: string[], slots: PackedSlot[]];

export type PackedProgramme = {
  slug: string;
  days: PackedDay[];
  tracks: [id: string, name: string, color: string | null][];
  hosts: [slug: string, shortName: string, name: string][];
  speakers: [id: string, name: string][];
};

export function packProgramme(view: ProgrammeView): PackedProgramme {
  return {
    slug: view.slug,
    days: view.days.map((d) => [
      d.key,
      d.label,
      d.shortLabel,
      d.rooms,
      d.slots.map((slot) => [
        slot.startsAt,
        slot.time,
        slot.plenary ? 1 : 0,
        slot.sessions.map((s) => [s.id, s.title, s.titleLang, s.time, s.format, s.language, s.room, s.track, s.host, s.speakers, s.cancelled ? 1 : 0, s.seatsLeft, s.column, s.searchExtra]),
      ]),
    ]),
    tracks: view.tracks.map((t) => [t.id, t.name, t.color]),
    hosts: view.hosts.map((h) => [h.slug, h.shortName, h.name]),
    speakers: view.speakers.map((s) => [s.id, s.name]),
  };
}

export function unpackProgramme(packed: PackedProgramme): ProgrammeView {
  return {
    slug: packed.slug,
    days: packed.days.map(([key, label, shortLabel, rooms, slots]) => ({
      key,
      label,
      shortLabel,
      rooms,
      slots: slots.map(([startsAt, time, plenary, sessions]) => ({
        startsAt,
        time,
        plenary: plenary === 1,
        sessions: sessions.map(([id, title, titleLang, time, format, language, room, track, host, speakers, cancelled, seatsLeft, column, searchExtra]) => ({
          id,
          title,
          titleLang,
          time,
          format,
          language,
          room,
          track,
          host,
          speakers,
          cancelled: cancelled === 1,
          seatsLeft,
          column,
          searchExtra,
        })),
      })),
    })),
    tracks: packed.tracks.map(([id, name, color]) => ({ id, name, color })),
    hosts: packed.hosts.map(([slug, shortName, name]) => ({ slug, shortName, name })),
    speakers: packed.speakers.map(([id, name]) => ({ id, name })),
  };
}
