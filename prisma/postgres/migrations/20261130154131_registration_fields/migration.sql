-- CreateEnum
CREATE TYPE "FormFieldMode" AS ENUM ('hidden', 'optional', 'required');

-- AlterTable
ALTER TABLE "Conference" ADD COLUMN     "jobTitleField" "FormFieldMode" NOT NULL DEFAULT 'optional',
ADD COLUMN     "organisationField" "FormFieldMode" NOT NULL DEFAULT 'optional';

