/** What a host's owner types to create or revoke an API token. Messages are codes (admin.fieldErrors.*). */
import { z } from "zod";
import { id } from "../validation/fields";

export const API_TOKEN_RIGHTS = ["read", "write"] as const;
export type ApiTokenRights = (typeof API_TOKEN_RIGHTS)[number];

export const createApiTokenInput = z.object({
  hostId: id,
  name: z.string().trim().min(1, "required").max(100, "tooLong"),
  rights: z.enum(API_TOKEN_RIGHTS, "invalidRights"),
  // A form sends one value per ticked box: a string for one, an array for several.
  conferenceIds: z.preprocess((v) => (typeof v === "string" ? [v] : v), z.array(id, "chooseConference").min(1, "chooseConference").max(100, "tooMany")),
});
export type CreateApiTokenInput = z.output<typeof createApiTokenInput>;

export const revokeApiTokenInput = z.object({ tokenId: id });
export type RevokeApiTokenInput = z.output<typeof revokeApiTokenInput>;
