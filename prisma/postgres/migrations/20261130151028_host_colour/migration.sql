-- AlterTable
ALTER TABLE "Host" ADD COLUMN     "colour" TEXT;

