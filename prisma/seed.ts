/**
 * Demo content: the hosts of the Mitteldeutsche Bildungskonferenz, the documented 2022 edition
 * (archived) and an upcoming edition a few months from now with registration open.
 * Run by `npm start` when the database holds no conference; `npm run db:seed` runs it on demand.
 * Every write is an upsert keyed by slug or email, so running it twice changes nothing.
 */
import { randomBytes } from "node:crypto";
import { db, type Tx } from "../lib/db";
import { zonedToUtc } from "../lib/time/zoned";
import { DEMO_TIME_ZONE, PAST_DEMO_SLUG, upcomingDemoDay, upcomingDemoSlug } from "./demo-dates";

type Day = { year: number; month: number; day: number };

function at(day: Day, hhmm: string, plusDays = 0): Date {
  const [hour, minute] = hhmm.split(":").map(Number);
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + plusDays));
  return zonedToUtc(
    { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour, minute },
    DEMO_TIME_ZONE,
  );
}

const HOSTS = [
  {
    slug: "bismit",
    shortName: "BiSMit",
    name: "Netzwerkbüro Bildung im Strukturwandel in Mitteldeutschland",
    description:
      "Das Netzwerkbüro BiSMit unterstützt Kommunen im Mitteldeutschen Revier dabei, Bildung als Motor des Strukturwandels zu gestalten.",
    website: "https://bismit.example",
    contactEmail: "kontakt@bismit.example",
  },
  {
    slug: "transmit",
    shortName: "TransMit",
    name: "Transferagentur Kommunales Bildungsmanagement Mitteldeutschland",
    description:
      "Die Transferagentur TransMit begleitet Landkreise und kreisfreie Städte in Sachsen, Sachsen-Anhalt und Thüringen beim datenbasierten kommunalen Bildungsmanagement.",
    website: "https://transmit.example",
    contactEmail: "kontakt@transmit.example",
  },
  {
    slug: "emmd",
    shortName: "EMMD",
    name: "Europäische Metropolregion Mitteldeutschland",
    description:
      "Die Metropolregion Mitteldeutschland verbindet Wirtschaft, Kommunen, Wissenschaft und Kultur der Region für Fachkräftesicherung und nachhaltiges Wirtschaften.",
    website: "https://emmd.example",
    contactEmail: "kontakt@emmd.example",
  },
] as const;

const ORGANISERS = [
  { email: "orga@bismit.example", name: "Organisation BiSMit", host: "bismit", role: "owner" },
  { email: "orga@transmit.example", name: "Organisation TransMit", host: "transmit", role: "owner" },
  { email: "orga@emmd.example", name: "Organisation EMMD", host: "emmd", role: "owner" },
  { email: "redaktion@emmd.example", name: "Redaktion EMMD", host: "emmd", role: "editor" },
  { email: "lesen@bismit.example", name: "Lesezugang BiSMit", host: "bismit", role: "viewer" },
] as const;

type SessionSeed = {
  key: string;
  title: string;
  abstract: string;
  format: "keynote" | "talk" | "workshop" | "panel" | "forum" | "networking" | "break" | "other";
  host: "bismit" | "transmit" | "emmd";
  room: string;
  day: 0 | 1;
  start: string;
  end: string;
  capacity?: number;
  speakers?: string[];
  language?: string;
  track?: string;
  titleEn?: string;
  abstractEn?: string;
};

/**
 * English texts of the upcoming demo programme (issue 14). The keynote (s2) has none on purpose:
 * the English site shows its German title, marked lang="de", as the fallback to look at.
 */
