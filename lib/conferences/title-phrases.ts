/**
 * A conference's title inside a German sentence. Names that are not fixed titles decline
 * ("Anmeldung zur Mitteldeutschen Bildungskonferenz", "zum Digitaltag Leipzig"), which no rule
 * can derive from the title alone (gender, adjective endings). The organiser may therefore enter
 * the dative with its article once (`titleDative`); every German text is worded to need only that
 * case, after "zu". Without it the title is quoted after a neutral noun, which is always correct
 * German: "zur Veranstaltung „re:publica 27“".
 */

/** Dative articles a `titleDative` must start with. */
export const DATIVE_ARTICLES = ["der", "dem", "den"] as const;

export function isDativeTitle(value: string): boolean {
  return new RegExp(`^(${DATIVE_ARTICLES.join("|")})\\s+\\S`).test(value.trim());
}

/** "zur Mitteldeutschen Bildungskonferenz", "zum Digitaltag", "zu den Hochschultagen", or the quoted fallback. */
export function titleAfterZu(conference: { title: string; titleDative?: string | null }): string {
  const dative = conference.titleDative?.trim();
  if (dative && isDativeTitle(dative)) {
    const [, article, rest] = /^(\S+)\s+([\s\S]+)$/.exec(dative)!;
    if (article === "der") return `zur ${rest}`;
    if (article === "dem") return `zum ${rest}`;
    return `zu den ${rest}`;
  }
  return `zur Veranstaltung „${conference.title}“`;
}

/** The values every message about a conference gets: `conference` (the title, for English and headlines) and `toConference` (German, after "zu"). */
export function conferenceTitleValues(conference: { title: string; titleDative?: string | null }) {
  return { conference: conference.title, toConference: titleAfterZu(conference) };
}
