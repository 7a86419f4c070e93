import { articleIdFromStem } from '../build-dataset.ts';

/**
 * "US, Chinese defence chiefs hold first face-to-face talks in 18 months"
 *   → "us-chinese-defence-chiefs-hold-first-face-to-face-talks"
 * Lowercase ASCII words joined by hyphens, cut at a word boundary to at most `max`
 * characters; accents are dropped ("Xinhuanet" for "Xīnhuánet"), other scripts are skipped.
 */
export function slugify(text: string, max = 48): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = '';
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > max) break;
    out = next;
  }
  return out || (words[0] ?? '').slice(0, max);
}

/**
 * The next free seed number: one more than the highest "NNN_" prefix in use, at least three
 * digits. Seeds without a numeric prefix do not count.
 *
 *   nextSeedNumber(['000_a.txt', '004_b.txt', 'notes.txt']) === '005'
 */
export function nextSeedNumber(fileNames: readonly string[]): string {
  const used = fileNames.map((f) => /^(\d+)_/.exec(f)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  const next = used.length ? Math.max(...used) + 1 : 0;
  return String(next).padStart(3, '0');
}

/** A seed stem for a new article: "NNN_<slug of the headline>", or of the file name when there is no headline. */
export function seedStem(number: string, headline: string, fileName: string): string {
  const slug = slugify(headline) || slugify(fileName.replace(/\.[^.]*$/, '')) || 'article';
  return `${number}_${slug}`;
}

/**
 * Checks a name given with --name: a file name in seeds/ (".txt" optional) whose article id
 * is new. Returns the stem, or why the name cannot be used.
 */
export function checkGivenName(name: string, existingStems: readonly string[]): { stem: string } | { problem: string } {
  const stem = name.replace(/\.txt$/i, '');
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(stem)) {
    return { problem: `--name "${name}": use letters, digits, ".", "_" and "-" only, starting with a letter or digit` };
  }
  const id = articleIdFromStem(stem);
  const clash = existingStems.find((s) => s !== stem && articleIdFromStem(s) === id);
  if (clash) return { problem: `--name "${name}": its article id "${id}" is already the id of seeds/${clash}.txt` };
  return { stem };
}

/**
 * Why these bytes cannot be a seed, or their text. A seed is UTF-8 text with something in
 * it; the cleaning step then says whether it has a body (see ingestArticle).
 */
export function decodeInput(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.length === 0) return { problem: 'is empty' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { problem: 'is not UTF-8 text (a binary file, or text in another encoding): save it as UTF-8 text' };
  }
}
