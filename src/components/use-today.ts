import { useEffect, useState } from 'react';
import { swedishIsoDate } from './format.ts';

/**
 * Today's date as ISO. Returns the build date during prerender and hydration (so the HTML matches),
 * then the real date — a review date that has passed since the build still shows its notice.
 */
export function useToday(): string {
  const [today, setToday] = useState(__BUILD_DATE__);
  useEffect(() => setToday(swedishIsoDate()), []);
  return today;
}
