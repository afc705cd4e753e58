"use client";

import { createContext, useContext, useState, type ReactNode } from "react";

export type Message = { ok: boolean; text: string };
const Announce = createContext<(message: Message) => void>(() => {});

/**
 * One place above the list where row actions report their outcome. A row can leave the list
 * after its action (a cancelled attendee under a "confirmed" filter), so the message lives here.
 */
export function ActionStatus({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<Message | null>(null);
  return (
    <Announce.Provider value={setMessage}>
      <OutcomeNotice message={message} testId="attendee-action-status" />
      {children}
    </Announce.Provider>
  );
}

export function useAnnounce() {
  return useContext(Announce);
}

/** An action's outcome: success in a polite live region (status), a refusal as an alert. */
export function OutcomeNotice({ message, testId }: { message: Message | null; testId?: string }) {
  return (
    <>
      <div aria-live="polite" data-testid={testId}>
        {message?.ok && (
          <p className="notice notice--success" role="status">
            {message.text}
          </p>
        )}
      </div>
      {message && !message.ok && (
        <p className="notice notice--error" role="alert">
          {message.text}
        </p>
      )}
    </>
  );
}
