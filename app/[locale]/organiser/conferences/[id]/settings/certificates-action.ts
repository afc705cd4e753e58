"use server";

import { runAction, type ActionResult } from "@/lib/action";
import { issueCertificate, type IssueCertificateResult } from "@/lib/certificates/issue-certificate";
import { certificateSettingsSchema, issueCertificateSchema, type CertificateSettingsInput, type IssueCertificateInput } from "@/lib/certificates/schema";
import { updateCertificateSettings } from "@/lib/certificates/update-certificate-settings";

export async function updateCertificateSettingsAction(data: CertificateSettingsInput): Promise<ActionResult<{ changed: number }>> {
  return runAction(certificateSettingsSchema, data, async (input, user) => {
    const result = await updateCertificateSettings({ actor: { userId: user.id }, input });
    return { changed: result.changed.length };
  });
}

export async function issueCertificateAction(data: IssueCertificateInput): Promise<ActionResult<IssueCertificateResult>> {
  return runAction(issueCertificateSchema, data, (input, user) => issueCertificate({ input, actor: { userId: user.id } }));
}
