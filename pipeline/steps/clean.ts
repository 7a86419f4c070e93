import type { SourceBlock } from '../../src/schema/dataset.ts';
import type { BlockRole } from '../../src/schema/enums.ts';
import { issue, type StepResult } from '../issues.ts';
import { normalizeWhitespace } from './normalize-whitespace.ts';
import { parseDateLine } from './publication-date.ts';

export type CleanedArticle = {
  /** The headline, or the lead's first sentence when `titleFound` is false. */
  title: string;
  titleFound: boolean;
  /** Body paragraphs, whitespace-normalised, bullet markers stripped. */
  paragraphs: string[];
  /** Every non-blank block of the raw text, in order, with what cleaning made of it. */
  blocks: SourceBlock[];
};

/**
 * Raw scraped text → headline, body paragraphs, and every other block labelled with why it
 * is not body text (DESIGN.md "Inputs → Raw articles": drop boilerplate, but keep it).
 *
 * General heuristics, not per-site rules, in this order:
 * 1. a scraped preview at the top that the page repeats verbatim below is a `duplicate`;
 * 2. the body starts at the first prose line (long, ends like a sentence);
 * 3. above it: the first headline-shaped line is the headline, a date within a few lines
 *    after it is the dateline, a date before it is the page header's (the day the page was
 *    saved), lines of four words or more between headline and body are a dek and stay;
 * 4. from the body on: "Related …"/"You might also like" open a list of other headlines that
 *    runs until prose resumes; "Tags", "Previous Post", comment boxes and copyright lines end
 *    the article, and everything after is page furniture;
 * 5. a short name-shaped line after the last paragraph is the outlet's signature.
 *
 * Errors (empty, binary, nothing left) are returned as issues with an empty article.
 */
export function cleanArticle(raw: string, file: string): StepResult<CleanedArticle> {
  const empty: CleanedArticle = { title: '', titleFound: false, paragraphs: [], blocks: [] };
  const problem = checkText(raw);
  if (problem) return { value: empty, issues: [issue(file, problem.message, { line: problem.line })] };

  const blocks = splitBlocks(raw);
  const labels = labelBlocks(blocks.map((b) => b.norm));
  const paragraphs: string[] = [];
  const out: SourceBlock[] = blocks.map((b, i) => {
    const { role, reason } = labels.roles[i]!;
    if (role !== 'body') return { role, text: b.text, reason, paragraph: null };
    paragraphs.push(stripBullet(b.norm));
    return { role, text: b.text, reason: '', paragraph: paragraphs.length - 1 };
  });

  if (paragraphs.length === 0) {
    const message =
      `no body paragraphs left after cleaning: all ${blocks.length} blocks look like navigation, ` +
      'page furniture or a headline (an article needs at least one line of prose)';
    return { value: { ...empty, blocks: out }, issues: [issue(file, message)] };
  }
  const headline = labels.headline === null ? null : stripBullet(blocks[labels.headline]!.norm);
  return {
    value: {
      title: headline ?? firstSentence(paragraphs[0]!),
      titleFound: headline !== null,
      paragraphs,
      blocks: out,
    },
    issues: [],
  };
}

// ---------------------------------------------------------------------------------------
// Input checks

