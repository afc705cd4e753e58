import { Fragment } from "react";

/** A description from the document: `backticked` words become code. */
export function DocText({ text }: { text: string }) {
  return (
    <>{text.split(/(`[^`]+`)/).map((part, i) => (part.startsWith("`") && part.endsWith("`") && part.length > 2 ? <code key={i}>{part.slice(1, -1)}</code> : <Fragment key={i}>{part}</Fragment>))}</>
  );
}

/** An endpoint path that may break after each slash on narrow screens, never inside a word. */
export function PathText({ path }: { path: string }) {
  return (
    <code className="api-path">
      {path.split("/").map((part, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <>
              /<wbr />
            </>
          )}
          {part}
        </Fragment>
      ))}
    </code>
  );
}
