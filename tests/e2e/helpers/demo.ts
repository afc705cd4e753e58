import { PAST_DEMO_SLUG, upcomingDemoSlug } from "../../../prisma/demo-dates";

/** The seeded demo conferences (the e2e server seeds a fresh database at start). */
export const DEMO_SLUG = upcomingDemoSlug();
export const PAST_SLUG = PAST_DEMO_SLUG;
export const DEMO_ORGANISERS = {
  bismitOwner: "orga@bismit.example",
  transmitOwner: "orga@transmit.example",
  emmdOwner: "orga@emmd.example",
  emmdEditor: "redaktion@emmd.example",
  bismitViewer: "lesen@bismit.example",
  admin: "admin@tagung.example",
} as const;
