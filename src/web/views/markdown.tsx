// A small, safe subset of Markdown for upstream descriptions: paragraphs, bullet lists, links,
// inline code and bold. The output is JSX, so every upstream character is escaped; links keep only
// http(s) targets, and site-relative links resolve against the source's own site.

import type { Child } from 'hono/jsx';

const INLINE = /\[([^\]\n]{1,300})\]\(([^)\s]{1,2000})\)|`([^`\n]{1,300})`|\*\*([^*\n]{1,300})\*\*/g;

/** An absolute http(s) URL for a link target, or null for anything else (javascript:, data:, …). */
export function safeHref(target: string, relativeBase: string | null): string | null {
  try {
    const url = relativeBase ? new URL(target, relativeBase) : new URL(target);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function inline(text: string, base: string | null): Child[] {
  const out: Child[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const [whole, linkText, target, code, bold] = m;
    if (linkText !== undefined && target !== undefined) {
      const href = safeHref(target, base);
      out.push(
        href ? (
          <a href={href} rel="nofollow noopener noreferrer">
            {linkText}
          </a>
        ) : (
          whole
        ),
      );
    } else if (code !== undefined) out.push(<code>{code}</code>);
    else if (bold !== undefined) out.push(<strong>{bold}</strong>);
    last = m.index + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

const BULLET = /^\s*[-*•]\s+/;

/** Consecutive bullet lines become a list; other lines stay a paragraph with line breaks. */
function runs(block: string): { list: boolean; lines: string[] }[] {
  const out: { list: boolean; lines: string[] }[] = [];
  for (const line of block.split('\n')) {
    const list = BULLET.test(line);
    const text = list ? line.replace(BULLET, '') : line;
    const prev = out[out.length - 1];
    if (prev && prev.list === list) prev.lines.push(text);
    else out.push({ list, lines: [text] });
  }
  return out;
}

/** Render description text; `relativeBase` resolves links like `/models/x` (null drops them). */
export function Markdown(props: { text: string; relativeBase: string | null }) {
  const base = props.relativeBase;
  const blocks = props.text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== '');
  return (
    <div class="prose">
      {blocks.flatMap(runs).map((run) =>
        run.list ? (
          <ul>
            {run.lines.map((l) => (
              <li>{inline(l, base)}</li>
            ))}
          </ul>
        ) : (
          <p>
            {run.lines.map((l, i) => (
              <>
                {i > 0 ? <br /> : null}
                {inline(l, base)}
              </>
            ))}
          </p>
        ),
      )}
    </div>
  );
}