const UPCOMING_ENGLISH: Record<string, { titleEn: string; abstractEn: string }> = {
  s1: { titleEn: "Opening: Skilled workers of tomorrow", abstractEn: "Welcome from BiSMit and TransMit and an introduction to the two conference days." },
  s3: { titleEn: "Career guidance that works: examples from schools", abstractEn: "Three schools show how company visits, internships and the career choice passport work together." },
  s4: { titleEn: "Education monitoring for vocational further education", abstractEn: "How local authorities use data to spot further-education needs and steer what is offered." },
  s5: { titleEn: "Securing skilled workers, sustainable business: linking education and structural change", abstractEn: "Designed by the Central German Metropolitan Region: companies, chambers and local authorities report how education, securing skilled workers and sustainable business come together in the region." },
  s6: { titleEn: "Lunch break and project fair", abstractEn: "Projects from the region introduce themselves." },
  s7: { titleEn: "Youth participation: what keeps young people in the region", abstractEn: "Young people from Merseburg and Halle debate with decision-makers from politics and administration." },
  s8: { titleEn: "Training at work: models for small and medium-sized businesses", abstractEn: "How SMEs can train their staff without bringing the business to a halt." },
  s9: { titleEn: "Networking evening", abstractEn: "End of the first day with a regional buffet." },
  s10: { titleEn: "Skilled workers in the region: figures, trends, fields of action", abstractEn: "Current data on the skilled-worker situation in Saxony, Saxony-Anhalt and Thuringia." },
  s11: { titleEn: "Digital career guidance: tools compared", abstractEn: "Online platforms, apps and virtual internships – what works for whom?" },
  s12: { titleEn: "Youth participation in practice: a workshop for local authorities", abstractEn: "Methods and formats that help local authorities involve young people effectively." },
  s13: { titleEn: "Thinking regionally: connecting education across the metropolitan region", abstractEn: "The metropolitan region presents partnerships between local authorities, universities and businesses." },
  s14: { titleEn: "Closing: commitments for the region", abstractEn: "What we take away from the two days – and who does what before the next conference." },
};

async function upsertConference(
  tx: Tx,
  hostIds: Record<string, string>,
  data: {
    slug: string;
    title: string;
    /** German, after "zu" (lib/conferences/title-phrases.ts). */
    titleDative?: string;
    subtitle: string;
    description: string;
    titleEn?: string;
    subtitleEn?: string;
    descriptionEn?: string;
    day: Day;
    status: "published" | "archived";
    venueName: string;
    venueAddress: string;
    registrationOpensAt: Date;
    registrationClosesAt: Date;
    capacity: number | null;
    /** The form's built-in "Funktion" field; hidden where the conference's own question asks the role. */
    jobTitleField?: "hidden" | "optional" | "required";
    hosts: { host: string; role: "organiser" | "co_organiser" | "partner" }[];
    rooms: { name: string; capacity?: number; description?: string; descriptionEn?: string }[];
    tracks?: { name: string; color: string }[];
    speakers: { key: string; name: string; organisation: string; bio?: string }[];
    sessions: SessionSeed[];
  },
) {
  const startsAt = at(data.day, "09:00");
  const endsAt = at(data.day, "16:30", data.sessions.some((s) => s.day === 1) ? 1 : 0);
  const fields = {
    title: data.title,
    titleDative: data.titleDative ?? null,
    subtitle: data.subtitle,
    description: data.description,
    titleEn: data.titleEn ?? null,
    subtitleEn: data.subtitleEn ?? null,
    descriptionEn: data.descriptionEn ?? null,
    startsAt,
    endsAt,
    timeZone: DEMO_TIME_ZONE,
    venueName: data.venueName,
    venueAddress: data.venueAddress,
    status: data.status,
    registrationOpensAt: data.registrationOpensAt,
    registrationClosesAt: data.registrationClosesAt,
    capacity: data.capacity,
    contactEmail: "kontakt@bismit.example",
    isDemo: true,
    jobTitleField: data.jobTitleField ?? "optional",
  };
  const conference = await tx.conference.upsert({ where: { slug: data.slug }, create: { slug: data.slug, ...fields }, update: {} });

  for (const [position, h] of data.hosts.entries()) {
    await tx.conferenceHost.upsert({
      where: { conferenceId_hostId: { conferenceId: conference.id, hostId: hostIds[h.host] } },
      create: { conferenceId: conference.id, hostId: hostIds[h.host], role: h.role, position },
      update: {},
    });
  }
  const roomIds: Record<string, string> = {};
  for (const [position, r] of data.rooms.entries()) {
    const room = await tx.room.upsert({
      where: { conferenceId_name: { conferenceId: conference.id, name: r.name } },
      create: { conferenceId: conference.id, name: r.name, capacity: r.capacity ?? null, description: r.description ?? null, descriptionEn: r.descriptionEn ?? null, position },
      update: {},
    });
    roomIds[r.name] = room.id;
  }
  const trackIds: Record<string, string> = {};
  for (const [position, t] of (data.tracks ?? []).entries()) {
    const track = await tx.track.upsert({
      where: { conferenceId_name: { conferenceId: conference.id, name: t.name } },
      create: { conferenceId: conference.id, name: t.name, color: t.color, position },
      update: {},
    });
    trackIds[t.name] = track.id;
  }
  const existingSpeakers = await tx.speaker.findMany({ where: { conferenceId: conference.id } });
  const speakerIds: Record<string, string> = {};
  for (const s of data.speakers) {
    const found = existingSpeakers.find((e) => e.name === s.name);
    speakerIds[s.key] =
      found?.id ??
      (await tx.speaker.create({ data: { conferenceId: conference.id, name: s.name, organisation: s.organisation, bio: s.bio ?? null } })).id;
  }
  const existingSessions = await tx.session.findMany({ where: { conferenceId: conference.id }, select: { title: true } });
  for (const s of data.sessions) {
    if (existingSessions.some((e) => e.title === s.title)) continue;
    const session = await tx.session.create({
      data: {
        conferenceId: conference.id,
        hostId: hostIds[s.host],
        roomId: roomIds[s.room],
        trackId: s.track ? trackIds[s.track] : null,
        title: s.title,
        abstract: s.abstract,
        titleEn: s.titleEn ?? UPCOMING_ENGLISH[s.key]?.titleEn ?? null,
        abstractEn: s.abstractEn ?? UPCOMING_ENGLISH[s.key]?.abstractEn ?? null,
        format: s.format,
        language: s.language ?? "de",
        startsAt: at(data.day, s.start, s.day),
        endsAt: at(data.day, s.end, s.day),
        capacity: s.capacity ?? null,
        status: "scheduled",
      },
    });
    for (const [position, key] of (s.speakers ?? []).entries()) {
      await tx.sessionSpeaker.create({ data: { sessionId: session.id, speakerId: speakerIds[key], position } });
    }
  }
  return conference;
}

