/** The list with `item` removed if present, else appended: one checkbox's click on a list filter. */
export function toggleItem<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}
