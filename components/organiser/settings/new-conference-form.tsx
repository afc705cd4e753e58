"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import type { ActionResult } from "@/lib/action";
import type { CreateConferenceInput, DetailsFormValues } from "@/lib/conferences/schema";
import { DetailsForm } from "./details-form";

type Create = (input: CreateConferenceInput) => Promise<ActionResult<{ id: string }>>;

/** Creating a conference: the details form plus the organising host; on success, on to its settings. */
export function NewConferenceForm({ initial, timeZones, hosts, action }: { initial: DetailsFormValues; timeZones: string[]; hosts: { id: string; shortName: string; name: string }[]; action: Create }) {
  const t = useTranslations("settings.new");
  const router = useRouter();
  return (
    <DetailsForm
      initial={initial}
      timeZones={timeZones}
      hosts={hosts}
      submitLabel={t("submit")}
      onSubmit={(details, { hostId }) => action({ hostId, details })}
      onSaved={({ id }) => {
        if (id) router.push(`/organiser/conferences/${id}/settings?created=1`);
        return null;
      }}
    />
  );
}