const PAST_ATTENDEES = [
  "Anja Becker", "Thomas Schulze", "Sabine Krüger", "Michael Hoffmann", "Claudia Richter", "Stefan Wolf", "Katrin Neumann", "Andreas Schwarz",
  "Susanne Zimmermann", "Frank Braun", "Petra Hartmann", "Jens Lange", "Martina Schmitt", "Uwe Werner", "Birgit Krause", "Ralf Meier",
  "Heike Lehmann", "Dirk Schmid", "Anke Schulz", "Holger Maier", "Kerstin Köhler", "Matthias Herrmann", "Silke König", "Torsten Walter",
  "Ines Mayer", "Sven Huber", "Nicole Kaiser", "Marco Fuchs", "Yvonne Peters", "Rico Lang", "Doreen Scholz", "Enrico Möller",
  "Mandy Weiß", "Ronny Jung", "Peggy Hahn", "Maik Schubert",
];
const PAST_ROLES = ["kommune", "schule", "wirtschaft", "zivil", "kommune", "schule"];

/**
 * Past registrations for the archived 2022 edition (with check-ins and session seats), so the
 * retention job has something to anonymise on the first start and the organiser's report of 2022
 * still shows the counts afterwards. Written once: skipped when the edition has registrations.
 */
async function seedPastRegistrations(tx: Tx, conferenceId: string, day: Day) {
  const role = await tx.registrationQuestion.upsert({
    where: { conferenceId_key: { conferenceId, key: "role" } },
    create: {
      conferenceId, key: "role", label: "In welchem Bereich arbeiten Sie?", labelEn: "Which sector do you work in?", type: "single_choice", required: true, position: 0,
      options: [
        { value: "kommune", label: "Kommunalverwaltung", labelEn: "Local government" },
        { value: "schule", label: "Schule oder Bildungseinrichtung", labelEn: "School or education provider" },
        { value: "wirtschaft", label: "Wirtschaft oder Kammer", labelEn: "Business or chamber" },
        { value: "zivil", label: "Zivilgesellschaft", labelEn: "Civil society" },
      ],
    },
    update: {},
  });
  if ((await tx.registration.count({ where: { conferenceId } })) > 0) return;
  const sessions = await tx.session.findMany({ where: { conferenceId }, orderBy: { startsAt: "asc" }, select: { id: true, capacity: true, startsAt: true } });
  const parallel = sessions.filter((s) => s.capacity !== null);
  const plenary = sessions.filter((s) => s.capacity === null);
  const seats = new Map<string, number>();
  let confirmed = 0;
  for (const [i, name] of PAST_ATTENDEES.entries()) {
    const cancelled = i % 12 === 11;
    const email = `${name.toLowerCase().replace(/ /g, ".").replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss")}@teilnahme.example`;
    const registeredAt = at(day, "10:00", -40 + i);
    const registration = await tx.registration.create({
      data: {
        conferenceId,
        name,
        email,
        emailKey: email,
        organisation: ["Stadt Leipzig", "Landkreis Saalekreis", "Stadt Halle (Saale)", "Burgenlandkreis", "IHK Halle-Dessau", "Volkshochschule Merseburg"][i % 6],
        jobTitle: i % 3 === 0 ? "Bildungsmanagement" : null,
        dietaryRequirements: i % 5 === 0 ? "vegetarisch" : null,
        answers: { [role.key]: PAST_ROLES[i % PAST_ROLES.length] },
        status: cancelled ? "cancelled" : "confirmed",
        confirmedAt: registeredAt,
        cancelledAt: cancelled ? at(day, "12:00", -3) : null,
        consentAt: registeredAt,
        consentVersion: "2022-1",
        checkInCode: randomBytes(5).toString("hex").toUpperCase(),
        // Most came; a few did not.
        checkedInAt: !cancelled && i % 7 !== 3 ? at(day, "09:05", 0) : null,
        source: "seed",
        createdAt: registeredAt,
      },
    });
    if (cancelled) continue;
    confirmed++;
    const chosen = [...plenary, parallel[i % parallel.length]].filter(Boolean);
    for (const s of chosen) {
      await tx.sessionRegistration.create({ data: { registrationId: registration.id, sessionId: s.id, status: "confirmed", confirmedAt: registeredAt, createdAt: registeredAt } });
      seats.set(s.id, (seats.get(s.id) ?? 0) + 1);
    }
    await tx.emailOutbox.create({
      data: { kind: "registration-received", toAddress: email, toName: name, payload: {}, subject: "Anmeldung bestätigt: Mitteldeutsche Bildungskonferenz 2022", messageId: `<seed-2022-${registration.id}@tagung.example>`, status: "sent", sentAt: registeredAt, conferenceId, registrationId: registration.id, createdAt: registeredAt },
    });
  }
  await tx.conference.update({ where: { id: conferenceId }, data: { seatsTaken: confirmed } });
  for (const [id, count] of seats) await tx.session.update({ where: { id }, data: { seatsTaken: count } });
}

