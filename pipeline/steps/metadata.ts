import type { SourceBlock } from '../../src/schema/dataset.ts';
import { bylineNames, outletInMetaLine, siteNameFromCopyright, sourceOf, type CleanedArticle } from './clean.ts';

/** A field read off the text; `note` says where it was found, or why nothing was. */
export type Extracted<T> = { value: T; method: 'extracted' | 'missing'; note: string };

export type ExtractedMetadata = {
  outlet: Extracted<string | null>;
  authors: Extracted<string[]>;
  originalSource: Extracted<string | null>;
};

/**
 * Outlet, authors and original source, from the blocks the clean step set aside.
 *
 * The outlet is, in order of trust: a signature line after the body ("Global Times"),
 * the site's name in the page header (written as the copyright line writes it, not in a
 * logo's capitals), or the name in the copyright line alone. The original source is the
 * outlet a republished article names ("Source: Lianhe Zaobao"); it is not the outlet.
 * Nothing is guessed from the body: the curation file corrects what the text lacks.
 */
export function extractMetadata(cleaned: CleanedArticle): ExtractedMetadata {
  return {
    outlet: findOutlet(cleaned.blocks),
    authors: findAuthors(cleaned.blocks),
    originalSource: findOriginalSource(cleaned.blocks),
  };
}

const found = <T>(value: T, note: string): Extracted<T> => ({ value, method: 'extracted', note });
const trimmed = (b: SourceBlock) => b.text.replace(/\s+/g, ' ').trim();

function findOutlet(blocks: readonly SourceBlock[]): Extracted<string | null> {
  const firstBody = blocks.findIndex((b) => b.role === 'body');
  const outlets = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.role === 'outlet');
  const signature = outlets.find(({ i }) => i > firstBody);
  if (signature) return found(trimmed(signature.b), `Signature line after the body: "${trimmed(signature.b)}".`);

  const copyright =
    blocks.map((b) => (b.role === 'boilerplate' ? siteNameFromCopyright(trimmed(b)) : null)).find((n) => n !== null) ?? null;
  const header = outlets[0];
  if (header) {
    // A logo line is often in capitals ("CHINA-ARMS"); the copyright line spells the name.
    const text = trimmed(header.b);
    if (copyright && copyright.toLowerCase() === text.toLowerCase()) {
      return found(copyright, `Site name in the page header ("${text}"), spelt as in the copyright line.`);
    }
    return found(text, `Site name in the page header: "${text}".`);
  }
  // A date line in parts may name the outlet: "By ZHAO LEI | China Daily | Updated: …".
  const inDateline = blocks.filter((b) => b.role === 'dateline').map((b) => outletInMetaLine(trimmed(b))).find((o) => o !== null);
  if (inDateline) return found(inDateline, `Named in the date line: "${inDateline}".`);
  if (copyright) return found(copyright, `Site name in the copyright line: "${copyright}".`);
  return { value: null, method: 'missing', note: 'No outlet signature, site name or copyright line in the text.' };
}

function findAuthors(blocks: readonly SourceBlock[]): Extracted<string[]> {
  // A date line may carry the byline too: "Posted on December 12, 2024 by …", "By … | Updated: …".
  for (const b of blocks) {
    const names = b.role === 'byline' || b.role === 'dateline' ? bylineNames(trimmed(b)) : null;
    if (names) return found(names, `Byline: "${trimmed(b)}".`);
  }
  return { value: [], method: 'missing', note: 'No byline ("By …", "Authors: …") in the text.' };
}

function findOriginalSource(blocks: readonly SourceBlock[]): Extracted<string | null> {
  for (const b of blocks) {
    const source = b.role === 'source' || b.role === 'dateline' ? sourceOf(trimmed(b)) : null;
    if (source) return found(source, `Source line: "${trimmed(b)}".`);
  }
  return { value: null, method: 'missing', note: 'No "Source: …" line in the text.' };
}
