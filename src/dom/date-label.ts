/** "2017-08-29" → "29 Aug 2017": how an in-game date reads on screen and in exports. */
export function dateLabel(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
