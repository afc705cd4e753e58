import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { actionsInCode } from "../helpers/audit-actions";

describe("audit log labels", () => {
  const actions = actionsInCode();
  it("finds the actions the use cases write", () => {
    expect(actions).toEqual(expect.arrayContaining(["session.update", "conference.host.add", "question.archive", "speaker.create", "broadcast.send", "host.create", "invitation.accept", "member.role", "user.admin-grant", "demo.remove"]));
  });
  it.each(["de", "en"])("every action has a %s label (conference change log, or administration for rows without a conference)", (locale) => {
    const labels = {
      ...(JSON.parse(fs.readFileSync(`messages/${locale}/organiser.json`, "utf8")).audit.actions as Record<string, string>),
      ...(JSON.parse(fs.readFileSync(`messages/${locale}/admin.json`, "utf8")).auditActions as Record<string, string>),
    };
    expect(actions.filter((a) => !labels[a.replace(/\./g, "_")])).toEqual([]);
  });
});
