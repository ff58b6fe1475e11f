// What the data loaders found wrong, kept where the pages can see it. In `npm run dev` a data
// file that fails to load leaves its collection empty (or stale) and the server goes on; pages
// then throw this message (shown in the browser) instead of drawing "the 0 countries".
const KEY = Symbol.for('sent-abroad.data-problems');
type Registry = Map<string, string>;
const registry = (): Registry => ((globalThis as Record<symbol, Registry>)[KEY] ??= new Map());

/** Records (or, with no message, clears) the problem of one data file. */
export function recordDataProblem(file: string, message: string | undefined): void {
  if (message === undefined) registry().delete(file);
  else registry().set(file, message);
}

/** Every data file's recorded problem, one message. */
export function dataProblems(): string | undefined {
  const all = [...registry().values()];
  return all.length ? all.join('\n') : undefined;
}
