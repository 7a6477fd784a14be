/** The result count as it is shown and announced: "Inga träffar", "1 träff", "12 träffar". */
export function countText(count: number, capped = false): string {
  if (count === 0) return 'Inga träffar.';
  if (count === 1) return '1 träff.';
  return capped ? `De ${count} bästa träffarna.` : `${count} träffar.`;
}
