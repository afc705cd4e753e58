-- CreateIndex
CREATE INDEX "Registration_conferenceId_status_createdAt_idx" ON "Registration"("conferenceId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Registration_conferenceId_checkedInAt_idx" ON "Registration"("conferenceId", "checkedInAt");

