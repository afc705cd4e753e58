"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction, type ActionResult } from "@/lib/action";
import { createEndpoint } from "@/lib/webhooks/create-endpoint";
import { deleteEndpoint } from "@/lib/webhooks/delete-endpoint";
import { resendDelivery, type ResendResult } from "@/lib/webhooks/resend-delivery";
import { createEndpointInput, updateEndpointInput, type UpdateEndpointInput } from "@/lib/webhooks/schema";
import { updateEndpoint } from "@/lib/webhooks/update-endpoint";

const refresh = () => revalidatePath("/[locale]/organiser/conferences/[id]/webhooks", "page");
const ids = z.object({ conferenceId: z.string().min(1).max(64), id: z.string().min(1).max(64) });

/** The secret comes back once, for the form to show; it is never readable again. */
export async function createWebhookAction(conferenceId: string, input: z.input<typeof createEndpointInput>): Promise<ActionResult<{ url: string; secret: string }>> {
  return runAction(createEndpointInput, input, async (data, user) => {
    const { url, secret } = await createEndpoint({ conferenceId, input: data, actor: { userId: user.id } });
    refresh();
    return { url, secret };
  });
}

export async function updateWebhookAction(conferenceId: string, endpointId: string, input: UpdateEndpointInput): Promise<ActionResult<{ changed: boolean }>> {
  return runAction(updateEndpointInput, input, async (data, user) => {
    const result = await updateEndpoint({ conferenceId, endpointId, input: data, actor: { userId: user.id } });
    refresh();
    return { changed: result.changed };
  });
}

export async function deleteWebhookAction(input: z.input<typeof ids>): Promise<ActionResult<{ url: string }>> {
  return runAction(ids, input, async (data, user) => {
    const result = await deleteEndpoint({ conferenceId: data.conferenceId, endpointId: data.id, actor: { userId: user.id } });
    refresh();
    return result;
  });
}

export async function resendWebhookAction(input: z.input<typeof ids>): Promise<ActionResult<ResendResult>> {
  return runAction(ids, input, async (data, user) => {
    const result = await resendDelivery({ conferenceId: data.conferenceId, deliveryId: data.id, actor: { userId: user.id } });
    if (result.ok) refresh();
    return result;
  });
}
