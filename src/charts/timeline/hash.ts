// Reading a #<prefix><event id> hash, which anyone can write: a link, a pasted address, a page
// that frames the embed. Pure, so that each malformed hash is unit-tested.

/** The event id a location hash asks for, or undefined; never throws, whatever the hash. */
export function eventIdFromHash(hash: string, prefix: string): string | undefined {
  let fragment: string;
  try {
    fragment = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    // A lone % or a broken UTF-8 sequence (URIError): not a link we wrote.
    return undefined;
  }
  if (!fragment.startsWith(prefix)) return undefined;
  const id = fragment.slice(prefix.length);
  // Event ids are lowercase letters, digits and hyphens (schemas.ts); anything else is no event.
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? id : undefined;
}
