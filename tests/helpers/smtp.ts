/** A real SMTP server for tests (smtp-server), collecting parsed messages (mailparser). */
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";

export type TestSmtp = {
  url: string;
  port: number;
  messages: ParsedMail[];
  /** Message-IDs of every message received (also when not parsing). */
  messageIds: string[];
  raw: string[];
  /** Envelope recipients as sent on the wire (RCPT TO, before the server decodes punycode), and whether MAIL FROM carried SMTPUTF8. */
  recipients: string[];
  smtpUtf8: boolean[];
  /** Reply with this SMTP error to every RCPT TO (e.g. 450 or 550) until set back to null. */
  failWith: { code: number; message: string } | null;
  close: () => Promise<void>;
};

/**
 * `parse: false` keeps only raw sources and Message-IDs (much cheaper for bulk tests);
 * `smtpUtf8: false` makes the server not offer SMTPUTF8 (international addresses must arrive in ASCII).
 */
export async function startSmtp(port = 0, { parse = true, smtpUtf8 = true } = {}): Promise<TestSmtp> {
  const state: Omit<TestSmtp, "url" | "port" | "close"> = { messages: [], messageIds: [], raw: [], recipients: [], smtpUtf8: [], failWith: null };
  const server = new SMTPServer({
    hideSMTPUTF8: !smtpUtf8,
    onMailFrom(address, _session, callback) {
      state.smtpUtf8.push(Boolean((address.args as Record<string, unknown> | false | undefined) && (address.args as Record<string, unknown>).SMTPUTF8));
      callback();
    },
    // The raw commands, to see the envelope as the client wrote it.
    logger: commandLogger((line) => {
      const rcpt = /^RCPT TO:\s*<([^>]*)>/i.exec(line);
      if (rcpt) state.recipients.push(rcpt[1]);
    }),
    authOptional: true,
    // Pooled client connections stay open; do not wait the default 30 s for them on close.
    closeTimeout: 100,
    disabledCommands: ["STARTTLS"],
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
        const text = raw.toString("utf8");
        state.raw.push(text);
        state.messageIds.push(/^Message-ID:\s*(<[^>]+>)/im.exec(text)?.[1] ?? "");
        if (parse) state.messages.push(await simpleParser(raw));
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

/** A bunyan-style logger for smtp-server that passes on only the client's commands. */
function commandLogger(onCommand: (line: string) => void) {
  const quiet = () => {};
  return {
    info: quiet,
    warn: quiet,
    error: quiet,
    trace: quiet,
    fatal: quiet,
    debug: (meta: { tnx?: string }, _prefix: string, line?: string) => {
      if (meta?.tnx === "command" && typeof line === "string") onCommand(line);
    },
  };
}
