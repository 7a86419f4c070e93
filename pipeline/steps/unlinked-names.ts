import type { Mention, UnlinkedName } from '../../src/schema/dataset.ts';
import { cmp } from '../issues.ts';

/** Titles that introduce a name; dropped from the front of a candidate. */
const TITLES = new Set(
  'Mr Mrs Ms Dr Gen General Lt Lieutenant Maj Major Col Colonel Capt Captain Adm Admiral Rear Vice Sen Senator Rep President Premier Minister Secretary Professor Prof Ambassador Commander Chairman Spokesperson Spokesman Spokeswoman Director Deputy Chief Sergeant Brig Brigadier Senior Defense Defence State Foreign Chinese US American War Speaker Envoy Adviser Advisor Former Acting Retired'.split(' '),
);

/**
 * Capitalised words that are not parts of a person's name in this domain: places,
 * institutions, months, sentence openers. A run containing one is not a candidate.
 */
const NOT_NAMES = new Set(
  `A An The This That These Those It Its In On At By For From Of To With As After Before During Following However Although
  Despite Meanwhile But And Or If When While Since Still Later Instead Hence Thus According Over Under Between Among Both Neither
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October
  November December China Chinese PRC US USA U.S. United States America American Taiwan Beijing Washington Russia Russian Japan
  Japanese Fiji Cambodia Singapore Pakistan Australia Australian Asia Asian Pacific Indo-Pacific South North East West Sea Seas
  Strait Island Islands Ministry Department Departments Military Commission Command Commands Theater Theatre Army Navy Air Force
  Forces Marine Corps Joint Chiefs Staff Office International Cooperation National Security Council Congress House Senate
  Representatives University College Center Centre Institute Studies School Law Political Science Academy Hotel Summit Dialogue
  Conference Meeting Forum Agreement Talks Olympics Games Winter Summer Democracy Party Communist Liberation People People's
  People’s Republic Government Defense Defence Pentagon White Post Times News Daily Media Global Reuters Photo Source Tags
  Related Share Facebook Twitter Home General Politics Wiki Login Privacy Policy Cookie Previous Next Reply Comments
  Our Their His Her Most Number Registration Typhoon Fund Foundation Agency Group Company Corporation Association Program
  Programme Initiative Society Service Services Bureau Administration Fleet Guard Coast Standards Press German French British
  Korea Korean Philippine Philippines Indian Vietnamese Indonesian Malaysian European Hawaii Honolulu Shanghai Qingdao Laos
  California Francisco Kong Hong Link Line Mechanism Channel`
    .split(/\s+/)
    .filter(Boolean),
);

// A capitalised word (hyphenated given names such as "Yong-hyun" included), an initial with
// or without its period ("Charles Q Brown"), or a generational suffix ("Lloyd J. Austin III").
const WORD = /[A-Z][a-z]+(?:-[a-z]+)?(?:['’][a-z]+)?|[A-Z]\.|[A-Z](?= [A-Z][a-z])|(?:III|II|IV)(?![A-Za-z])/y;

/** Words before a place, not a person: "a summit near San Francisco", "talks in Hong Kong". */
const PLACE_BEFORE = /\b(?:in|near|outside|at)\s+(?:the\s+)?$/;

/**
 * Person-like names in the text that match no registry entry, so a new official is noticed
 * rather than lost. A candidate is two or three capitalised words in a row, after any title
 * ("General", "Admiral"), none of them a place, institution or common word, and not inside a
 * recognised mention. Sorted by text; counted across the article.
 *
 *   "… said General Zhang Youxia on Monday"   →  [{ text: 'Zhang Youxia', count: 1 }]
 */
export function findUnlinkedNames(
  paragraphs: readonly string[],
  mentions: readonly Mention[],
  actors: readonly { name: string; aliases: string[]; shortNames: string[] }[],
  /** `knownNames(actors)`, when the caller runs many articles against one registry. */
  known: ReadonlySet<string> = knownNames(actors),
): UnlinkedName[] {
  const counts = new Map<string, number>();
  paragraphs.forEach((text, p) => {
    const taken = mentions.filter((m) => m.paragraph === p);
    for (const run of capitalisedRuns(text)) {
      let words = run.words;
      let start = run.start;
      // Titles, nationalities and possessives in front ("China's Defence Minister Dong Jun"),
      // except a title without a period that would leave one word: "Gen Nakatani" is a name.
      // Nationalities and places count as part of the title only when a title follows them
      // ("South Korean Defense Minister …"): "Pacific Deterrence Review" stays whole, and is no person.
      let cut = -1;
      for (let j = 0; j < words.length; j++) {
        const w = words[j]!.text;
        if (TITLES.has(stripDot(w)) || /['’]s$/.test(w)) cut = j;
        else if (!NOT_NAMES.has(w)) break;
      }
      if (cut >= 0) {
        words = words.slice(cut + 1);
        start = words[0]?.start ?? start;
      }
      // A possessive ends the name: "Jake Sullivan's visit" names Jake Sullivan.
      const last = words[words.length - 1];
      if (last && /['’]s$/.test(last.text)) words = [...words.slice(0, -1), { ...last, text: last.text.slice(0, -2), end: last.end - 2 }];
      if (words.length < 2 || words.length > 4 || (words.length === 4 && !/^(III|II|IV)$/.test(words[3]!.text))) continue;
      if (PLACE_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue;
      if (words.some((w) => NOT_NAMES.has(w.text) || NOT_NAMES.has(stripDot(w.text)))) continue;
      if (words.every((w) => w.text.endsWith('.'))) continue;
      const end = words[words.length - 1]!.end;
      if (taken.some((m) => m.start < end && start < m.end)) continue;
      const name = text.slice(start, end);
      if (known.has(name)) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  });
  return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => cmp(a.text, b.text));
}

/** The registry's full names and aliases: a name among them is not "unlinked". */
export function knownNames(actors: readonly { name: string; aliases: string[] }[]): ReadonlySet<string> {
  return new Set(actors.flatMap((a) => [a.name, ...a.aliases]));
}

type Word = { text: string; start: number; end: number };

/** Maximal runs of capitalised words separated by single spaces. */
function capitalisedRuns(text: string): { words: Word[]; start: number }[] {
  const runs: { words: Word[]; start: number }[] = [];
  let current: Word[] = [];
  let i = 0;
  const flush = () => {
    if (current.length) runs.push({ words: current, start: current[0]!.start });
    current = [];
  };
  while (i < text.length) {
    const before = i === 0 ? ' ' : text[i - 1]!;
    WORD.lastIndex = i;
    // No word starts inside "U.S." either.
    const inside = /[\p{L}\p{N}-]/u.test(before) || (before === '.' && /\p{L}/u.test(text[i - 2] ?? ''));
    const m = inside ? null : WORD.exec(text);
    const after = m ? text[i + m[0].length] : undefined;
    if (m && (after === undefined || !/[\p{L}\p{N}-]/u.test(after))) {
      current.push({ text: m[0], start: i, end: i + m[0].length });
      i += m[0].length;
      if (text[i] === ' ' && /[A-Z]/.test(text[i + 1] ?? '')) {
        i += 1;
        continue;
      }
      flush();
      continue;
    }
    flush();
    i += 1;
  }
  flush();
  return runs;
}

function stripDot(s: string) {
  return s.endsWith('.') ? s.slice(0, -1) : s;
}
