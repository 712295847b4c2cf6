/** A header compared by its words only: lower case, half-width, without spaces, dashes, dots, colons, brackets, stars, apostrophes. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:：()（）[\]【】*#/\\'"’]/g, '');
}
