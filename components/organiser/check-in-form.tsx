"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import type { CheckInResult } from "@/lib/attendees/check-in";
import { CheckInSessions, type CheckInSessionRow } from "./check-in-sessions";

// The Shape Detection API is not in TypeScript's DOM library yet; only what we use.
type DetectedBarcode = { rawValue: string };
type BarcodeDetectorInstance = { detect(source: HTMLVideoElement): Promise<DetectedBarcode[]> };
type BarcodeDetectorClass = { new (options: { formats: string[] }): BarcodeDetectorInstance; getSupportedFormats(): Promise<string[]> };

function barcodeDetector(): BarcodeDetectorClass | null {
  const candidate = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  return candidate && typeof navigator !== "undefined" && typeof navigator.mediaDevices?.getUserMedia === "function" ? candidate : null;
}

type Scan = "unknown" | "unsupported" | "idle" | "scanning" | "denied";

/**
 * Type or scan the check-in code; large targets for phones. Three ways in: typing, a hand
 * scanner (it types the code and Enter), or the phone's rear camera where the browser can read
 * QR codes (BarcodeDetector) — the scanned code goes through the same form.
 */
export function CheckInForm({
  conferenceId,
  action,
  present,
  confirmed,
  sessions = [],
  entrance = true,
  initialSessionId = "",
}: {
  conferenceId: string;
  action: (p: CheckInResult | null, f: FormData) => Promise<CheckInResult>;
  present: number;
  confirmed: number;
  /** Sessions whose door this user may check people in at, with their counts. */
  sessions?: CheckInSessionRow[];
  /** Whether the entrance (whole conference) may be chosen. */
  entrance?: boolean;
  initialSessionId?: string;
}) {
  const t = useTranslations("organiser.checkIn");
  const td = useTranslations("dayOf.checkIn");
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, null);
  // Controlled, so the door stays chosen after each scan (forms reset uncontrolled fields).
  const [sessionId, setSessionId] = useState(initialSessionId || (entrance ? "" : (sessions[0]?.id ?? "")));
  // Other desks check people in too: the counts follow them every 15 seconds.
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 15_000);
    return () => clearInterval(timer);
  }, [router]);
  const input = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const [scan, setScan] = useState<Scan>("unknown");
  const [scanned, setScanned] = useState<string | null>(null);

  useEffect(() => {
    if (input.current) {
      input.current.value = "";
      input.current.focus();
    }
  }, [state]);

  // Whether to offer the camera is only known in the browser, and only after asking for formats.
  useEffect(() => {
    const Detector = barcodeDetector();
    (Detector ? Detector.getSupportedFormats() : Promise.resolve([] as string[]))
      .then((formats) => setScan(formats.includes("qr_code") ? "idle" : "unsupported"))
      .catch(() => setScan("unsupported"));
  }, []);

  function stopCamera() {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
  }
  useEffect(() => stopCamera, []);

  useEffect(() => {
    if (scan !== "scanning") return;
    const Detector = barcodeDetector();
    if (!Detector) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    (async () => {
      try {
        stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: "environment" } }, audio: false });
      } catch {
        if (!cancelled) setScan("denied");
        return;
      }
      if (cancelled || !video.current) return stopCamera();
      video.current.srcObject = stream.current;
      await video.current.play().catch(() => {});
      const detector = new Detector({ formats: ["qr_code"] });
      const look = async () => {
        if (cancelled || !video.current) return;
        const codes = await detector.detect(video.current).catch(() => []);
        const code = codes.map((c) => c.rawValue.trim()).find(Boolean);
        if (code && input.current && form.current) {
          stopCamera();
          setScan("idle");
          setScanned(code);
          input.current.value = code;
          form.current.requestSubmit();
          return;
        }
        timer = setTimeout(look, 200);
      };
      look();
    })();
    return () => {
      cancelled = true;
      clearTimeout(timer);
      stopCamera();
    };
  }, [scan]);

  const counts = state?.ok && state.present >= present ? state : { present, confirmed };
  const rows = sessions.map((s) => (state?.ok && state.session?.sessionId === s.id && state.session.present > s.present ? { ...s, ...state.session } : s));
  const chosen = sessions.find((s) => s.id === sessionId);
  return (
    <div className="stack">
      <p className="check-in-counts" aria-live="polite" data-testid="check-in-counts">
        {t("counts", { present: counts.present, confirmed: counts.confirmed })}
      </p>
      {/* Submitted by hand, not as the form's action: React resets a form after its action, which
          would drop the chosen door after every scan. */}
      <form
        ref={form}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          startTransition(() => formAction(data));
        }}
        className="form card"
      >
        <input type="hidden" name="conferenceId" value={conferenceId} />
        {sessions.length > 0 && (
          <div className="field">
            <label htmlFor="check-in-session">{td("door")}</label>
            <select id="check-in-session" name="sessionId" value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
              {entrance && <option value="">{td("entrance")}</option>}
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
            {chosen && <p className="small muted">{td("doorHint", { title: chosen.title })}</p>}
          </div>
        )}
        <div className="field">
          <label htmlFor="check-in-code">{t("code")}</label>
          <input ref={input} id="check-in-code" name="code" type="text" inputMode="text" autoCapitalize="characters" autoComplete="off" required className="check-in-input" />
        </div>
        <p>
          <button className="button" type="submit" disabled={pending}>
            {t("submit")}
          </button>
        </p>
      </form>
      {state && (
        <div role="status" className={state.ok ? (state.already ? "notice notice--warning" : "notice notice--success") : "notice notice--error"}>
          {scanned && <span className="small">{t("scanned", { code: scanned })} · </span>}
          {state.ok
            ? state.session
              ? td(state.already ? "alreadyInSession" : "welcomeInSession", { name: state.name })
              : state.already
                ? t("already", { name: state.name })
                : t("welcome", { name: state.name })
            : state.message === "unknownSession"
              ? td("unknownSession")
              : t(`errors.${state.message}`)}
          {state.ok && state.inSession === false && <span className="small"> · {td("notInSession")}</span>}
        </div>
      )}
      {rows.length > 0 && <CheckInSessions sessions={rows} current={sessionId} />}
      <section className="card stack" aria-label={t("scan")} data-testid="check-in-scan">
        {scan === "unsupported" && <p className="muted">{t("scanUnsupported")}</p>}
        {scan === "denied" && (
          <p className="notice notice--error" role="alert">
            {t("scanDenied")}
          </p>
        )}
        {(scan === "idle" || scan === "denied") && (
          <p>
            <button type="button" className="button button--secondary button--block" onClick={() => setScan("scanning")}>
              {t("scan")}
            </button>
          </p>
        )}
        {scan === "scanning" && (
          <>
            <p role="status">{t("scanning")}</p>
            <video ref={video} aria-label={t("camera")} muted playsInline style={{ width: "100%", maxHeight: "60vh", borderRadius: "var(--radius-small)", background: "#000" }} />
            <p>
              <button type="button" className="button button--secondary button--block" onClick={() => setScan("idle")}>
                {t("scanStop")}
              </button>
            </p>
          </>
        )}
      </section>
    </div>
  );
}