export async function seed(now = new Date()) {
  await db.$transaction(
    async (tx) => {
      const hostIds: Record<string, string> = {};
      for (const h of HOSTS) {
        const host = await tx.host.upsert({ where: { slug: h.slug }, create: { ...h, isDemo: true }, update: {} });
        hostIds[h.slug] = host.id;
      }
      for (const o of ORGANISERS) {
        const user = await tx.user.upsert({
          where: { email: o.email },
          create: { email: o.email, name: o.name, emailVerified: now, isDemo: true },
          update: {},
        });
        await tx.membership.upsert({
          where: { userId_hostId: { userId: user.id, hostId: hostIds[o.host] } },
          create: { userId: user.id, hostId: hostIds[o.host], role: o.role },
          update: {},
        });
      }
      await tx.user.upsert({
        where: { email: "admin@tagung.example" },
        create: { email: "admin@tagung.example", name: "Plattform-Administration", isPlatformAdmin: true, emailVerified: now, isDemo: true },
        update: {},
      });

      // The documented 2022 edition.
      const past: Day = { year: 2022, month: 11, day: 8 };
      const pastConference = await upsertConference(tx, hostIds, {
        slug: PAST_DEMO_SLUG,
        title: "Mitteldeutsche Bildungskonferenz 2022",
        titleDative: "der Mitteldeutschen Bildungskonferenz 2022",
        subtitle: "Bildung! Motor für die Region im Wandel",
        description:
          "Die Mitteldeutsche Bildungskonferenz brachte im Herbst 2022 Verantwortliche aus Kommunen, Bildungseinrichtungen, Wirtschaft und Zivilgesellschaft zusammen. Im Mittelpunkt stand die Frage, wie Bildung den Strukturwandel im Mitteldeutschen Revier tragen kann. Organisiert vom Netzwerkbüro BiSMit und der Transferagentur TransMit; die Europäische Metropolregion Mitteldeutschland gestaltete ein eigenes Forum.",
        day: past,
        status: "archived",
        venueName: "Kongresshalle am Zoo Leipzig",
        venueAddress: "Pfaffendorfer Straße 31, 04105 Leipzig",
        registrationOpensAt: at(past, "09:00", -60),
        registrationClosesAt: at(past, "12:00", -7),
        capacity: 250,
        hosts: [
          { host: "bismit", role: "organiser" },
          { host: "transmit", role: "co_organiser" },
          { host: "emmd", role: "partner" },
        ],
        rooms: [{ name: "Großer Saal", capacity: 250 }, { name: "Forum 1", capacity: 60 }, { name: "Forum 2", capacity: 60 }],
        speakers: [],
        sessions: [
          { key: "p1", title: "Begrüßung und Eröffnung", abstract: "Eröffnung durch die Veranstalter BiSMit und TransMit.", format: "talk", host: "bismit", room: "Großer Saal", day: 0, start: "09:30", end: "10:00" },
          { key: "p2", title: "Bildung! Motor für die Region im Wandel", abstract: "Keynote zur Rolle kommunaler Bildungslandschaften im Strukturwandel.", format: "keynote", host: "transmit", room: "Großer Saal", day: 0, start: "10:00", end: "11:00" },
          {
            key: "p3",
            title: "Bildung, Strukturwandel und Fachkräftesicherung zusammendenken",
            abstract:
              "Forum der Europäischen Metropolregion Mitteldeutschland: Wie lassen sich Bildung und Strukturwandel verknüpfen, Fachkräfte für die Region sichern und nachhaltiges Wirtschaften in der Region stärken?",
            format: "forum",
            host: "emmd",
            room: "Forum 1",
            day: 0,
            start: "11:30",
            end: "13:00",
            capacity: 60,
          },
          { key: "p4", title: "Datenbasiertes kommunales Bildungsmanagement", abstract: "Werkstatt der Transferagentur zu Bildungsmonitoring in Kommunen.", format: "workshop", host: "transmit", room: "Forum 2", day: 0, start: "11:30", end: "13:00", capacity: 60 },
          { key: "p5", title: "Abschlussdiskussion", abstract: "Was nehmen wir mit in die Region?", format: "panel", host: "bismit", room: "Großer Saal", day: 0, start: "14:00", end: "15:30" },
        ],
      });

      await seedPastRegistrations(tx, pastConference.id, past);

      // The upcoming edition.
      const day = upcomingDemoDay(now);
      await upsertConference(tx, hostIds, {
        slug: upcomingDemoSlug(now),
        title: `Mitteldeutsche Bildungskonferenz ${day.year}`,
        titleDative: `der Mitteldeutschen Bildungskonferenz ${day.year}`,
        subtitle: "Fachkräfte von morgen: Bildung gemeinsam gestalten",
        titleEn: `Central German Education Conference ${day.year}`,
        subtitleEn: "Skilled workers of tomorrow: shaping education together",
        descriptionEn:
          "Demo content. Two days on career guidance, vocational further education, securing skilled workers and youth participation in the Central German mining region. Local authorities, schools, chambers, businesses and young people discuss what works in the region and what has to change.",
        description:
          "Demo-Inhalt. Zwei Tage zu Berufsorientierung, berufsbezogener Weiterbildung, Fachkräftesicherung und Jugendbeteiligung im Mitteldeutschen Revier. Kommunen, Schulen, Kammern, Unternehmen und junge Menschen diskutieren, was in der Region funktioniert und was sich ändern muss.",
        day,
        status: "published",
        venueName: "Stadthalle Merseburg (Demo)",
        venueAddress: "Oberaltenburg 1, 06217 Merseburg",
        registrationOpensAt: new Date(now.getTime() - 14 * 864e5),
        registrationClosesAt: at(day, "18:00", -3),
        capacity: 300,
        // The required "In welchem Bereich arbeiten Sie?" question asks the role: no second "Funktion" field.
        jobTitleField: "hidden",
        hosts: [
          { host: "bismit", role: "organiser" },
          { host: "transmit", role: "co_organiser" },
          { host: "emmd", role: "partner" },
        ],
        rooms: [
          { name: "Saal Merseburg", capacity: 300, description: "Großer Saal, Erdgeschoss, barrierefrei", descriptionEn: "Main hall, ground floor, step-free" },
          { name: "Raum Saale", capacity: 40, description: "1. Obergeschoss, Aufzug vorhanden", descriptionEn: "First floor, lift available" },
          { name: "Raum Geisel", capacity: 30, description: "1. Obergeschoss, Aufzug vorhanden", descriptionEn: "First floor, lift available" },
          { name: "Werkstatt", capacity: 16, description: "Erdgeschoss, Seiteneingang" },
        ],
        tracks: [
          { name: "Berufsorientierung", color: "#1d4ed8" },
          { name: "Fachkräfte & Weiterbildung", color: "#047857" },
          { name: "Beteiligung & Region", color: "#7c3aed" },
        ],
        speakers: [
          { key: "lenz", name: "Dr. Katrin Lenz", organisation: "Netzwerkbüro BiSMit", bio: "Leitet das Netzwerkbüro und forscht zu Bildung im Strukturwandel." },
          { key: "okafor", name: "Samuel Okafor", organisation: "Transferagentur TransMit" },
          { key: "wagner", name: "Jörg Wagner", organisation: "Handwerkskammer Halle (Demo)" },
          { key: "brien", name: "Siobhán O'Brien", organisation: "Europäische Metropolregion Mitteldeutschland" },
          { key: "agaoglu", name: "Zeynep Ağaoğlu", organisation: "Jugendforum Merseburg (Demo)" },
          { key: "fischer", name: "Prof. Zoë Fischer", organisation: "Hochschule Merseburg (Demo)" },
        ],
        sessions: [
          { key: "s1", title: "Eröffnung: Fachkräfte von morgen", abstract: "Begrüßung durch BiSMit und TransMit und Einführung in die zwei Konferenztage.", format: "talk", host: "bismit", room: "Saal Merseburg", day: 0, start: "09:30", end: "10:00", speakers: ["lenz", "okafor"] },
          { key: "s2", title: "Keynote: Bildung als Standortfaktor im Strukturwandel", abstract: "Warum Bildungsangebote über die Zukunft des Mitteldeutschen Reviers mitentscheiden – Befunde und Thesen.", format: "keynote", host: "bismit", room: "Saal Merseburg", day: 0, start: "10:00", end: "11:00", speakers: ["fischer"] },
          { key: "s3", track: "Berufsorientierung", title: "Berufsorientierung, die ankommt: Praxisbeispiele aus Schulen", abstract: "Drei Schulen zeigen, wie Betriebserkundungen, Praktika und Berufswahlpass zusammenwirken.", format: "workshop", host: "bismit", room: "Raum Saale", day: 0, start: "11:30", end: "13:00", capacity: 40, speakers: ["lenz"] },
          { key: "s4", track: "Fachkräfte & Weiterbildung", title: "Bildungsmonitoring für die berufsbezogene Weiterbildung", abstract: "Wie Kommunen mit Daten Weiterbildungsbedarfe erkennen und Angebote steuern.", format: "workshop", host: "transmit", room: "Raum Geisel", day: 0, start: "11:30", end: "13:00", capacity: 30, speakers: ["okafor"] },
          {
            key: "s5", track: "Fachkräfte & Weiterbildung",
            title: "Fachkräfte sichern, nachhaltig wirtschaften: Bildung und Strukturwandel verknüpfen",
            abstract:
              "Von der Europäischen Metropolregion Mitteldeutschland gestaltet: Unternehmen, Kammern und Kommunen berichten, wie Bildung, Fachkräftesicherung und nachhaltiges Wirtschaften in der Region zusammenkommen.",
            format: "forum",
            host: "emmd",
            room: "Werkstatt",
            day: 0,
            start: "11:30",
            end: "13:00",
            capacity: 12,
            speakers: ["brien", "wagner"],
          },
          { key: "s6", title: "Mittagspause und Markt der Möglichkeiten", abstract: "Projekte aus der Region stellen sich vor.", format: "break", host: "transmit", room: "Saal Merseburg", day: 0, start: "13:00", end: "14:00" },
          { key: "s7", track: "Beteiligung & Region", title: "Jugendbeteiligung: Was junge Menschen in der Region hält", abstract: "Jugendliche aus Merseburg und Halle diskutieren mit Verantwortlichen aus Politik und Verwaltung.", format: "panel", host: "bismit", room: "Saal Merseburg", day: 0, start: "14:00", end: "15:30", speakers: ["agaoglu", "lenz"] },
          { key: "s8", track: "Fachkräfte & Weiterbildung", title: "Weiterbildung im Betrieb: Modelle für kleine und mittlere Unternehmen", abstract: "Wie KMU Beschäftigte qualifizieren, ohne den Betrieb zu lähmen.", format: "workshop", host: "transmit", room: "Raum Saale", day: 0, start: "14:00", end: "15:30", capacity: 8, speakers: ["wagner"] },
          { key: "s9", title: "Netzwerkabend", abstract: "Ausklang des ersten Tages mit regionalem Buffet.", format: "networking", host: "emmd", room: "Saal Merseburg", day: 0, start: "17:00", end: "19:00" },
          { key: "s10", track: "Fachkräfte & Weiterbildung", title: "Fachkräftesicherung in der Region: Zahlen, Trends, Handlungsfelder", abstract: "Aktuelle Daten zur Fachkräftesituation in Sachsen, Sachsen-Anhalt und Thüringen.", format: "talk", host: "transmit", room: "Saal Merseburg", day: 1, start: "09:30", end: "10:30", speakers: ["okafor"] },
          { key: "s11", track: "Berufsorientierung", title: "Berufsorientierung digital: Werkzeuge im Vergleich", abstract: "Online-Plattformen, Apps und virtuelle Praktika – was taugt für welche Zielgruppe?", format: "workshop", host: "bismit", room: "Raum Geisel", day: 1, start: "11:00", end: "12:30", capacity: 25 },
          { key: "s12", track: "Beteiligung & Region", title: "Jugendbeteiligung konkret: Werkstatt für Kommunen", abstract: "Methoden und Formate, mit denen Kommunen junge Menschen wirksam beteiligen.", format: "workshop", host: "transmit", room: "Werkstatt", day: 1, start: "11:00", end: "12:30", capacity: 16, speakers: ["agaoglu"] },
          { key: "s13", track: "Beteiligung & Region", title: "Regional denken: Bildung in der Metropolregion vernetzen", abstract: "Die Metropolregion stellt Kooperationen zwischen Kommunen, Hochschulen und Wirtschaft vor.", format: "talk", host: "emmd", room: "Raum Saale", day: 1, start: "11:00", end: "12:30", capacity: 40, speakers: ["brien"] },
          { key: "s14", title: "Abschluss: Vereinbarungen für die Region", abstract: "Was wir aus den zwei Tagen mitnehmen – und wer was bis zur nächsten Konferenz umsetzt.", format: "panel", host: "bismit", room: "Saal Merseburg", day: 1, start: "13:30", end: "14:30", speakers: ["lenz", "okafor", "brien"] },
          { key: "s15", track: "Beteiligung & Region", title: "Lifelong learning across borders (English session)", abstract: "Partners from Poland and Czechia share how cross-border further education supports regions in transition.", format: "talk", host: "emmd", room: "Raum Geisel", day: 1, start: "09:30", end: "10:30", capacity: 30, language: "en", speakers: ["brien"] },
        ],
      }).then(async (conference) => {
        const questions = [
          { key: "role", label: "In welchem Bereich arbeiten Sie?", labelEn: "Which sector do you work in?", type: "single_choice" as const, required: true,
            helpText: "Hilft uns, das Programm auf die Teilnehmenden abzustimmen.", helpTextEn: "Helps us tailor the programme to those attending.",
            options: [
              { value: "kommune", label: "Kommunalverwaltung", labelEn: "Local government" },
              { value: "schule", label: "Schule oder Bildungseinrichtung", labelEn: "School or education provider" },
              { value: "wirtschaft", label: "Wirtschaft oder Kammer", labelEn: "Business or chamber" },
              { value: "zivil", label: "Zivilgesellschaft", labelEn: "Civil society" },
              { value: "andere", label: "Andere", labelEn: "Other" },
            ] },
          { key: "topics", label: "Welche Themen interessieren Sie besonders?", labelEn: "Which topics interest you most?", type: "multiple_choice" as const, required: false,
            options: [
              { value: "bo", label: "Berufsorientierung", labelEn: "Career guidance" },
              { value: "wb", label: "Berufsbezogene Weiterbildung", labelEn: "Vocational further education" },
              { value: "fk", label: "Fachkräftesicherung", labelEn: "Securing skilled workers" },
              { value: "jb", label: "Jugendbeteiligung", labelEn: "Youth participation" },
            ] },
          { key: "expectations", label: "Was erwarten Sie von der Konferenz?", labelEn: "What do you expect from the conference?", type: "long_text" as const, required: false, options: undefined },
          { key: "photos", label: "Ich bin einverstanden, dass Fotos, auf denen ich zu sehen bin, veröffentlicht werden.", labelEn: "I agree that photos showing me may be published.", type: "checkbox" as const, required: false, options: undefined },
        ];
        for (const [position, q] of questions.entries()) {
          await tx.registrationQuestion.upsert({
            where: { conferenceId_key: { conferenceId: conference.id, key: q.key } },
            create: { conferenceId: conference.id, key: q.key, label: q.label, labelEn: q.labelEn, helpText: "helpText" in q ? q.helpText : null, helpTextEn: "helpTextEn" in q ? q.helpTextEn : null, type: q.type, required: q.required, options: q.options, position },
            update: {},
          });
        }
      });
      if (!(await tx.auditLog.findFirst({ where: { action: "seed.demo" } }))) {
        await tx.auditLog.create({ data: { actorLabel: "seed", entityType: "Seed", entityId: "demo", action: "seed.demo" } });
      }
    },
    { timeout: 60_000 },
  );
}

/** No conference, host or user yet: a first run (after demo:remove or with TAGUNG_DEMO=off, the organisation's own data keeps the demo out). */
export async function isEmpty(): Promise<boolean> {
  const [conferences, hosts, users] = await Promise.all([db.conference.count(), db.host.count(), db.user.count()]);
  return conferences + hosts + users === 0;
}

if (process.argv[1]?.endsWith("seed.ts")) {
  seed()
    .then(() => console.log(`Demo data in place (${upcomingDemoSlug()}, ${PAST_DEMO_SLUG}).`))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    })
    .finally(() => db.$disconnect());
}
