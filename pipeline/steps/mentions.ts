import type { Mention } from '../../src/schema/dataset.ts';
import type { MentionMatch } from '../../src/schema/enums.ts';
import type { ActorInput } from '../input-schemas.ts';

/**
 * One way of writing an actor's name, compiled for matching. A match is what the regex
 * `(?<![\p{L}\p{N}])<words joined by \s+>(?![\p{L}\p{N}])` matches (flags 'iu' for several
 * words, 'u' for one). That regex is kept in three parts, because V8 runs thousands of regexes
 * with Unicode-property lookarounds slowly (each keeps its own compiled copy of the classes):
 * the lookarounds are shared by all forms (`before`, `after`), and `body` is the words alone.
 * The words match one character each and `\s+` can only take a whole run of spaces, so the
 * body has at most one match at a given place, and the three parts together accept exactly
 * what the whole regex accepts there.
 */
type Form = {
  actorId: string;
  text: string;
  match: MentionMatch;
  caseless: boolean;
  /** The words, sticky: does the form's text stand exactly here? */
  body: RegExp;
  /** Folded key of the second word, a cheap first test for several-word forms. */
  second: string;
  /** Registry order (names and aliases, then scoped misspellings; short names by key). */
  order: number;
  /** Article ids where a scoped misspelling applies; null when it applies everywhere. */
  onlyIn: ReadonlySet<string> | null;
};

/** Forms by the first word they need at the place where a match starts. */
type FormIndex = {
  /** Several-word forms by the folded key of their first word (they ignore case). */
  caseless: Map<string, Form[]>;
  /** One-word forms by their text, apostrophes unified (they match case exactly). */
  exact: Map<string, Form[]>;
  /** Forms with no words (an empty name): matched anywhere their boundaries hold. */
  empty: Form[];
  /** What each word of the text keys, looked up once per distinct word (articles repeat words). */
  seen: Map<string, WordForms>;
};

/** The forms a word of the text can start: several-word forms, and one-word forms by prefix length. */
type WordForms = { caseless: Form[] | undefined; exact: [number, Form[]][] };
const NOTHING: WordForms = { caseless: undefined, exact: [] };
/** Enough for the vocabulary of a large corpus; past it, the memo starts again. */
const SEEN_LIMIT = 500_000;

/** The registry's name forms, compiled once per run and reused for every article. */
export type MentionMatcher = {
  full: FormIndex;
  /** Short names (surnames), each key with the forms of every actor who has it. */
  short: Map<string, Form[]>;
  shortIndex: FormIndex;
};

/**
 * Compiles registry names into matchers.
 *
 * Several-word forms ignore case ("defence ministry" finds "Defence Ministry"); one-word forms
 * (surnames, acronyms, "Pentagon") must match case exactly, or "PLA" would match "pla" and
 * "Brown" the colour. Straight and curly apostrophes match each other. A match must not sit
 * inside a longer word, but a possessive may follow ("Brown’s" is a mention of Brown).
 *
 * Forms are indexed by their first word, so an article is read once, word start by word
 * start, and a form is only tried where its first word already stands (see `findMentions`).
 */
export function compileMentionMatcher(actors: readonly ActorInput[]): MentionMatcher {
  const full = emptyIndex();
  const shortIndex = emptyIndex();
  const short = new Map<string, Form[]>();
  const everywhere: Form[] = [];
  const scoped: Form[] = [];
  for (const actor of actors) {
    everywhere.push(form(actor.id, actor.name, 'name', null));
    for (const alias of actor.aliases) everywhere.push(form(actor.id, alias, 'alias', null));
    for (const m of actor.misspellings) {
      if (typeof m === 'string') everywhere.push(form(actor.id, m, 'misspelling', null));
      else scoped.push(form(actor.id, m.text, 'misspelling', new Set(m.onlyIn)));
    }
    for (const s of actor.shortNames) {
      const list = short.get(s) ?? [];
      list.push(form(actor.id, s, 'surname', null));
      short.set(s, list);
    }
  }
  [...everywhere, ...scoped].forEach((f, order) => addToIndex(full, { ...f, order }));
  [...short.values()].forEach((forms, order) => forms.forEach((f) => addToIndex(shortIndex, Object.assign(f, { order }))));
  return { full, short, shortIndex };
}

function emptyIndex(): FormIndex {
  return { caseless: new Map(), exact: new Map(), empty: [], seen: new Map() };
}

function addToIndex(index: FormIndex, f: Form): void {
  const words = f.text.trim().split(/\s+/);
  const first = words[0] ?? '';
  if (first === '') index.empty.push(f);
  else if (f.caseless) push(index.caseless, foldKey(first), f);
  else push(index.exact, apostropheKey(first), f);
}

