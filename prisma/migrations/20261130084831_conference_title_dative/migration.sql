-- AlterTable
ALTER TABLE "Conference" ADD COLUMN "titleDative" TEXT;