/** Why the text cannot be an article, with the line of the first offending character. */
function checkText(raw: string): { message: string; line?: number } | null {
  if (raw.length === 0) return { message: 'the article is empty' };
  if (raw.replace(/^\ufeff/, '').trim() === '') return { message: 'the article contains only whitespace' };
  const lineOf = (index: number) => raw.slice(0, index).split(/\r\n|\r|\n/).length;
  const nul = raw.indexOf('\u0000');
  if (nul >= 0) return { message: 'looks like binary data, not text: it contains NUL bytes', line: lineOf(nul) };
  const bad = raw.indexOf('\ufffd');
  if (bad >= 0) {
    return {
      message: 'contains U+FFFD replacement characters: it was not valid text in its encoding; save it as UTF-8',
      line: lineOf(bad),
    };
  }
  // Tab, line feed, form feed and carriage return occur in real text; the other C0 controls do not.
  let controls = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) controls++;
  }
  if (controls / raw.length > 0.01) {
    const pct = Math.round((controls / raw.length) * 1000) / 10;
    return { message: `looks like binary data, not text: ${pct}% of its characters are control characters` };
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Blocks

type RawBlock = { text: string; norm: string };

/**
 * One block per non-blank line, except that a hard-wrapped paragraph (a long line cut
 * mid-sentence, continued in lower case on the next line) is joined back into one block.
 */
function splitBlocks(raw: string): RawBlock[] {
  const lines = raw.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const out: RawBlock[] = [];
  let joinable = false;
  for (const line of lines) {
    const norm = normalizeWhitespace(line);
    if (norm === '') {
      joinable = false;
      continue;
    }
    const last = out[out.length - 1];
    if (joinable && last && /^\p{Ll}/u.test(norm)) {
      last.text += `\n${line}`;
      last.norm += ` ${norm}`;
    } else {
      out.push({ text: line, norm });
    }
    joinable = norm.length >= 50 && !/[.!?:;"”’)\]…]$/.test(norm) && !BULLET.test(norm);
  }
  return out;
}

const BULLET = /^[•·▪◦‣●■*-]\s+/;
const stripBullet = (s: string) => s.replace(BULLET, '');
const words = (s: string) => s.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Long and ending like a sentence; a teaser cut off with "…" is not prose. */
function isProse(s: string): boolean {
  if (/(\.\.\.|…)["”’)\]]*$/.test(s)) return false;
  return words(s) >= 8 && /[.!?:;]["”’'»)\]]*$/.test(s);
}

// ---------------------------------------------------------------------------------------
// Labelling

type Label = { role: BlockRole; reason: string };

const HEADLINE = 'the headline';
const DATELINE = 'publication date printed beside the headline';
const HEADER_DATE = 'page header date: the day the page was saved, not the publication date';
const DUPLICATE = 'repeated below: scraped preview';

function labelBlocks(norms: readonly string[]): { roles: Label[]; headline: number | null } {
  const n = norms.length;
  const roles: (Label | null)[] = norms.map(() => null);
  const set = (i: number, role: BlockRole, reason: string) => (roles[i] = { role, reason });

  markPreview(norms).forEach((i) => set(i, 'duplicate', DUPLICATE));
  const siteNames = new Set(norms.map(siteNameFromCopyright).filter((s): s is string => s !== null).map((s) => s.toLowerCase()));

  const free = (i: number) => roles[i] === null;
  const prose = (i: number) => free(i) && isProse(norms[i]!) && !boilerplate(norms[i]!) && !marker(norms[i]!);
  let bodyStart = norms.findIndex((_, i) => prose(i));
  // A dek written as a sentence sits above the byline and the date; the body starts below them.
  for (let tries = 0; bodyStart >= 0 && tries < 3; tries++) {
    const meta = [1, 2, 3].map((d) => bodyStart + d).find((j) => j < n && (parseDateLine(norms[j]!) !== null || authorsOf(norms[j]!) !== null));
    if (meta === undefined || [...Array(meta - bodyStart - 1).keys()].some((k) => prose(bodyStart + 1 + k))) break;
    const next = norms.findIndex((_, i) => i > meta && prose(i));
    if (next < 0) break;
    bodyStart = next;
  }
  const headerEnd = bodyStart < 0 ? n : bodyStart;

  // Above the body: headline, dateline, byline, dek, and the page header. Headlines listed
  // under a "Trending"/"Related" heading are links, unless the run ends where the body
  // starts: then its last line is the article's own headline.
  const listed = new Map<number, string>();
  for (let i = 0; i < headerEnd; i++) {
    const m = free(i) ? marker(norms[i]!) : null;
    if (m?.kind !== 'list') continue;
    let j = i + 1;
    while (j < headerEnd && free(j) && isHeadline(norms[j]!, siteNames)) listed.set(j++, m.reason);
    if (j === bodyStart && j > i + 1) listed.delete(j - 1);
  }
  // The headline stands just above the byline or the date; on a page whose header has
  // neither, it is the first headline-shaped line (after menus and lists).
  const shaped = (i: number) => free(i) && !listed.has(i) && isHeadline(norms[i]!, siteNames);
  let headline: number | null = null;
  for (let i = 0; i < headerEnd && headline === null; i++) {
    if (free(i) && isMetaLine(norms[i]!)) headline = headlineAbove(i, norms, shaped, free);
  }
  for (let i = 0; i < headerEnd && headline === null; i++) {
    if (shaped(i)) headline = i;
  }
  let metaSeen = false;
  for (let i = 0; i < headerEnd; i++) {
    if (!free(i)) continue;
    const s = norms[i]!;
    const after = headline !== null && i > headline;
    // Author names without "By" count as a byline only within a few lines of the date.
    const nearDate = () => [-4, -3, -2, -1, 1, 2, 3, 4].some((d) => parseDateLine(norms[i + d] ?? '') !== null);
    const pattern = boilerplate(s) ?? marker(s)?.reason ?? listed.get(i) ?? null;
    if (i === headline) set(i, 'headline', HEADLINE);
    else if (pattern) set(i, 'boilerplate', pattern);
    else if (parseDateLine(s)) {
      const beside = headline !== null ? after && i - headline <= 4 : headerEnd - i <= 3;
      if (beside) set(i, 'dateline', DATELINE);
      else set(i, 'boilerplate', HEADER_DATE);
      if (beside) metaSeen = true;
    } else if (after && roles[i - 1]?.role === 'byline' && words(s) <= 3 && isOutletName(s) && looksLikeOutlet(s, siteNames)) {
      // "Tessa Wong / BBC News": the outlet the author writes for, on the line below.
      set(i, 'outlet', 'outlet named under the byline');
    } else if (authorsOf(s) || (after && nameList(s) && nearDate())) {
      set(i, 'byline', 'byline: the authors');
      if (after) metaSeen = true;
    } else if (sourceOf(s)) set(i, 'source', 'original source: the outlet the article was taken from');
    else if (isSiteName(s, siteNames)) set(i, 'outlet', 'site name in the page header');
    else if (BULLET.test(s) && words(s) <= 4) set(i, 'boilerplate', 'site navigation');
    else if (!after) set(i, 'boilerplate', headline === null ? 'page header above the article' : 'page header above the headline');
    else if (/^(in|filed under|category:?|section:?)\s+\S/i.test(s) && words(s) <= 4) set(i, 'boilerplate', 'category label');
    // A dek sits between the headline and the byline; below the byline and the date, a line
    // that is not prose is the page's furniture ("Why you can trust us", "Get more with …").
    else if (words(s) >= 4 && !metaSeen) set(i, 'body', '');
    else if (metaSeen) set(i, 'boilerplate', 'page furniture between the dateline and the body');
    else set(i, 'boilerplate', 'page furniture between the headline and the body (label, counter or button)');
  }

  // From the body on.
  let mode: 'body' | 'list' | 'end' = 'body';
  let section = '';
  for (let i = headerEnd; i < n; i++) {
    if (!free(i)) continue;
    const s = norms[i]!;
    const m = marker(s);
    if (mode === 'end') {
      if (m) section = m.reason;
      const nav = BULLET.test(s) && words(s) <= 4 ? 'site navigation' : null;
      set(i, 'boilerplate', m?.reason ?? boilerplate(s) ?? nav ?? section);
      continue;
    }
    if (m && m.kind !== 'widget') {
      mode = m.kind;
      section = m.reason;
      set(i, 'boilerplate', m.reason);
      continue;
    }
    const pattern = boilerplate(s);
    if (pattern) set(i, 'boilerplate', pattern);
    else if (mode === 'list' && (!isProse(s) || /\?["”’]?$/.test(s)) && words(s) < 25) set(i, 'boilerplate', section);
    else if (authorsOf(s)) set(i, 'byline', 'byline: the authors');
    else if (sourceOf(s)) set(i, 'source', 'original source: the outlet the article was taken from');
    else {
      mode = 'body';
      set(i, 'body', '');
    }
  }

  // An outlet signs off below the last paragraph ("Global Times"); above it, such a line is a subheading.
  let lastProse = -1;
  roles.forEach((r, i) => {
    if (r?.role === 'body' && isProse(norms[i]!)) lastProse = i;
  });
  const signature = roles.findIndex((r, i) => i > lastProse && r?.role === 'body' && isOutletName(norms[i]!));
  if (lastProse >= 0 && signature >= 0) set(signature, 'outlet', 'outlet signature after the body');
  // A short line below the last paragraph is no subheading (nothing follows it): it is the
  // page's ("Read 3 articles and win rewards", "Spin the wheel now").
  if (lastProse >= 0) {
    roles.forEach((r, i) => {
      if (i > lastProse && r?.role === 'body') set(i, 'boilerplate', 'page furniture after the article');
    });
  }

  return { roles: roles.map((r) => r ?? { role: 'boilerplate', reason: 'unclassified' }), headline };
}

/**
 * The first lines of the page, when the same lines come again further down: scrapers often
 * save a preview (headline and lead, or the first paragraphs) above the full article. The
 * first copy is the duplicate; a single repeated line counts only when it is a real line of
 * text (six words or more), so a site name printed twice is not a preview.
 */
function markPreview(norms: readonly string[]): number[] {
  const s = norms.findIndex((x) => !boilerplate(x) && !marker(x) && !parseDateLine(x) && !(BULLET.test(x) && words(x) <= 4));
  if (s < 0) return [];
  for (let j = s + 1; j < norms.length; j++) {
    if (norms[j] !== norms[s]) continue;
    let run = 0;
    while (s + run < j && j + run < norms.length && norms[s + run] === norms[j + run]) run++;
    // A teaser cut off with "…" still repeats the start of the next line.
    const cut = norms[s + run]?.match(/^(.{20,}?)\s*(\.\.\.|…)$/);
    if (s + run < j && cut && norms[j + run]?.startsWith(cut[1]!)) run++;
    if (run >= 2 || words(norms[s]!) >= 6) return Array.from({ length: run }, (_, k) => s + k);
  }
  return [];
}

const FUNCTION_WORDS = new Set(
  'a an and as at by for from in into is of on or over the to with amid after are be was were will not no its'.split(' '),
);

/**
 * A headline: three to thirty words, no sentence-final period, not a bullet. A row of
 * capitalised words without a single function word ("World News Politics Business") is a
 * menu, not a headline.
 */
function isHeadline(s: string, siteNames: ReadonlySet<string>): boolean {
  const n = words(s);
  if (n < 3 || n > 30 || /[.,;:]$/.test(s) || BULLET.test(s)) return false;
  if (boilerplate(s) || marker(s) || parseDateLine(s) || authorsOf(s) || sourceOf(s) || siteNames.has(s.toLowerCase())) return false;
  const ws = s.split(' ');
  const menu = n >= 4 && ws.every((w) => !/^\p{Ll}/u.test(w)) && !ws.some((w) => FUNCTION_WORDS.has(w.toLowerCase()));
  return !menu;
}

/** A byline or a date line: what stands just below a headline. */
function isMetaLine(s: string): boolean {
  return parseDateLine(s) !== null || authorsOf(s) !== null;
}

/**
 * The headline above the byline or date at `meta`: walking up over bylines, dates and photo
 * captions (and one section label right above the date), the first line of the run of
 * headline-shaped lines there, so a dek or a line of author names under the headline is
 * skipped. Null when no headline-shaped line is there.
 */
function headlineAbove(meta: number, norms: readonly string[], shaped: (i: number) => boolean, free: (i: number) => boolean): number | null {
  const run: number[] = [];
  let label = false;
  for (let j = meta - 1; j >= 0 && free(j); j--) {
    const s = norms[j]!;
    if (shaped(j)) run.unshift(j);
    else if (isMetaLine(s) || boilerplate(s) === 'photo credit') continue;
    else if (run.length === 0 && !label && words(s) <= 2 && !boilerplate(s)) label = true;
    else break;
  }
  // A topic label above the headline ("Japan, U.S., China") is shorter than what follows it.
  while (run.length > 1 && words(norms[run[0]!]!) <= 4 && words(norms[run[1]!]!) > words(norms[run[0]!]!)) run.shift();
  return run[0] ?? null;
}

/**
 * A line that names the site as the copyright line does, or as its beginning: "South China
 * Morning Post" for "© 2024 South China Morning Post Publishers Ltd".
 */
function isSiteName(s: string, siteNames: ReadonlySet<string>): boolean {
  const l = s.toLowerCase();
  if (siteNames.has(l)) return true;
  return words(s) >= 2 && [...siteNames].some((n) => n.startsWith(`${l} `));
}

/** "BBC News" (the copyright says "BBC"), "Kyodo News", "Nikkei Asia": a name like an outlet's, not a person's. */
function looksLikeOutlet(s: string, siteNames: ReadonlySet<string>): boolean {
  const l = s.toLowerCase();
  if (isSiteName(s, siteNames) || [...siteNames].some((n) => l.startsWith(`${n} `))) return true;
  return /\b(news|times|post|daily|agency|press|online|herald|journal|tribune|network|radio|tv|media)\b/i.test(s);
}

/** "Mark Magnier and Jiaxing Li" beside a date: author names without "By". */
function nameList(s: string): boolean {
  if (/[|:：]/.test(s)) return false;
  const names = authorsOf(`By ${s}`);
  return names !== null && names.every((n) => words(n) >= 2 && words(n) <= 4);
}

/** The authors a byline or dateline block names: "By …", "Posted on … by …", or names alone. */
export function bylineNames(s: string): string[] | null {
  return authorsOf(s) ?? (nameList(s) ? authorsOf(`By ${s}`) : null);
}

/** "By ZHAO LEI | China Daily | Updated: …" → "China Daily": the part of a meta line that names the outlet. */
export function outletInMetaLine(s: string): string | null {
  if (!s.includes('|')) return null;
  const parts = s.split('|').map((p) => normalizeWhitespace(p)).filter((p) => p !== '');
  const outlet = parts.find((p) => !parseDateLine(p) && !authorsOf(p) && !sourceOf(p) && !/[:：]/.test(p) && isOutletName(p));
  return outlet ?? null;
}

/** "Global Times", "Xinhua", "The Associated Press": one to five capitalised words. */
function isOutletName(s: string): boolean {
  return words(s) <= 5 && /^\p{Lu}[\p{L}.&'’-]*(\s+(\p{Lu}[\p{L}.&'’-]*|of|the|and|for|&))*$/u.test(s);
}

const ABBREVIATIONS = new Set(
  'adm capt col cmdr gen gov lt maj mr mrs ms dr prof rep sen sgt st no vs inc co corp jr sr jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

/**
 * The first sentence without its final stop, for a title when the text has no headline.
 * "U.S." and "Gen." do not end a sentence.
 */
function firstSentence(p: string): string {
  for (const m of p.matchAll(/[.!?](?=["”’)]?\s+["“‘(]?\p{Lu})/gu)) {
    const word = /(?:^|[\s.(])([\p{L}]+)$/u.exec(p.slice(0, m.index))?.[1] ?? '';
    if (m[0] === '.' && (/^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase()))) continue;
    return p.slice(0, m.index);
  }
  return p.replace(/[.!?]+$/, '');
}

// ---------------------------------------------------------------------------------------
// Line patterns. Each says why such a line is not article text; kept general on purpose
// (WordPress furniture, share bars, comment forms), never matching a particular headline.

type Rule = [RegExp, string, number?];

const BOILERPLATE: Rule[] = [
  [/^[^\p{L}\p{N}(]*\(?(photo|image|picture|pic|graphic|illustration|file photo|photo credit)s?\s*[:：]/iu, 'photo credit', 12],
  [/^\(?(photo|image)s?\s+(by|courtesy of|credit)\b/i, 'photo credit', 12],
  [/\b(getty images|shutterstock|ap photo)\)?$/i, 'photo credit', 8],
  // Captions end with the agency's credit: "… REUTERS/Aly Song", "(AP Photo/Marco Garcia, File)",
  // "(Photo courtesy of …)", "… in the South China Sea. Photo: VCG".
  [/\b(REUTERS|AFP|EPA|XINHUA|BLOOMBERG|KYODO)\/[\p{Lu}][\p{L} .'’-]*(\/File( Photo)?)?$/u, 'photo credit'],
  [/\((AP|AFP|EPA|Reuters|Xinhua|Kyodo|Yonhap|Getty Images)( Photo)?\/[^)]*\)$/i, 'photo credit'],
  [/\((photo|image|file photo)s?\s+(courtesy of|by|credit)\b[^)]*\)$/i, 'photo credit'],
  [/[.!?]\s+(photo|image|file photo)s?\s*[:：]\s*\p{L}[\p{L} .'/&-]{1,40}$/iu, 'photo credit'],
  [/\b(purchase|acquire) licensing rights\b/i, 'photo credit'],
  [/^(home|homepage|about|about us|contact|contact us|privacy|privacy policy|terms|terms of (use|service)|cookie policy|cookie settings|login|log ?in|log ?out|sign ?in|sign ?up|register|menu|main menu|search|skip to (main )?content|sitemap|advertise( with us)?|subscribe( now)?|close|toggle navigation|(show|hide) search|previous|next|languages|top|back to top)$/i, 'site navigation'],
  [/^comments? (will be|are) (moderated|reviewed)\b/i, 'comment box', 60],
  [/^skip to (main )?content\b/i, 'site navigation', 8],
  [/^search\b[^.!?]{0,30}:$/i, 'search box', 5],
  // The US government's site banner.
  [/^(an official website of the united states government|here['’]s how you know|official websites use \.gov|secure \.gov websites use https)$/i, 'government site banner'],
  [/\.gov website\b/i, 'government site banner', 30],
  [/,?\s*opens (in )?(a )?new (tab|window)\)?$/i, 'link to another page', 25],
  [/^click to (share|email|print|tweet|post)\b/i, 'share buttons', 12],
  [/^like( this:?| loading\.*)$/i, 'like buttons'],
  [/^(reporting|writing|editing|additional reporting|compiled|translated|edited) by\b/i, 'reporting credits', 40],
  [/\bcontributed (to )?(this |the )?(report|story|reporting|article)\b|\bcontributed from\b/i, 'reporting credits', 20],
  [/^(the )?[\p{Lu}][\p{L}&.' ]{1,40} is an? (\p{L}+ly )?(independent|leading|international|global|non-?profit)\b.*\b(news|media|journalism|newspaper|publication)\b/iu, 'about the outlet', 80],
  [/^\(?end\)?$/i, 'end-of-story mark'],
  [/^[\w.+-]+@[\w-]+(\.[\w-]+)+$/, "reporter's e-mail"],
  [/^#[\p{L}\p{N}_-]+(\s+#?[\p{L}\p{N}_-]+)*$/u, 'hashtags', 15],
  [/^[^\p{L}\p{N}]+$/u, 'separator'],
  [/^report this ad$/i, 'advertisement'],
  [/^(our )?(editorial )?standards\s*[:：]/i, 'link to the editorial standards', 12],
  [/^video\s*player/i, 'video player', 4],
  [/^\+?\s*follow$/i, 'social media links'],
  [/^follow [\p{L} ]{1,40} on (x|twitter|facebook|instagram|weibo|wechat|youtube|linkedin|threads)\b/iu, 'social media links', 12],
  [/\b(sign up|subscribe)\s+(now|today|here)\b/i, 'subscription offer', 20],
  [/^subscribe to\b/i, 'subscription offer', 8],
  [/\b(delivered )?(straight )?to your inbox\.?$/i, 'newsletter sign-up', 25],
  [/\bquotes? (are )?delayed\b/i, 'market data notice', 30],
  [/^join\b.{0,40}\b(telegram|whatsapp|channel|newsletter|community)\b/i, 'promotion', 25],
  [/\b(news|stories|updates) delivered to (you|your (inbox|phone))\b/i, 'promotion', 25],
  [/\bwin (rewards|prizes)\b|^spin the wheel\b/i, 'promotion', 15],
  [/\b(sign up|subscribe) to receive\b/i, 'newsletter sign-up', 25],
  [/^[[(]?(web\s+)?editors?\s*[:：][^\])]{0,60}[\])]?$/i, 'editor credit', 10],
  [/^home(\s*[>›»/|]\s*|\s+)\p{L}[\p{L}\s>›»/|-]*$/iu, 'breadcrumb', 4],
  [/^[^>›»]{1,30}(\s[>›»]\s[^>›»]{1,30})+$/, 'breadcrumb', 8],
  [/^(no results?|view all results?|search results?|type (here|and (hit|press) enter).*)$/i, 'search box'],
  [/^((estimated\s+)?(reading|read) time\b.*|\d+\s*(min|mins|minutes?)\s+read)$/i, 'reading time', 6],
  [/\bshare (on|via|to|this)\b/i, 'share buttons', 10],
  [/^(share|tweet|email|print|copy link|link copied|copy|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|pinterest|flipboard|wechat|weibo)([\s|·,/-]+(share|tweet|email|print|copy link|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|pinterest|flipboard|wechat|weibo))*$/i, 'share buttons'],
  [/^([\d.,]+\s*[kmb]?\s*)?(shares?|views?|likes?|reads?)?$/i, 'counter (shares, views or comments)'],
  [/^(a\s*){2,3}$|^(a[-+]\s*){1,3}$/i, 'text-size buttons'],
  [/^(leave a (reply|comment)\b.*|cancel reply|post comment|add a comment|join the (conversation|discussion)|(\d+\s+)?comments?:?|(your )?email address will not be published.*)$/i, 'comment box'],
  [/^(welcome back!?|log ?in to your account.*|forgot(ten)? (your )?password\??|lost your password\??|retrieve your password|reset your password|please enter your (username|email).*|create (an|your) account|remember me)$/i, 'login form'],
  [/^(©|\(c\)\s|copyright\b)|all rights reserved\.?$/i, 'copyright footer', 15],
  [/^(copyright|©)\s*(\(c\)|©)?\s*\d{4}/i, 'copyright footer'],
  [/^(follow us\b.*|connect with us|stay connected|like us on facebook)$/i, 'social media links', 8],
  [/\b(sign up for|subscribe to) (our|the) newsletters?\b/i, 'newsletter sign-up', 25],
  [/^(advertisement|sponsored( content)?|story continues below( advertisement)?|scroll to continue( with content)?)$/i, 'advertisement'],
  [/^(read more|continue reading|read the full (story|article)|load more)\b/i, 'link to more content', 15],
];

/** Why a line on its own is page furniture, or null. */
function boilerplate(s: string): string | null {
  // Counted once, not once per rule: this runs on every line, several times (bench profile).
  let n: number | undefined;
  const count = () => (n ??= words(s));
  if (/\bcookies?\b/i.test(s) && /\b(consent|accept|agree|use[sd]?|using|policy|settings|preferences)\b/i.test(s) && count() <= 60) {
    return 'cookie banner';
  }
  for (const [re, reason, maxWords] of BOILERPLATE) {
    if ((maxWords === undefined || count() <= maxWords) && re.test(s)) return reason;
  }
  return null;
}

type Marker = { kind: 'list' | 'end' | 'widget'; reason: string };

/**
 * A heading that opens a section of other content. `list`: links to other articles, which
 * may sit inside the body; `end`: the article is over; `widget`: a sidebar or footer box,
 * recognised only once the article is over ("Profile" could be a subheading in a body).
 */
function marker(s: string): Marker | null {
  const h = s.replace(/[:：]$/, '');
  // A copyright line or a comment count ends the article however long it runs.
  if (/^(copyright|©)\s*(\(c\)|©)?\s*\d{4}/i.test(h)) return { kind: 'end', reason: 'copyright footer' };
  if (/^\d+\s+(thoughts?|comments?|responses?|replies)\s+(on|to)\b/i.test(h)) return { kind: 'end', reason: 'comment box' };
  if (words(h) > 8) return null;
  if (/^(related|related (posts?|news|articles?|stories|content|coverage|reading|links|topics)|you (might|may) also like|recommended( for you| stories| articles| reading)?|more (from|on|stories|news)\b.*|also read|read also|read next|see also|most (read|popular|viewed|liked|shared|commented)( in 24 hours| today| this week)?|trending( now| stories)?|popular (posts|stories|articles)|latest (news|posts|stories|articles)|top (stories|news)|editor'?s picks|don'?t miss)$/i.test(h)) {
    return { kind: 'list', reason: `links to other articles ("${h}")` };
  }
  if (/^tags?\b/i.test(h) && (h.length <= 4 || /^tags?\s*:/i.test(s))) return { kind: 'end', reason: 'tags' };
  if (/^keywords?$/i.test(h)) return { kind: 'end', reason: 'tags' };
  if (/^\(?end\)?$/i.test(h)) return { kind: 'end', reason: 'end-of-story mark' };
  if (/^(previous|next|prev) (post|article|story)$/i.test(h)) return { kind: 'end', reason: 'links to the previous and next posts' };
  if (/^(leave a (reply|comment)\b.*|(\d+\s+)?comments?|comments \(\d+\))$/i.test(h)) return { kind: 'end', reason: 'comment box' };
  if (/^(recent|latest|top) comments$/i.test(h)) return { kind: 'end', reason: 'recent comments widget' };
  if (/^(about the author|filed under\b.*|categories)$/i.test(h)) return { kind: 'end', reason: 'article footer' };
  if (/^(©|\(c\)\s|copyright\b)/i.test(h)) return { kind: 'end', reason: 'copyright footer' };
  if (/^(follow us\b.*|connect with us|stay connected)$/i.test(h)) return { kind: 'widget', reason: 'social media links' };
  if (/^(youtube|videos?|podcasts?|watch)\b/i.test(h)) return { kind: 'widget', reason: 'video widget' };
  if (/^(welcome back!?|log ?in|sign ?in)$/i.test(h)) return { kind: 'widget', reason: 'login form' };
  if (/^(profile|archives|categories|about|about us|contact|quick links|useful links|newsletter|subscribe)$/i.test(h)) {
    return { kind: 'widget', reason: `sidebar or footer widget ("${h}")` };
  }
  return null;
}

/**
 * The names in a byline: "Authors: Catherine Wong, Minnie Chan, Reuters" → three names;
 * "By the end of the year, …" → null (not names).
 */
export function authorsOf(s: string): string[] | null {
  // A line of parts ("By ZHAO LEI | China Daily | Updated: …"): the part that is a byline.
  if (s.includes('|')) {
    for (const part of s.split('|')) {
      const names = authorsOf(part.trim());
      if (names) return names;
    }
    return null;
  }
  // "Posted on December 12, 2024 by Rebecca Lindqvist": the names after the date.
  const posted = /^(?:posted|published|written)\s+(?:on\s+)?(.+?)\s+by\s+(.+)$/i.exec(s);
  if (posted && parseDateLine(posted[1]!)) return authorsOf(`By ${posted[2]}`);
  // "CK TAN, Nikkei staff writer": a name and a job title.
  const staff = /^(.+?),\s+(?:[\p{Lu}][\p{L}.&'’-]*\s+){0,3}(?:staff\s+writers?|correspondents?|staff\s+reporters?|reporters?|senior\s+writers?)$/iu.exec(s);
  if (staff) return authorsOf(`By ${staff[1]}`);
  const m = /^(?:by|authors?|written by|reported by|reporting by|story by|text by)\s*[:：]?\s+(.+)$/i.exec(s);
  if (!m || words(s) > 15) return null;
  const names = m[1]!.split(/\s*(?:,|;|&|\||\band\b)\s*/).map((x) => x.replace(/[.\s]+$/, '').trim()).filter((x) => x !== '');
  const isName = (x: string) =>
    words(x) <= 4 && !/\d/.test(x) && x.split(' ').every((w) => /^\p{Lu}/u.test(w) || /^(de|van|von|der|da|del|bin|al|le|la)$/.test(w));
  return names.length > 0 && names.every(isName) ? names : null;
}

/** "Source: Lianhe Zaobao" → "Lianhe Zaobao". */
export function sourceOf(s: string): string | null {
  if (s.includes('|')) {
    for (const part of s.split('|')) {
      const source = sourceOf(part.trim());
      if (source) return source;
    }
    return null;
  }
  const m = /^[([]?(?:source|sources|originally published (?:in|by|on)|first published (?:in|by|on))\s*[:：]\s*(.+?)[)\]]?$/i.exec(s);
  if (!m || words(m[1]!) > 10 || /[.!?]$/.test(m[1]!.replace(/\b\p{Lu}\.$/u, ''))) return null;
  return m[1]!.trim();
}

/** "© 2015-2024 China-Arms" or "Copyright 2024 Xinhua. All rights reserved." → the site's name. */
export function siteNameFromCopyright(s: string): string | null {
  // What follows "All rights reserved" is a notice, not the name ("… The BBC is not responsible …").
  const line = s.replace(/(all rights reserved)\.?.*$/i, '$1').replace(/^all content\s+/i, '');
  const m = /^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?:by\s+)?(.+?)[\s.,]*(?:all rights reserved\.?)?$/i.exec(line);
  const name = m?.[1]?.trim();
  return name && words(name) <= 6 ? name : null;
}