function form(actorId: string, text: string, match: MentionMatch, onlyIn: ReadonlySet<string> | null): Form {
  const caseless = /\s/.test(text.trim());
  const words = text.trim().split(/\s+/);
  const body = words.map((word) => escapeRegExp(word).replace(/['’]/g, "['’]")).join('\\s+');
  return { actorId, text, match, caseless, body: new RegExp(body, caseless ? 'yiu' : 'yu'), second: foldKey(words[1] ?? ''), order: -1, onlyIn };
}

function escapeRegExp(s: string): string {
  // No '-': outside a class it is literal, and the 'u' flag rejects a needless escape.
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// The forms' boundaries, shared: [\p{L}\p{N}] under 'iu' also holds characters whose case
// folding is a letter (U+0345 folds to ι), so each flag set keeps its own pair.
const BEFORE = { u: /(?<![\p{L}\p{N}])/uy, iu: /(?<![\p{L}\p{N}])/iuy };
const AFTER = { u: /(?![\p{L}\p{N}])/uy, iu: /(?![\p{L}\p{N}])/iuy };

/** The length of the form's match starting exactly at `start`, or -1. */
function matchAt(f: Form, text: string, start: number): number {
  const flags = f.caseless ? 'iu' : 'u';
  BEFORE[flags].lastIndex = start;
  if (!BEFORE[flags].test(text)) return -1;
  f.body.lastIndex = start;
  const m = f.body.exec(text);
  if (!m) return -1;
  AFTER[flags].lastIndex = start + m[0].length;
  return AFTER[flags].test(text) ? m[0].length : -1;
}

type Found = { form: Form; start: number; length: number };

/**
 * Every match of the forms in `index` that `accept` lets through, in one pass over `text`:
 * at each place a match could start (not inside a word), the word there is looked up and
 * only the forms it keys are tried. The lookups can only over-select (several-word forms are
 * keyed by their first word folded the way an 'iu' regex folds it, and must find their second
 * word next; one-word forms by their text), and `matchAt` decides. Like a global regex, a
 * form's matches do not overlap each other.
 */
function scan(text: string, index: FormIndex, accept: (f: Form) => boolean): Found[] {
  const found: Found[] = [];
  const lastEnd = new Map<Form, number>();
  const tryForm = (f: Form, start: number) => {
    if (!accept(f) || (lastEnd.get(f) ?? 0) > start) return;
    const length = matchAt(f, text, start);
    if (length < 0) return;
    lastEnd.set(f, start + length);
    found.push({ form: f, start, length });
  };
  for (let p = 0; p < text.length; p++) {
    if (!canStartAt(text, p)) continue;
    let end = p;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    if (end === p) continue;
    const word = text.slice(p, end);
    const { caseless, exact } = wordForms(index, word);
    if (caseless) {
      let next = end;
      while (next < text.length && isSpace(text.charCodeAt(next))) next++;
      let nextEnd = next;
      while (nextEnd < text.length && !isSpace(text.charCodeAt(nextEnd))) nextEnd++;
      const second = next > end ? foldKey(text.slice(next, nextEnd)) : null;
      if (second !== null) for (const f of caseless) if (second.startsWith(f.second)) tryForm(f, p);
    }
    for (const [, forms] of exact) for (const f of forms) tryForm(f, p);
  }
  for (const f of index.empty) {
    if (!accept(f)) continue;
    for (let p = 0; p <= text.length; p++) {
      if ((lastEnd.get(f) ?? 0) > p || (p > 0 && isHighSurrogate(text.charCodeAt(p - 1)) && isLowSurrogate(text.charCodeAt(p)))) continue;
      const length = matchAt(f, text, p);
      if (length >= 0) {
        found.push({ form: f, start: p, length });
        lastEnd.set(f, p + Math.max(length, 1));
      }
    }
  }
  // The per-form regex scan collected form by form, each form's matches left to right.
  return found.sort((a, b) => a.form.order - b.form.order || a.start - b.start);
}

function wordForms(index: FormIndex, word: string): WordForms {
  let wf = index.seen.get(word);
  if (wf) return wf;
  const caseless = index.caseless.get(foldKey(word));
  // A one-word form may be followed by punctuation or a possessive: every prefix of the word
  // that ends where no letter or digit follows may be one.
  const exact: [number, Form[]][] = [];
  const unified = apostropheKey(word);
  for (let k = 1; k <= word.length; k++) {
    if (k < word.length && !mayFollowMatch(word, k)) continue;
    const forms = index.exact.get(unified.slice(0, k));
    if (forms) exact.push([k, forms]);
  }
  wf = caseless || exact.length > 0 ? { caseless, exact } : NOTHING;
  if (index.seen.size >= SEEN_LIMIT) index.seen.clear();
  index.seen.set(word, wf);
  return wf;
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
 *
 * The output, and the order candidates are collected in before overlaps are resolved, is the
 * one the earlier one-regex-per-form-per-paragraph scan gave (test/unit/pipeline/steps/
 * mentions-equivalence.test.ts keeps that scan and compares); it is just one pass now.
 */
export function findMentions(paragraphs: readonly string[], matcher: MentionMatcher, articleId: string): Mention[] {
  const candidates: Candidate[] = [];
  const namedInFull = new Set<string>();
  const applies = (f: Form) => !f.onlyIn || f.onlyIn.has(articleId);
  paragraphs.forEach((text, paragraph) => {
    for (const { form: f, start, length } of scan(text, matcher.full, applies)) {
      candidates.push({ actorId: f.actorId, paragraph, start, end: start + length, match: f.match, length });
      if (f.match !== 'misspelling') namedInFull.add(f.actorId);
    }
  });
  const only = new Set<Form>();
  for (const forms of matcher.short.values()) {
    const eligible = forms.filter((f) => namedInFull.has(f.actorId));
    if (eligible.length === 1) only.add(eligible[0]!);
  }
  if (only.size > 0) {
    // Short names key by key, each through all paragraphs, as the earlier scan went.
    const found = paragraphs.flatMap((text, paragraph) => scan(text, matcher.shortIndex, (f) => only.has(f)).map((x) => ({ ...x, paragraph })));
    found.sort((a, b) => a.form.order - b.form.order || a.paragraph - b.paragraph || a.start - b.start);
    for (const { form: f, paragraph, start, length } of found) {
      candidates.push({ actorId: f.actorId, paragraph, start, end: start + length, match: 'surname', length });
    }
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

// ---------------------------------------------------------------------------------------
// Character classes, decided by the regex engine itself and cached per UTF-16 code unit, so
// the index agrees with the forms' regexes by construction.

const UNKNOWN = 0;
const NO = 1;
const YES = 2;
const letterOrDigit = new Uint8Array(0x10000);
const space = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;

function isLetterOrDigit(code: number): boolean {
  if (letterOrDigit[code] === UNKNOWN) letterOrDigit[code] = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? YES : NO;
  return letterOrDigit[code] === YES;
}

/** `\s` in a 'u' regex: every such character is in the BMP. */
function isSpace(code: number): boolean {
  if (space[code] === UNKNOWN) space[code] = SPACE.test(String.fromCharCode(code)) ? YES : NO;
  return space[code] === YES;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Where `(?<![\p{L}\p{N}])` can hold, conservatively: not after a letter or digit of the BMP.
 * (After an astral character the regex decides.) Never between the halves of a surrogate
 * pair, where a 'u' regex never starts a match either.
 */
function canStartAt(text: string, p: number): boolean {
  if (p === 0) return true;
  const before = text.charCodeAt(p - 1);
  if (isHighSurrogate(before) && isLowSurrogate(text.charCodeAt(p))) return false;
  if (isSpace(before)) return true;
  return isHighSurrogate(before) || isLowSurrogate(before) || !isLetterOrDigit(before);
}

/** Where `(?![\p{L}\p{N}])` can hold after `word.slice(0, k)`, conservatively. */
function mayFollowMatch(word: string, k: number): boolean {
  const next = word.charCodeAt(k);
  if (isLowSurrogate(next) && isHighSurrogate(word.charCodeAt(k - 1))) return false;
  return isHighSurrogate(next) || !isLetterOrDigit(next);
}

/** Straight and curly apostrophes match each other in every form. */
function apostropheKey(word: string): string {
  return word.replace(/’/g, "'");
}

const folded = new Map<string, string>();

/**
 * A case-insensitive ('iu') regex matches two characters when their simple case foldings are
 * equal. This picks one representative per such class, checked with the regex engine: the
 * first single-character candidate among lower(upper(c)), lower(c), c that the engine agrees
 * matches c. (ſ → s, K (Kelvin) → k, ς → σ, ẞ → ß; İ stays İ, as the engine keeps it apart
 * from i.) A unit test checks the classes over the whole Basic Multilingual Plane.
 */
export function foldChar(c: string): string {
  let r = folded.get(c);
  if (r !== undefined) return r;
  r = c;
  const test = new RegExp(`^${escapeRegExp(c)}$`, 'iu');
  for (const candidate of [c.toUpperCase().toLowerCase(), c.toLowerCase()]) {
    if ([...candidate].length === 1 && test.test(candidate)) {
      r = candidate;
      break;
    }
  }
  folded.set(c, r);
  return r;
}

/** The key of a several-word form's first word, and of a word in the text. */
export function foldKey(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 0x7e || c === 0x27) {
      ascii = false;
      break;
    }
  }
  // Fast path: ASCII without apostrophes (every ASCII letter folds to its lower case, and no
  // other character folds to an ASCII letter except ſ and K, which are not ASCII).
  if (ascii) return word.toLowerCase();
  let out = '';
  for (const ch of word) out += ch === '’' || ch === "'" ? "'" : foldChar(ch);
  return out;
}
