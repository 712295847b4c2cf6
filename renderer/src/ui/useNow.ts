import { useEffect, useState } from 'react';

/** The time now, renewed every `everyMs`: "updated 5 minutes ago" keeps counting while shown. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
