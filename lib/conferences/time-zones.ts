/** The IANA zones a conference may use, for the settings form's list; the validator accepts any zone Intl knows. */
export function timeZoneChoices(): string[] {
  const supported = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return supported.length ? supported : ["Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "Europe/London", "UTC"];
}
