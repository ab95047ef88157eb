import { useEffect, useState } from 'react';

/** `value` once it has stayed the same for `ms`: a list filtered as one types asks the hub once per pause, not per key. */
export function useSettled<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
