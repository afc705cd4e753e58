/**
 * When the demo's upcoming conference takes place: the first Thursday at least 100 days after
 * the seed runs (a few months ahead), two days, Europe/Berlin. The slug carries its year; tests
 * compute it with the same function.
 */
export const DEMO_TIME_ZONE = "Europe/Berlin";

export function upcomingDemoDay(now = new Date()): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 100));
  while (d.getUTCDay() !== 4) d.setUTCDate(d.getUTCDate() + 1);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function upcomingDemoSlug(now = new Date()): string {
  return `mitteldeutsche-bildungskonferenz-${upcomingDemoDay(now).year}`;
}

export const PAST_DEMO_SLUG = "mitteldeutsche-bildungskonferenz-2022";
