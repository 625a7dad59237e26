/**
 * The reader's calendar date as YYYY-MM-DD. `toISOString().slice(0, 10)` is the UTC day, which in
 * Indonesia (UTC+7 to +9) is yesterday until 07:00–09:00: a report printed in the morning would be
 * dated the day before.
 */
export function localIsoDate(date: Date = new Date()): string {
  const year = String(date.getFullYear()).padStart(4, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
