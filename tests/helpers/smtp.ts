/** A real SMTP server for tests (smtp-server), collecting parsed messages (mailparser). */
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";

export type TestSmtp = {
  url: string;
  port: number;
  messages: ParsedMail[];
  raw: string[];
  /** Reply with this SMTP error to every RCPT TO (e.g. 450 or 550) until set back to null. */
  failWith: { code: number; message: string } | null;
  close: () => Promise<void>;
};

export async function startSmtp(port = 0): Promise<TestSmtp> {
  const state: Omit<TestSmtp, "url" | "port" | "close"> = { messages: [], raw: [], failWith: null };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (state.failWith) {
        const error = new Error(state.failWith.message) as Error & { responseCode: number };
        error.responseCode = state.failWith.code;
        return callback(error);
      }
      callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", async () => {
        const raw = Buffer.concat(chunks);
        state.raw.push(raw.toString("utf8"));
        state.messages.push(await simpleParser(raw));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const actual = (server.server.address() as AddressInfo).port;
  return Object.assign(state, {
    url: `smtp://127.0.0.1:${actual}`,
    port: actual,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** A port with nothing listening (connection refused). */
export async function freePort(): Promise<number> {
  const s = await startSmtp();
  const port = s.port;
  await s.close();
  return port;
}
