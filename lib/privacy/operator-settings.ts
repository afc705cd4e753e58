/**
 * The installation operator's details (Impressum, controller on the privacy page), one row per key
 * in OperatorSetting. Only platform admins change them; every change is in the audit log.
 */
import "server-only";
import { writeAuditLog } from "../audit";
import { db } from "../db";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { OPERATOR_KEYS, type OperatorSettings } from "./schema";

export async function getOperatorSettings(): Promise<OperatorSettings> {
  const rows = await db.operatorSetting.findMany({ where: { key: { in: OPERATOR_KEYS } } });
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return Object.fromEntries(OPERATOR_KEYS.map((k) => [k, stored[k] ?? ""])) as OperatorSettings;
}

/** The settings form's values for a platform admin; `null` for anyone else (the page answers 404). */
export async function operatorSettingsForEditing(userId: string): Promise<OperatorSettings | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { isPlatformAdmin: true } });
  return user?.isPlatformAdmin ? getOperatorSettings() : null;
}

/** Whether the operator has entered at least a name (the Impressum says so when not). */
export function isOperatorConfigured(settings: OperatorSettings): boolean {
  return settings.name.trim() !== "";
}

export async function updateOperatorSettings(options: { actor: { userId: string }; input: OperatorSettings }): Promise<{ changed: (keyof OperatorSettings)[] }> {
  return writeTransaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: options.actor.userId }, select: { isPlatformAdmin: true } });
    if (!user?.isPlatformAdmin) throw new AppError("forbidden", "Only platform administrators can change the operator's details");
    const rows = await tx.operatorSetting.findMany({ where: { key: { in: OPERATOR_KEYS } } });
    const before = Object.fromEntries(rows.map((r) => [r.key, r.value])) as Partial<OperatorSettings>;
    const changed = OPERATOR_KEYS.filter((k) => (before[k] ?? "") !== options.input[k]);
    for (const key of changed) {
      await tx.operatorSetting.upsert({ where: { key }, create: { key, value: options.input[key] }, update: { value: options.input[key] } });
    }
    if (changed.length) {
      await writeAuditLog(tx, {
        actor: options.actor,
        entityType: "OperatorSetting",
        entityId: "operator",
        action: "operator.update",
        before: Object.fromEntries(changed.map((k) => [k, before[k] ?? ""])),
        after: Object.fromEntries(changed.map((k) => [k, options.input[k]])),
      });
    }
    return { changed };
  });
}
