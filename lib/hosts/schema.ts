/**
 * What admins and host owners type: host details, invitations, member roles. Messages are codes
 * the admin pages translate (admin.fieldErrors.*).
 */
import { z } from "zod";
import { SLUG_PATTERN } from "../conferences/schema";
import { clearable, optionalHexColour } from "../validation/fields";

const id = z.string().trim().min(1).max(64);
const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");
const email = z.string().trim().toLowerCase().max(254, "tooLong").pipe(z.email("invalidEmail"));
/** An optional web address; absent → unchanged, null or "" → cleared (lib/validation/fields.ts). */
const optionalUrl = clearable(
  z
    .string()
    .trim()
    .max(500, "tooLong")
    .refine((v) => v === "" || /^https?:\/\/[^\s]+$/i.test(v), "invalidUrl"),
);

export const MEMBERSHIP_ROLES = ["owner", "editor", "viewer"] as const;
export const membershipRole = z.enum(MEMBERSHIP_ROLES, "invalidRole");
export type MembershipRoleName = (typeof MEMBERSHIP_ROLES)[number];

export const hostDetailsInput = z.object({
  name: text(200),
  shortName: text(40),
  slug: z.string().trim().toLowerCase().min(2, "slugTooShort").max(60, "tooLong").regex(SLUG_PATTERN, "invalidSlug"),
  website: optionalUrl,
  contactEmail: email,
  logoUrl: optionalUrl,
  /** The band on badges and the rule on certificates; absent → unchanged, "" or null → the colour derived from the slug. */
  colour: optionalHexColour,
});
export type HostDetails = z.output<typeof hostDetailsInput>;

export const createHostInput = hostDetailsInput;
export type CreateHostInput = z.output<typeof createHostInput>;
/** An edit is partial: a field that is absent is unchanged (lib/validation/fields.ts). */
export const updateHostInput = hostDetailsInput.partial().extend({ hostId: id });
export type UpdateHostInput = z.output<typeof updateHostInput>;

export const inviteMemberInput = z.object({ hostId: id, email, role: membershipRole, locale: z.enum(["de", "en"]).catch("de") });
export type InviteMemberInput = z.output<typeof inviteMemberInput>;
export const invitationIdInput = z.object({ invitationId: id });
export type InvitationIdInput = z.output<typeof invitationIdInput>;
export const changeMemberRoleInput = z.object({ hostId: id, userId: id, role: membershipRole });
export type ChangeMemberRoleInput = z.output<typeof changeMemberRoleInput>;
export const removeMemberInput = z.object({ hostId: id, userId: id });
export type RemoveMemberInput = z.output<typeof removeMemberInput>;
/** Invitation tokens are 256 random bits in base64url (lib/registrations/token.ts). */
export const invitationTokenInput = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "invalidToken") });

export const setPlatformAdminInput = z.object({ userId: id, admin: z.stringbool().or(z.boolean()) });
export type SetPlatformAdminInput = z.output<typeof setPlatformAdminInput>;
export const createAdminInput = z.object({ email, name: z.string().trim().max(200, "tooLong").nullish().transform((v) => (v ? v : null)) });
export type CreateAdminInput = z.output<typeof createAdminInput>;

export const INVITATION_DAYS = 7;
