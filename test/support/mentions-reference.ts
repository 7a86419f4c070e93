// The regex-per-form mention matcher as it was before the single-pass index (pipeline/steps/mentions.ts
// at commit b2d543d). Kept verbatim as the reference the fast matcher must equal, output for
// output: test/unit/pipeline/steps/mentions-equivalence.test.ts compares the two. Not used by the pipeline.

import type { Mention } from '../../src/schema/dataset.ts';
import type { MentionMatch } from '../../src/schema/enums.ts';
import type { ActorInput } from '../../pipeline/input-schemas.ts';

/** One way of writing an actor's name, compiled for matching. */
type Form = { actorId: string; text: string; match: MentionMatch; pattern: RegExp };

/** The registry's name forms, compiled once per run and reused for every article. */
export type MentionMatcher = {
  full: (articleId: string) => Form[];
  short: Map<string, Form[]>;
};

/**
 * Compiles registry names into matchers.
 *
 * Several-word forms ignore case ("defence ministry" finds "Defence Ministry"); one-word forms
 * (surnames, acronyms, "Pentagon") must match case exactly, or "PLA" would match "pla" and
 * "Brown" the colour. Straight and curly apostrophes match each other. A match must not sit
 * inside a longer word, but a possessive may follow ("Brown’s" is a mention of Brown).
 */
export function compileMentionMatcher(actors: readonly ActorInput[]): MentionMatcher {
  const everywhere: Form[] = [];
  const scoped: { onlyIn: string[]; form: Form }[] = [];
  const short = new Map<string, Form[]>();
  for (const actor of actors) {
    everywhere.push(form(actor.id, actor.name, 'name'));
    for (const alias of actor.aliases) everywhere.push(form(actor.id, alias, 'alias'));
    for (const m of actor.misspellings) {
      if (typeof m === 'string') everywhere.push(form(actor.id, m, 'misspelling'));
      else scoped.push({ onlyIn: m.onlyIn, form: form(actor.id, m.text, 'misspelling') });
    }
    for (const s of actor.shortNames) {
      const list = short.get(s) ?? [];
      list.push(form(actor.id, s, 'surname'));
      short.set(s, list);
    }
  }
  return {
    full: (articleId) => [...everywhere, ...scoped.filter((s) => s.onlyIn.includes(articleId)).map((s) => s.form)],
    short,
  };
}

function form(actorId: string, text: string, match: MentionMatch): Form {
  const caseless = /\s/.test(text.trim());
  const body = text
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"))
    .join('\\s+');
  return { actorId, text, match, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, caseless ? 'giu' : 'gu') };
}

function escapeRegExp(s: string): string {
  // No '-': outside a class it is literal, and the 'u' flag rejects a needless escape.
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

type Candidate = Mention & { length: number };

/**
 * Finds actor mentions in cleaned paragraphs, with offsets into each paragraph.
 *
 * A short name ("Xu") links only when the article names exactly one actor with that short
 * name in full: in an article about Xu Qiliang, "Xu" is him; where both Xu Qiliang and Xu
 * Qiling are named, a bare "Xu" stays unlinked rather than guessed. Overlaps resolve to the
 * leftmost, then longest match ("Joint Staff Department of the Central Military Commission"
 * is one mention of the department, not also one of the commission).
 *
 *   paragraph: "Liu told Brown that …"   (article also names "Liu Zhenli", "Charles Q. Brown")
 *   out:       liu-zhenli [0,3) surname · charles-brown [9,14) surname
 */
export function findMentions(paragraphs: readonly string[], matcher: MentionMatcher, articleId: string): Mention[] {
  const candidates: Candidate[] = [];
  const namedInFull = new Set<string>();
  const fullForms = matcher.full(articleId);
  paragraphs.forEach((text, paragraph) => {
    for (const f of fullForms) {
      for (const m of text.matchAll(f.pattern)) {
        candidates.push({ actorId: f.actorId, paragraph, start: m.index, end: m.index + m[0].length, match: f.match, length: m[0].length });
        if (f.match !== 'misspelling') namedInFull.add(f.actorId);
      }
    }
  });
  for (const forms of matcher.short.values()) {
    const eligible = forms.filter((f) => namedInFull.has(f.actorId));
    const only = eligible.length === 1 ? eligible[0] : undefined;
    if (!only) continue;
    paragraphs.forEach((text, paragraph) => {
      for (const m of text.matchAll(only.pattern)) {
        candidates.push({ actorId: only.actorId, paragraph, start: m.index, end: m.index + m[0].length, match: 'surname', length: m[0].length });
      }
    });
  }
  candidates.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || b.length - a.length || (a.actorId < b.actorId ? -1 : 1));
  const out: Mention[] = [];
  let last: Mention | undefined;
  for (const c of candidates) {
    if (last && last.paragraph === c.paragraph && c.start < last.end) continue;
    last = { actorId: c.actorId, paragraph: c.paragraph, start: c.start, end: c.end, match: c.match };
    out.push(last);
  }
  return out;
}
