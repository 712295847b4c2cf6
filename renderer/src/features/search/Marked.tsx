import type { ReactNode } from 'react';
import type { Snippet } from '../../../../shared/ipc/search';

/** Text with its matched parts in <mark>. */
export function Marked({ snippet }: { snippet: Snippet }) {
  const { text, marks } = snippet;
  if (!marks.length) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  marks.forEach(([start, end], i) => {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={i}>{text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
