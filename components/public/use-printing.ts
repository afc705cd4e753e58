"use client";

import { useSyncExternalStore } from "react";
import { flushSync } from "react-dom";

/** Between `beforeprint` and `afterprint`: the print dialog is open. */
let dialogOpen = false;

function subscribe(onChange: () => void) {
  const print = window.matchMedia("print");
  // Synchronously: the browser lays out the printed page as soon as `beforeprint` returns.
  const update = (open: boolean) => {
    dialogOpen = open;
    flushSync(onChange);
  };
  const before = () => update(true);
  const after = () => update(false);
  const change = () => flushSync(onChange);
  window.addEventListener("beforeprint", before);
  window.addEventListener("afterprint", after);
  print.addEventListener("change", change);
  return () => {
    window.removeEventListener("beforeprint", before);
    window.removeEventListener("afterprint", after);
    print.removeEventListener("change", change);
  };
}

/**
 * Whether the page is being printed (the print dialog, or print media emulated). The printed
 * programme is rendered only then, so its table is not sent in every page's HTML (issue 15).
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => dialogOpen || window.matchMedia("print").matches,
    () => false,
  );
}
