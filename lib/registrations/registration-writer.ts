/**
 * The one writer of new registrations in this process. Registrations that arrive while its
 * transaction runs wait in a queue and are written together in the next one (createRegistrations):
 * under a burst, one transaction carries tens of registrations, at the cost of a few statements
 * instead of ten per registration; a lone registration is written at once, as before. A request is
 * answered only after the transaction holding its registration has committed, so an acknowledged
 * registration is durable exactly as before. Several processes each have their own writer; the
 * database's locks order them, as they ordered single registrations.
 *
 * A batch that fails (an address or check-in code another process took a moment ago, a session
 * deleted meanwhile) is written again one registration at a time, so one registration's problem
 * never becomes another's.
 */
import "server-only";
import { writeTransaction } from "../db-retry";
import { createRegistrations, type NewRegistration, type Written } from "./create-registrations";

type Job = { item: NewRegistration; resolve: (written: Written) => void; reject: (error: unknown) => void };

/** At most this many registrations in one transaction (REGISTRATION_BATCH_MAX, default 50; 1 turns batching off). */
function batchMax(): number {
  const n = Number(process.env.REGISTRATION_BATCH_MAX ?? 50);
  return Number.isInteger(n) && n >= 1 ? n : 50;
}

/** What the writer has done in this process: transactions committed, registrations in them, the largest batch. */
export type WriterStats = { transactions: number; registrations: number; largestBatch: number };

/** How long a transaction waits for further registrations to join it (REGISTRATION_BATCH_WAIT_MS, default 2). */
function gatherMs(): number {
  const n = Number(process.env.REGISTRATION_BATCH_WAIT_MS ?? 2);
  return Number.isFinite(n) && n >= 0 ? n : 2;
}

class RegistrationWriter {
  private queue: Job[] = [];
  private running = false;
  readonly stats: WriterStats = { transactions: 0, registrations: 0, largestBatch: 0 };

  write(item: NewRegistration): Promise<Written> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain() {
    this.running = true;
    try {
      for (;;) {
        // A transaction's statements follow each other on microtasks: while one runs, no further
        // request gets past the HTTP parser, however many have arrived. A short pause before each
        // transaction lets the requests already received reach the queue and join it.
        await new Promise((resolve) => setTimeout(resolve, gatherMs()));
        if (!this.queue.length) break;
        await this.run(this.queue.splice(0, batchMax()));
      }
    } finally {
      this.running = false;
    }
  }

  private async run(batch: Job[]): Promise<void> {
    try {
      const written = await writeTransaction((tx) => createRegistrations(tx, batch.map((job) => job.item)));
      this.stats.transactions++;
      this.stats.registrations += batch.length;
      this.stats.largestBatch = Math.max(this.stats.largestBatch, batch.length);
      batch.forEach((job, i) => job.resolve(written[i]));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      for (const job of batch) await this.run([job]);
    }
  }
}

const globalForWriter = globalThis as unknown as { tagungRegistrationWriter?: RegistrationWriter };

function writer(): RegistrationWriter {
  return (globalForWriter.tagungRegistrationWriter ??= new RegistrationWriter());
}

/** Writes the registration with whatever else is waiting; resolves once it has committed. */
export function writeRegistration(item: NewRegistration): Promise<Written> {
  return writer().write(item);
}

/** A copy of the writer's counters (for the benchmark's report and the batching tests). */
export function registrationWriterStats(): WriterStats {
  return { ...writer().stats };
}
