-- AlterTable (ADD COLUMN keeps Conference's CHECK constraints, which a table redefinition would drop)
ALTER TABLE "Conference" ADD COLUMN "organisationField" TEXT NOT NULL DEFAULT 'optional';
ALTER TABLE "Conference" ADD COLUMN "jobTitleField" TEXT NOT NULL DEFAULT 'optional';
