// One dated update of the story, read from whatever fields its row has. Pure, for unit tests.
export interface StoryUpdate {
  id: string;
  /** ISO 8601, at the precision known. */
  date: string;
  title: string;
  text?: string;
  /** Site-relative path of what changed, when the update names a chapter. */
  path?: string;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** One update from whatever fields its row has: date; title, summary or the start of its text. */
export function toUpdate(id: string, data: Record<string, unknown>): StoryUpdate | undefined {
  // YAML hands over an unquoted year as a number and, with its default schema, a date as a Date.
  const date =
    typeof data.date === 'number'
      ? String(data.date)
      : data.date instanceof Date
        ? data.date.toISOString().slice(0, 10)
        : str(data.date);
  const text = str(data.text) ?? str(data.description) ?? str(data.summary) ?? str(data.note);
  const title = str(data.title) ?? (text && text.length > 80 ? `${text.slice(0, 79)}…` : text);
  if (!date || !title) return undefined;
  const chapter = str(data.chapter);
  return { id, date, title, text, path: chapter ? `chapters/${chapter}/` : undefined };
}
