// A wide table's scroll box: focusable and named, so keyboard users can scroll it on a phone.

import type { Child } from 'hono/jsx';

export function TableScroll(props: { label: string; children?: Child }) {
  return (
    <section class="table-scroll" aria-label={`${props.label} (table)`} tabindex={0}>
      {props.children}
    </section>
  );
}
