"use client";
import { useEffect, useRef } from "react";

/**
 * On a phone the tabs are one swipeable row (app/globals.css, .org-tabs): without this the current
 * tab of a later section ("Nachricht senden", "Einstellungen") sits off-screen, and nothing shows
 * where one is. Scrolls the row, not the page, so that the current tab is in view.
 */
export function ScrollCurrentTab() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const list = ref.current?.parentElement?.querySelector("ul");
    const current = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!list || !current || list.scrollWidth <= list.clientWidth) return;
    list.scrollLeft = current.offsetLeft - list.offsetLeft - (list.clientWidth - current.offsetWidth) / 2;
  }, []);
  return <span ref={ref} hidden />;
}
