import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleIdFromStem } from '../../pipeline/build-dataset.ts';
import { cleanArticle } from '../../pipeline/steps/clean.ts';
import { locateQuote } from '../../pipeline/steps/verify-quotes.ts';
import {
  BYLINE_NAMES,
  CHANNEL_DEFS,
  EXPERT_INSTITUTIONS,
  EXPERT_LINES,
  FORUMS,
  INCIDENTS,
  NICKNAMES,
  ORGANIZATIONS,
  OUTLETS,
  PLACES,
  PRC_GIVEN_FIRST,
  PRC_GIVEN_SECOND,
  PRC_LOOKALIKE_SECOND,
  PRC_SURNAMES,
  TOPICS,
  TRIGGERS,
  US_FIRST,
  US_LOOKALIKE_FIRST,
  US_SURNAMES,
  type ArticleStyle,
} from './corpus-vocabulary.ts';

// A deterministic generator of a large, realistic Hotline corpus for the benchmark
// (`npm run bench`) and its CI smoke test. Same options, same bytes: one seeded PRNG
// (mulberry32), no Math.random, no clock. It writes, into a scratch folder:
//
//   <out>/seeds/NNNNN_<hex>.txt             raw articles as scraped (page furniture included)
//   <out>/seeds/curation/NNNNN_<hex>.yaml   events with verbatim quotes, corroborations, fixes
//   <out>/seeds/registry/actors.yaml        people and organisations, aliases, misspellings
//   <out>/seeds/registry/channels.yaml      the channels (lanes)
//
// What makes it realistic rather than merely large:
// - articles in five page styles (wire copy, WordPress pages with menus and share bars,
//   headlines with bullet deks, outlet signatures, plain), with stated, page-header and
//   missing dates; some hard-wrapped, some with CRLF, NBSPs or double spaces;
// - paragraphs of news length built from sentence templates, naming people in full first
//   and by surname after; near-identical names (Xu Qiliang / Xu Qiling), aliases (Pat /
//   Patrick Ryder), misspellings (scoped to the articles that make them) and experts the
//   registry does not know;
// - events reported at the time, anticipated, or recalled by later articles; the same event
//   corroborated by several outlets; per-channel status regimes (open, suspended, frozen,
//   proposed) so lanes change status a realistic number of times.
//
// Every evidence quote is checked against the real cleaning step before it is written, so
// the corpus passes the real pipeline; a quote that would not be found is a generator bug
// and stops the run.

export type CorpusOptions = {
  out: string;
  articles: number;
  events: number;
  actors: number;
  channels: number;
  seed: number;
};

export const DEFAULT_CORPUS: CorpusOptions = {
  out: '.bench/corpus',
  articles: 10_000,
  events: 50_000,
  actors: 2_000,
  channels: 40,
  seed: 20_240_601,
};

export type CorpusSummary = {
  articles: number;
  curated: number;
  events: number;
  corroborations: number;
  statusEffects: number;
  actors: number;
  channels: number;
  seedBytes: number;
  curationBytes: number;
  registryBytes: number;
};

/** A marker file: the generator only ever empties a folder it created itself. */
const MARKER = '.hotline-bench-corpus';

// ---------------------------------------------------------------------------------------
// Randomness and days

export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }
  /** mulberry32: small, fast, and good enough for test data. */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }
  hex(n: number): string {
    let s = '';
    while (s.length < n) s += Math.floor(this.next() * 16).toString(16);
    return s;
  }
}

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 ⇄ 'YYYY-MM-DD'. Date is used as a calendar only, never as a clock. */
const dayNum = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / DAY_MS;
const dayStr = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday']; // 1970-01-01 was a Thursday
const parts = (n: number) => {
  const s = dayStr(n);
  return { y: Number(s.slice(0, 4)), m: Number(s.slice(5, 7)), d: Number(s.slice(8, 10)) };
};
const weekday = (n: number) => WEEKDAYS[((n % 7) + 7) % 7]!;
const monthDay = (n: number) => `${MONTHS[parts(n).m - 1]} ${parts(n).d}`;
const longDate = (n: number) => `${monthDay(n)}, ${parts(n).y}`;
const monthYear = (n: number) => `${MONTHS[parts(n).m - 1]} ${parts(n).y}`;
const firstOfMonth = (n: number) => { const p = parts(n); return Date.UTC(p.y, p.m - 1, 1) / DAY_MS; };
const lastOfMonth = (n: number) => { const p = parts(n); return Date.UTC(p.y, p.m, 0) / DAY_MS; };

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const formKey = (s: string) => s.toLowerCase().replace(/’/g, "'");

// ---------------------------------------------------------------------------------------
// The world: actors, organisations, channels

type Side = 'us' | 'prc' | 'other';
type Kind = 'leader' | 'military-officer' | 'civilian-official' | 'diplomat' | 'legislator' | 'spokesperson' | 'scholar';
type Status = 'open' | 'suspended' | 'frozen' | 'proposed';
type EventType = 'meeting' | 'call' | 'video-conference' | 'contact' | 'proposal' | 'planned' | 'refusal' | 'suspension' | 'resumption' | 'statement' | 'incident';

type Org = { id: string; name: string; side: Side; aliases: string[]; acronym: string | undefined };

type Person = {
  index: number;
  id: string;
  name: string;
  surname: string;
  side: Side;
  kind: Kind;
  rank: string;
  title: string;
  org: string | null;
  from: number;
  to: number;
  aliases: string[];
  /** A full-name misspelling some sources make (matched everywhere). */
  misspelt: string | null;
  /** A one-word misspelling of the surname, linked only in the articles that make it. */
  scoped: { text: string; onlyIn: string[] } | null;
  roleArticles: string[];
};

type ChannelModel = {
  id: string;
  name: string;
  shortName: string;
  phrase: string;
  mechanism: string;
  purpose: string;
  usOrgs: string[];
  prcOrgs: string[];
  usPool: Person[];
  prcPool: Person[];
  /** Status regime changes, by day. */
  changes: { day: number; status: Status }[];
  weight: number;
};

const US_RANKS = ['General', 'Admiral', 'Lt. Gen.', 'Vice Adm.', 'Rear Adm.', 'Maj. Gen.', 'Brig. Gen.', 'Col.', 'Capt.'];
const PRC_RANKS = ['General', 'Admiral', 'Lieutenant General', 'Vice Admiral', 'Rear Admiral', 'Major General', 'Senior Colonel', 'Colonel'];

const TITLES: Record<Side, Partial<Record<Kind, [string, string | null][]>>> = {
  us: {
    'leader': [['President of the United States', null], ['Vice President of the United States', null]],
    'military-officer': [
      ['Chairman of the Joint Chiefs of Staff', 'us-jcs'], ['Commander, US Indo-Pacific Command', 'indopacom'],
      ['Commander, US Pacific Fleet', 'pacific-fleet'], ['Commander, US 7th Fleet', 'seventh-fleet'],
      ['Commander, Pacific Air Forces', 'pacaf'], ['Director for Strategy, Plans and Policy, Joint Staff', 'us-jcs'],
      ['Defense attaché in Beijing', 'us-dod'], ['Commander, US Army Pacific', 'usarpac'],
      ['Vice Chairman of the Joint Chiefs of Staff', 'us-jcs'], ['Commander, US Forces Japan', 'usfj'],
    ],
    'civilian-official': [
      ['Secretary of Defense', 'us-dod'], ['Deputy Secretary of Defense', 'us-dod'],
      ['Under Secretary of Defense for Policy', 'osd-policy'],
      ['Assistant Secretary of Defense for Indo-Pacific Security Affairs', 'us-dod'],
      ['Deputy Assistant Secretary of Defense for China', 'us-dod'], ['Senior Director for China', 'us-nsc'],
    ],
    'diplomat': [['Ambassador to China', 'us-state'], ['Secretary of State', 'us-state'], ['Deputy Secretary of State', 'us-state']],
    'legislator': [['Senator', 'senate-armed-services'], ['Representative', 'house-armed-services'], ['Speaker of the House', null]],
    'spokesperson': [['Pentagon spokesperson', 'us-dod'], ['Pentagon press secretary', 'us-dod'], ['Joint Staff spokesperson', 'us-jcs'], ['INDOPACOM spokesperson', 'indopacom']],
    'scholar': [['Senior fellow', null], ['Professor of security studies', null]],
  },
  prc: {
    'leader': [['President of the PRC and Chairman of the Central Military Commission', 'cmc'], ['Premier of the State Council', null]],
    'military-officer': [
      ['Vice-chairman of the Central Military Commission', 'cmc'], ['Chief of the Joint Staff Department', 'cmc-jsd'],
      ['Deputy chief of the Joint Staff Department', 'cmc-jsd'], ['Commander of the PLA Eastern Theater Command', 'pla-eastern-theater'],
      ['Commander of the PLA Southern Theater Command', 'pla-southern-theater'], ['Commander of the PLA Navy', 'plan'],
      ['Director of the Office for International Military Cooperation', 'cmc-oimc'],
      ['Deputy director of the Office for International Military Cooperation', 'cmc-oimc'],
      ['Minister of National Defense', 'prc-mnd'], ['Commander of the PLA Air Force', 'plaaf'],
    ],
    'civilian-official': [['Vice foreign minister', 'prc-mfa'], ['Director-general of North American affairs', 'prc-mfa']],
    'diplomat': [['Ambassador to the United States', 'prc-mfa'], ['Foreign minister', 'prc-mfa']],
    'legislator': [['Member of the National People’s Congress Standing Committee', null]],
    'spokesperson': [['Ministry of National Defense spokesperson', 'prc-mnd'], ['Foreign Ministry spokesperson', 'prc-mfa']],
    'scholar': [['Senior colonel and researcher', 'pla-ams'], ['Professor of international relations', null]],
  },
  other: {
    'leader': [['Prime minister', null]],
    'military-officer': [['Chief of defence force', null]],
    'civilian-official': [['Defence minister', null]],
    'diplomat': [['Foreign minister', null]],
    'legislator': [['Member of parliament', null]],
    'spokesperson': [['Defence ministry spokesperson', null]],
    'scholar': [['Senior fellow', 'iiss']],
  },
};

type World = {
  people: Person[];
  orgs: Org[];
  orgById: Map<string, Org>;
  channels: ChannelModel[];
  spokespeople: Record<'us' | 'prc', Person[]>;
  scholars: Person[];
  experts: string[];
  start: number;
  end: number;
};

function buildWorld(rng: Rng, o: CorpusOptions): World {
  const start = dayNum('2001-01-01');
  const end = dayNum('2025-06-30');
  const forms = new Set<string>();
  const ids = new Set<string>();
  const claim = (all: string[]) => {
    if (all.some((f) => forms.has(formKey(f)))) return false;
    for (const f of all) forms.add(formKey(f));
    return true;
  };
  const uniqueId = (base: string) => {
    let id = base;
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
    ids.add(id);
    return id;
  };

  // Organisations: the real ones first, then numbered units to reach ~8% of the actors.
  const orgCount = Math.max(Math.min(12, o.actors), Math.round(o.actors * 0.08));
  const orgs: Org[] = [];
  // Alternate the sides, so a small corpus still has organisations on both.
  const bySide = (side: Side) => ORGANIZATIONS.filter((x) => x[2] === side);
  const lists = [bySide('us'), bySide('prc'), bySide('other')];
  const interleaved: (typeof ORGANIZATIONS)[number][] = [];
  for (let k = 0; interleaved.length < ORGANIZATIONS.length; k++) for (const l of lists) if (l[k]) interleaved.push(l[k]!);
  for (const [id, name, side, aliases, acronym] of interleaved) {
    if (orgs.length >= orgCount) break;
    claim([name, ...aliases, ...(acronym ? [acronym] : [])]);
    ids.add(id);
    orgs.push({ id, name, side, aliases, acronym });
  }
  for (let k = 0; orgs.length < orgCount; k++) {
    const prc = k % 3 !== 2;
    const name = prc ? `PLA Unit ${61_000 + ((k * 7919) % 38_000)}` : `Carrier Strike Group ${k + 1}`;
    if (!claim([name])) continue;
    orgs.push({ id: uniqueId(slug(name)), name, side: prc ? 'prc' : 'us', aliases: [], acronym: undefined });
  }
  const orgById = new Map(orgs.map((x) => [x.id, x]));

  // People.
  const peopleCount = o.actors - orgs.length;
  const people: Person[] = [];
  const kinds: [Kind, number][] = [
    ['military-officer', 45], ['civilian-official', 18], ['spokesperson', 6], ['diplomat', 8], ['legislator', 6], ['scholar', 14], ['leader', 3],
  ];
  const lookalikes: [Person, Person][] = [];
  const addPerson = (side: Side, kind: Kind, name: string, surname: string, aliases: string[]): Person | null => {
    if (!claim([name, ...aliases])) return null;
    const titles = TITLES[side][kind] ?? [['Official', null]];
    const titleIndex = rng.int(0, titles.length - 1);
    const [title, orgId] = titles[titleIndex]!;
    const span = kind === 'leader' ? rng.int(4, 8) : rng.int(2, 9);
    const from = rng.int(start - 3 * 365, end - 365);
    // The top posts (listed first) go with four-star ranks, the rest with lower ones.
    const ranks = side === 'prc' ? PRC_RANKS : US_RANKS;
    const rank = kind === 'military-officer' ? (titleIndex < 6 ? rng.pick(ranks.slice(0, 2)) : rng.pick(ranks.slice(2))) : '';
    const p: Person = {
      index: people.length,
      id: uniqueId(slug(name)),
      name,
      surname,
      side,
      kind,
      rank,
      title,
      org: orgId && orgById.has(orgId) ? orgId : null,
      from,
      to: from + span * 365,
      aliases,
      misspelt: null,
      scoped: null,
      roleArticles: [],
    };
    people.push(p);
    return p;
  };

  const usName = (first = rng.pick(US_FIRST), surname = rng.pick(US_SURNAMES)) => {
    const middle = rng.chance(0.12) ? ` ${String.fromCharCode(65 + rng.int(0, 25))}.` : '';
    const name = `${first}${middle} ${surname}`;
    const aliases: string[] = [];
    const nick = NICKNAMES[first];
    if (nick && rng.chance(0.5)) aliases.push(`${nick}${middle} ${surname}`);
    if (middle && rng.chance(0.4)) aliases.push(`${name} Jr.`);
    return { name, surname, aliases };
  };
  const prcGiven = () => (rng.chance(0.15) ? rng.pick(PRC_GIVEN_FIRST) : `${rng.pick(PRC_GIVEN_FIRST)}${rng.pick(PRC_GIVEN_SECOND)}`);

  let guard = 0;
  while (people.length < peopleCount && guard++ < peopleCount * 50) {
    const side: Side = rng.weighted([['us', 46], ['prc', 46], ['other', 8]] as const);
    const kind = rng.weighted(kinds);
    if (side === 'prc') {
      const surname = rng.pick(PRC_SURNAMES);
      // Now and then, two officers whose names differ by a letter or two.
      if (rng.chance(0.05) && people.length + 1 < peopleCount) {
        const [a, b] = rng.pick(PRC_LOOKALIKE_SECOND);
        const first = rng.pick(PRC_GIVEN_FIRST);
        const p1 = addPerson('prc', 'military-officer', `${surname} ${first}${a}`, surname, []);
        const p2 = p1 && addPerson('prc', 'military-officer', `${surname} ${first}${b}`, surname, []);
        if (p1 && p2) lookalikes.push([p1, p2]);
        continue;
      }
      addPerson('prc', kind, `${surname} ${prcGiven()}`, surname, []);
    } else {
      if (side === 'us' && rng.chance(0.03) && people.length + 1 < peopleCount) {
        const [a, b] = rng.pick(US_LOOKALIKE_FIRST);
        const surname = rng.pick(US_SURNAMES);
        const p1 = addPerson('us', kind, `${a} ${surname}`, surname, []);
        const p2 = p1 && addPerson('us', kind, `${b} ${surname}`, surname, []);
        if (p1 && p2) lookalikes.push([p1, p2]);
        continue;
      }
      const n = usName();
      addPerson(side, kind, n.name, n.surname, n.aliases);
    }
  }
  if (people.length < peopleCount) throw new Error(`could only make ${people.length} distinct people of ${peopleCount}`);

  // Misspellings: a full-name typo some sources make (6%), and a surname typo that is linked only
  // in the articles that make it (2%; filled in as articles use it).
  for (const p of people) {
    if (rng.chance(0.06)) {
      const typo = misspell(rng, p.name);
      if (typo && !forms.has(formKey(typo))) {
        forms.add(formKey(typo));
        p.misspelt = typo;
      }
    } else if (rng.chance(0.02) && p.surname.length >= 5) {
      const typo = misspell(rng, p.surname);
      if (typo && !forms.has(formKey(typo))) {
        forms.add(formKey(typo));
        p.scoped = { text: typo, onlyIn: [] };
      }
    }
  }

  // Channels, each with the people who act on it.
  const channels: ChannelModel[] = [];
  for (let k = 0; k < o.channels; k++) {
    const def = CHANNEL_DEFS[k] ?? {
      id: `regional-working-group-${k + 1}`,
      name: `Regional working group ${k + 1}`,
      shortName: `RWG ${k + 1}`,
      phrase: `regional working group number ${k + 1}`,
      mechanism: 'Regional working groups',
      purpose: 'discuss regional security at working level',
    };
    const usOrgs = orgs.filter((x) => x.side === 'us');
    const prcOrgs = orgs.filter((x) => x.side === 'prc');
    channels.push({
      ...def,
      usOrgs: [...new Set([rng.pick(usOrgs.slice(0, 8)), rng.pick(usOrgs)].map((x) => x.id))],
      prcOrgs: [...new Set([rng.pick(prcOrgs.slice(0, 8)), rng.pick(prcOrgs)].map((x) => x.id))],
      usPool: [],
      prcPool: [],
      changes: [],
      // A few busy lanes (overall, working level) and a long tail.
      weight: 1 / Math.pow(k + 1, 0.6),
    });
  }
  const actorsOf = (p: Person) => p.kind !== 'spokesperson' && p.kind !== 'scholar' && p.side !== 'other';
  for (const p of people) {
    if (!actorsOf(p)) continue;
    for (let j = rng.int(1, 3); j > 0; j--) {
      const c = rng.pick(channels);
      (p.side === 'us' ? c.usPool : c.prcPool).push(p);
    }
  }
  for (const [a, b] of lookalikes) {
    const c = rng.pick(channels);
    for (const p of [a, b]) if (actorsOf(p)) (p.side === 'us' ? c.usPool : c.prcPool).push(p);
  }
  for (const c of channels) {
    c.usPool.sort((a, b) => a.index - b.index);
    c.prcPool.sort((a, b) => a.index - b.index);
    c.changes = statusRegimes(rng, start + 120, end - 20);
  }

  // Experts quoted by name whom the registry does not know.
  const experts: string[] = [];
  for (let k = 0; experts.length < 120 && k < 2_000; k++) {
    const name = rng.chance(0.5) ? `${rng.pick(PRC_SURNAMES)} ${prcGiven()}` : `${rng.pick(US_FIRST)} ${rng.pick(US_SURNAMES)}`;
    if (!forms.has(formKey(name)) && !experts.includes(name)) experts.push(name);
  }

  return {
    people,
    orgs,
    orgById,
    channels,
    spokespeople: {
      us: people.filter((p) => p.kind === 'spokesperson' && p.side === 'us'),
      prc: people.filter((p) => p.kind === 'spokesperson' && p.side === 'prc'),
    },
    scholars: people.filter((p) => p.kind === 'scholar'),
    experts,
    start,
    end,
  };
}

/** A typo: two inner letters swapped, or one dropped. Null when the word is too short. */
function misspell(rng: Rng, text: string): string | null {
  const words = text.split(' ');
  const w = words.length - 1 - (rng.chance(0.5) && words.length > 1 ? 1 : 0);
  const word = words[w]!;
  if (word.length < 5 || /[^A-Za-z]/.test(word)) return null;
  const i = rng.int(1, word.length - 3);
  const typo = rng.chance(0.6)
    ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
    : word.slice(0, i) + word.slice(i + 1);
  if (typo === word) return null;
  words[w] = typo;
  return words.join(' ');
}

/** How a channel's status moves over the years: a handful of regimes, as in the real sources. */
function statusRegimes(rng: Rng, from: number, to: number): { day: number; status: Status }[] {
  const n = rng.int(6, 16);
  const days = new Set<number>();
  while (days.size < n) days.add(rng.int(from, to));
  const next: Record<Status, [Status, number][]> = {
    open: [['suspended', 3], ['frozen', 4], ['proposed', 1]],
    suspended: [['proposed', 3], ['open', 2], ['frozen', 1]],
    frozen: [['open', 3], ['proposed', 3], ['suspended', 2]],
    proposed: [['open', 5], ['frozen', 2]],
  };
  let status: Status = rng.weighted([['open', 6], ['proposed', 2], ['frozen', 1], ['suspended', 1]] as const);
  return [...days].sort((a, b) => a - b).map((day, k) => {
    if (k > 0) status = rng.weighted(next[status]);
    return { day, status };
  });
}

function statusAt(c: ChannelModel, day: number): Status | 'unknown' {
  let lo = 0;
  let hi = c.changes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c.changes[mid]!.day <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? 'unknown' : c.changes[found]!.status;
}

// ---------------------------------------------------------------------------------------
// Events and the sentences that report them

type GenDate = {
  start: number;
  end: number;
  precision: 'day' | 'range' | 'part-month' | 'month' | 'year';
  basis: 'stated' | 'relative' | 'inferred';
  /** How the reporting article words it: "on Thursday (August 31)". */
  phrase: string;
  note: string;
};

type GenEvent = {
  id: string;
  type: EventType;
  date: GenDate;
  channel: ChannelModel;
  a: Person;
  b: Person;
  orgs: string[];
  summary: string;
  status: { channel: string; status: Status; effective?: number }[];
  evidence: { quote: string; reporting: 'reported' | 'recalled' | 'anticipated'; speakers: string[] }[];
  notes: { field: string; note: string }[];
  draft: boolean;
  place: string;
  topic: string;
};

/** What later articles need to recall or corroborate an event. */
type PastEvent = Pick<GenEvent, 'id' | 'type' | 'channel' | 'a' | 'b' | 'place' | 'topic'> & { start: number; precision: GenDate['precision']; pub: number; famous: boolean };

const TYPE_BY_STATUS: Record<Status | 'unknown', [EventType, number][]> = {
  open: [['meeting', 28], ['call', 18], ['video-conference', 10], ['contact', 14], ['statement', 16], ['planned', 6], ['proposal', 3], ['incident', 3], ['refusal', 2]],
  suspended: [['statement', 38], ['refusal', 18], ['proposal', 16], ['incident', 10], ['contact', 10], ['planned', 4], ['meeting', 4]],
  frozen: [['statement', 34], ['refusal', 24], ['proposal', 18], ['contact', 12], ['incident', 8], ['meeting', 4]],
  proposed: [['planned', 28], ['statement', 24], ['proposal', 18], ['contact', 16], ['meeting', 10], ['call', 4]],
  unknown: [['statement', 36], ['contact', 28], ['meeting', 18], ['call', 12], ['proposal', 6]],
};

const CHANGE_TYPE: Record<Status, (prev: Status | 'unknown', rng: Rng) => EventType> = {
  open: (prev, rng) => (prev === 'suspended' || prev === 'frozen' ? 'resumption' : rng.pick(['meeting', 'call', 'video-conference'] as const)),
  suspended: () => 'suspension',
  frozen: (_p, rng) => rng.pick(['refusal', 'statement'] as const),
  proposed: (_p, rng) => rng.pick(['proposal', 'planned'] as const),
};

const STATUS_WORDS: Record<Status | 'unknown', string> = {
  open: 'open',
  suspended: 'suspended',
  frozen: 'largely frozen',
  proposed: 'under discussion',
  unknown: 'uncertain',
};

/** A date for an event the article reports, and how the article words it. */
function reportedDate(rng: Rng, pub: number): GenDate {
  const r = rng.next();
  if (r < 0.55) {
    const offset = rng.weighted([[0, 1], [1, 4], [2, 4], [3, 3], [4, 2], [5, 2], [6, 1], [9, 1], [14, 1]] as const);
    const day = pub - offset;
    if (offset <= 6) {
      const withDate = rng.chance(0.5);
      const phrase = withDate ? `on ${weekday(day)} (${monthDay(day)})` : `on ${weekday(day)}`;
      return { start: day, end: day, precision: 'day', basis: 'relative', phrase, note: `"${phrase}": the ${weekday(day)} before publication${withDate ? '' : ', counted back from the publication date'}; the year is the article's.` };
    }
    const phrase = `on ${monthDay(day)}`;
    return { start: day, end: day, precision: 'day', basis: 'relative', phrase, note: `"${phrase}"; the year is the article's, ${parts(pub).y}.` };
  }
  if (r < 0.7) {
    const day = pub - rng.int(1, 20);
    const phrase = `on ${longDate(day)}`;
    return { start: day, end: day, precision: 'day', basis: 'stated', phrase, note: `"${phrase}".` };
  }
  if (r < 0.78) {
    const s = pub - rng.int(4, 20);
    const e = s + rng.int(1, 4);
    const phrase = parts(s).m === parts(e).m ? `between ${monthDay(s)} and ${parts(e).d}` : `between ${monthDay(s)} and ${monthDay(e)}`;
    return { start: s, end: e, precision: 'range', basis: 'relative', phrase, note: `"${phrase}"; the year is the article's.` };
  }
  if (r < 0.84) {
    const third = rng.pick(['early', 'mid', 'late'] as const);
    const offset = third === 'early' ? 0 : third === 'mid' ? 10 : 20;
    // Reported, so already begun: this month's third only when it started before publication.
    const month = firstOfMonth(rng.chance(0.5) && firstOfMonth(pub) + offset < pub ? pub : firstOfMonth(pub) - 1);
    const s = month + offset;
    const e = third === 'early' ? month + 9 : third === 'mid' ? month + 19 : lastOfMonth(month);
    const name = MONTHS[parts(month).m - 1]!;
    const phrase = third === 'mid' ? `in mid-${name}` : `in ${third} ${name}`;
    return { start: s, end: e, precision: 'part-month', basis: 'relative', phrase, note: `"${phrase}": the ${third === 'mid' ? 'middle' : third} third of the month.` };
  }
  if (r < 0.97) {
    const last = rng.chance(0.5);
    const month = firstOfMonth(last ? firstOfMonth(pub) - 1 : pub);
    const stated = !last && rng.chance(0.4);
    const phrase = last ? 'last month' : stated ? `in ${monthYear(month)}` : `in ${MONTHS[parts(month).m - 1]}`;
    return { start: month, end: lastOfMonth(month), precision: 'month', basis: stated ? 'stated' : 'relative', phrase, note: `"${phrase}"${stated ? '' : `, counted from the publication date`}.` };
  }
  const y = parts(pub).y - 1;
  const stated = rng.chance(0.5);
  const phrase = stated ? `in ${y}` : 'last year';
  return { start: dayNum(`${y}-01-01`), end: dayNum(`${y}-12-31`), precision: 'year', basis: stated ? 'stated' : 'relative', phrase, note: `"${phrase}".` };
}

/** A date for something planned, after the article. */
function plannedDate(rng: Rng, pub: number): GenDate {
  const r = rng.next();
  if (r < 0.5) {
    const month = firstOfMonth(lastOfMonth(pub) + 1 + rng.int(0, 3) * 30);
    const phrase = `in ${MONTHS[parts(month).m - 1]}`;
    return { start: month, end: lastOfMonth(month), precision: 'month', basis: 'relative', phrase, note: `"${phrase}": the next such month after publication.` };
  }
  if (r < 0.8) {
    const day = pub + rng.int(7, 60);
    const phrase = `on ${monthDay(day)}`;
    return { start: day, end: day, precision: 'day', basis: 'relative', phrase, note: `"${phrase}"; planned, the year is the article's or the next.` };
  }
  const month = firstOfMonth(lastOfMonth(pub) + 1);
  const phrase = `in late ${MONTHS[parts(month).m - 1]}`;
  return { start: month + 20, end: lastOfMonth(month), precision: 'part-month', basis: 'relative', phrase, note: `"${phrase}": the last third of the month.` };
}

/** "in August 2022" or "on March 3, 2019": how a later article dates a past event. */
function recallPhrase(e: PastEvent): string {
  if (e.precision === 'day') return `on ${longDate(e.start)}`;
  if (e.precision === 'year') return `in ${parts(e.start).y}`;
  return `in ${monthYear(e.start)}`;
}

/** One article's way of naming people: in full (with rank or title) first, by surname after. */
class Voice {
  private named = new Set<number>();
  readonly scopedUsed = new Set<Person>();
  constructor(private rng: Rng, private articleId: string) {}

  ref(p: Person): string {
    if (!this.named.has(p.index)) {
      this.named.add(p.index);
      const r = this.rng.next();
      const name = p.misspelt && r < 0.25 ? p.misspelt : p.aliases.length > 0 && r < 0.45 ? this.rng.pick(p.aliases) : p.name;
      if (p.rank) return `${p.rank} ${name}`;
      if (p.kind === 'spokesperson' || p.kind === 'diplomat' || p.kind === 'legislator') return `${p.title} ${name}`;
      return name;
    }
    if (p.scoped && this.rng.chance(0.4)) {
      if (!p.scoped.onlyIn.includes(this.articleId)) p.scoped.onlyIn.push(this.articleId);
      this.scopedUsed.add(p);
      return p.scoped.text;
    }
    return p.surname;
  }

  full(p: Person): string {
    this.named.add(p.index);
    return p.name;
  }
}

type Ctx = { rng: Rng; world: World; voice: Voice; pub: number };

function orgName(ctx: Ctx, id: string): string {
  const org = ctx.world.orgById.get(id)!;
  const forms = [org.name, ...org.aliases, ...(org.acronym ? [org.acronym] : [])];
  return ctx.rng.pick(forms);
}

function spokesperson(ctx: Ctx, side: 'us' | 'prc', day: number): Person | null {
  const pool = ctx.world.spokespeople[side];
  if (pool.length === 0) return null;
  const active = pool.filter((p) => p.from <= day && day <= p.to);
  return ctx.rng.pick(active.length > 0 ? active : pool);
}

function sourceWords(ctx: Ctx): string {
  return ctx.rng.pick(['the Pentagon', 'China’s Ministry of National Defense', 'the US Department of Defense', 'state media', 'a statement from the Joint Chiefs of Staff', 'Xinhua', 'the Chinese Defense Ministry', 'a US defense official']);
}

/** The sentence that reports the event when it happens (or is announced). */
function eventSentence(ctx: Ctx, e: GenEvent, variant: number): string {
  const { rng, voice } = ctx;
  const A = voice.ref(e.a);
  const B = voice.ref(e.b);
  const when = e.date.phrase;
  const where = rng.chance(0.5) ? ` in ${e.place}` : rng.chance(0.5) ? ` on the sidelines of the ${rng.pick(FORUMS)} in ${e.place}` : '';
  const ch = e.channel.phrase;
  const v = variant % 3;
  switch (e.type) {
    case 'meeting':
      return [
        `${A} met ${B}${where} ${when}, the first face-to-face talks between the two since ${monthYear(e.date.start - rng.int(90, 700))}.`,
        `${A} and ${B} held talks${where} ${when} on ${e.topic}, according to ${sourceWords(ctx)}.`,
        `${cap(when)}, ${A} sat down with ${B}${where} for a meeting under the ${ch}.`,
      ][v]!;
    case 'call':
      return [
        `${A} spoke by telephone with ${B} ${when}, ${sourceWords(ctx)} said in a statement.`,
        `${A} held a phone call with ${B} ${when} to discuss ${e.topic} and the state of the ${ch}.`,
        `In a call ${when}, ${A} told ${B} that the two militaries needed to keep the ${ch} working.`,
      ][v]!;
    case 'video-conference':
      return [
        `${A} and ${B} held a video conference ${when}, discussing ${e.topic} through the ${ch}.`,
        `${A} held a video teleconference with ${B} ${when}, the first such talks in more than a year.`,
        `Officials led by ${A} and ${B} met by video link ${when} to review ${e.topic}.`,
      ][v]!;
    case 'contact':
      return [
        `Officials of the ${orgName(ctx, e.orgs[0]!)} and the ${orgName(ctx, e.orgs[1] ?? e.orgs[0]!)} were in contact through the ${ch} ${when}, a source familiar with the matter said.`,
        `${A} and ${B} exchanged messages ${when} about ${e.topic}, according to people familiar with the matter.`,
        `The two sides kept in touch through the ${ch} ${when}, ${sourceWords(ctx)} said.`,
      ][v]!;
    case 'proposal':
      return [
        `${A} proposed ${when} that the two sides revive the ${ch}, ${sourceWords(ctx)} said.`,
        `${cap(when)}, ${A} offered ${B} a new round of the ${ch} focused on ${e.topic}.`,
        `Washington proposed ${when} to restart the ${ch}, a move ${B} said Beijing would study.`,
      ][v]!;
    case 'planned':
      return [
        `The two sides agreed to hold the next round of the ${ch} ${when}, ${A} said.`,
        `${A} and ${B} are expected to meet ${when} under the ${ch}, according to ${sourceWords(ctx)}.`,
        `A new session of the ${ch} on ${e.topic} is planned for ${when.replace(/^(in|on) /, '')}, ${A} told reporters.`,
      ][v]!;
    case 'refusal':
      return [
        `Beijing declined a request from ${A} to meet ${B}${where} ${when}, ${sourceWords(ctx)} said.`,
        `${B} turned down an invitation ${when} to talk with ${A} through the ${ch}.`,
        `China rejected ${when} a US proposal for ${A} to hold talks with ${B}, citing US actions over ${e.topic}.`,
      ][v]!;
    case 'suspension':
      return [
        `China announced ${when} that it would suspend the ${ch} with the United States in response to ${rng.pick(TRIGGERS)}.`,
        `Beijing halted the ${ch} ${when}, one of several measures announced after ${rng.pick(TRIGGERS)}.`,
        `${cap(when)}, the Chinese side said the ${ch} would be cancelled until further notice.`,
      ][v]!;
    case 'resumption':
      return [
        `The two militaries agreed ${when} to resume the ${ch}, which had been frozen since ${monthYear(e.date.start - rng.int(120, 900))}.`,
        `${A} and ${B} restored the ${ch} ${when}, ending a long pause in contact.`,
        `${cap(when)}, the ${ch} resumed with a session attended by ${A} and ${B}.`,
      ][v]!;
    case 'statement': {
      const status = statusAt(e.channel, e.date.start);
      return [
        `${A} said ${when} that the ${ch} remained ${STATUS_WORDS[status]}, adding that the two sides were in touch on ${e.topic}.`,
        `${cap(when)}, ${B} told reporters that the ${ch} was ${STATUS_WORDS[status]} and that the United States bore responsibility.`,
        `${A} described the ${ch} as ${STATUS_WORDS[status]} in remarks ${when} on ${e.topic}.`,
      ][v]!;
    }
    case 'incident':
      return [
        `${rng.pick(INCIDENTS)} ${when} further strained the ${ch}.`,
        `${A} protested ${when} over ${lowerFirst(rng.pick(INCIDENTS))}.`,
        `${rng.pick(INCIDENTS)} ${when} prompted ${B} to warn the United States over ${e.topic}.`,
      ][v]!;
  }
}

/** How a later article recalls the event. */
function recallSentence(ctx: Ctx, e: PastEvent): string {
  const { rng, voice } = ctx;
  const when = recallPhrase(e);
  const A = voice.ref(e.a);
  const B = voice.ref(e.b);
  const ch = e.channel.phrase;
  switch (e.type) {
    case 'suspension':
      return `${cap(when)}, Beijing suspended the ${ch}, a decision it has tied to US conduct ever since.`;
    case 'resumption':
      return `The ${ch} resumed ${when}, when ${A} and ${B} agreed to restore contact after a long break.`;
    case 'refusal':
      return `${cap(when)}, Beijing turned down a request by ${A} for talks with ${B}, according to earlier reports.`;
    case 'meeting':
    case 'video-conference':
    case 'call':
      return `The last such talks took place ${when}, when ${A} and ${B} ${e.type === 'call' ? 'spoke by phone' : e.type === 'meeting' ? `met in ${e.place}` : 'spoke by video link'}.`;
    case 'planned':
    case 'proposal':
      return `${cap(when)}, the two sides discussed a new round of the ${ch}, but ${rng.pick(['it has not been held', 'no date was announced', 'talks stalled soon after'])}.`;
    default:
      return `${cap(when)}, ${A} and ${B} ${rng.pick(['clashed over', 'exchanged views on', 'traded accusations over'])} ${e.topic}, ${rng.pick(['a moment analysts still cite', 'according to earlier reports', 'as both sides later confirmed'])}.`;
  }
}

/** Sentences that surround the events: context, background, quotes from experts. */
function fillerSentence(ctx: Ctx, c: ChannelModel): string {
  const { rng, world, voice } = ctx;
  const pool = rng.chance(0.5) ? c.usPool : c.prcPool;
  const someone = pool.length > 0 ? rng.pick(pool) : rng.pick(world.people);
  switch (rng.int(0, 13)) {
    case 0:
      return `Analysts said ${rng.pick(TOPICS)} was likely to dominate the agenda of any further talks.`;
    case 1: {
      const expert = rng.pick(world.experts);
      return `“${rng.pick(EXPERT_LINES)},” said ${expert}, a researcher at ${rng.pick(EXPERT_INSTITUTIONS)}.`;
    }
    case 2:
      return `The ${orgName(ctx, rng.pick(rng.chance(0.5) ? c.usOrgs : c.prcOrgs))} did not immediately respond to a request for comment.`;
    case 3:
      return `The ${c.phrase} was set up to ${c.purpose}, but it has often been hostage to the wider relationship.`;
    case 4:
      return `Relations between the two militaries have been strained since ${monthYear(ctx.pub - rng.int(60, 1500))}, after ${rng.pick(TRIGGERS)}.`;
    case 5:
      return `${voice.ref(someone)}, who took up the post of ${lowerFirst(someone.title)} in ${parts(someone.from).y}, has called for more regular contact on ${rng.pick(TOPICS)}.`;
    case 6:
      return `Tensions have risen in recent months over ${rng.pick(TOPICS)}, with each side accusing the other of risky behaviour.`;
    case 7:
    {
      const [t1, t2, t3] = distinct(rng, TOPICS, 3);
      return `According to ${sourceWords(ctx)}, the discussions covered ${t1}, ${t2} and ${t3}.`;
    }
    case 8:
      return `The ${rng.pick(FORUMS)} in ${rng.pick(PLACES)} drew defense officials from more than ${rng.int(20, 45)} countries this year.`;
    case 9:
      return `The United States has recorded more than ${rng.int(5, 30) * 10} risky intercepts of its aircraft by Chinese jets since ${parts(ctx.pub).y - rng.int(1, 4)}, the Pentagon said in its annual report.`;
    case 10: {
      const s = world.scholars.length > 0 ? rng.pick(world.scholars) : someone;
      return `${voice.ref(s)} said the two sides “need to find ways to talk even when they disagree” on ${rng.pick(TOPICS)}.`;
    }
    case 11:
      return `Both militaries operate ships and aircraft in close proximity in the ${rng.pick(['South China Sea', 'East China Sea', 'Taiwan Strait', 'Yellow Sea'])}, which raises the risk of an accident.`;
    case 12:
      return `Officials on both sides have said that channels such as the ${c.phrase} matter most when relations are at their worst.`;
    default:
      return `The ${orgName(ctx, 'us-dod')} said it would continue to operate wherever international law allows, a position ${voice.ref(rng.pick(c.prcPool.length > 0 ? c.prcPool : world.people))} has criticised.`;
  }
}

function distinct<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const out: T[] = [];
  while (out.length < Math.min(n, items.length)) {
    const x = rng.pick(items);
    if (!out.includes(x)) out.push(x);
  }
  return out;
}

function spokesLine(ctx: Ctx, s: Person, e: GenEvent): string {
  const { rng, voice } = ctx;
  const lines = [
    `“We will always keep the communication channels open, especially when both militaries are active in the same region,” ${voice.ref(s)} said.`,
    `“Dialogue is not a favour to either side; it is a responsibility,” ${voice.ref(s)} told reporters.`,
    `${voice.ref(s)} said the talks on ${e.topic} were “candid, constructive and in-depth”.`,
    `“The door to communication has never been closed, but the other side must show sincerity,” ${voice.ref(s)} said.`,
  ];
  return rng.pick(lines);
}

function headlineFor(ctx: Ctx, e: GenEvent): string {
  const { rng } = ctx;
  const sur = (p: Person) => p.surname;
  const topic = e.topic.replace(/^the /, '');
  switch (e.type) {
    case 'meeting':
      return rng.pick([`${sur(e.a)} meets ${sur(e.b)} in ${e.place} in rare military talks`, `US and Chinese officers hold talks on ${topic}`]);
    case 'call':
      return `${sur(e.a)} and ${sur(e.b)} speak by phone amid tensions over ${topic}`;
    case 'video-conference':
      return `US, China hold video talks on ${topic} as ties thaw`;
    case 'suspension':
      return `China suspends ${e.channel.shortName} talks with the US after new tensions`;
    case 'resumption':
      return `US and China resume ${e.channel.phrase} after long pause`;
    case 'refusal':
      return `Beijing turns down US request for ${e.channel.shortName} talks`;
    case 'proposal':
      return `US proposes reviving the ${e.channel.phrase}`;
    case 'planned':
      return `US and China to hold ${e.channel.shortName} talks in coming weeks`;
    case 'incident':
      return `Incident at sea strains military ties over ${topic}`;
    case 'contact':
      return `US, Chinese militaries keep in touch on ${topic}`;
    default:
      return rng.pick([`Military channels with China remain ${STATUS_WORDS[statusAt(e.channel, e.date.start)]}, officials say`, `China says ${e.channel.shortName} contacts depend on US conduct`]);
  }
}

// ---------------------------------------------------------------------------------------
// Articles

type ArticlePlan = {
  index: number;
  stem: string;
  id: string;
  pub: number;
  curated: boolean;
  outlet: (typeof OUTLETS)[number];
  forced: { channel: ChannelModel; status: Status; prev: Status | 'unknown' }[];
  events: number;
};

function planArticles(rng: Rng, world: World, o: CorpusOptions): ArticlePlan[] {
  const pubs: number[] = [];
  const span = world.end - world.start;
  // More coverage in recent years, as in any news archive.
  for (let i = 0; i < o.articles; i++) pubs.push(world.start + Math.floor(Math.pow(rng.next(), 0.75) * span));
  pubs.sort((a, b) => a - b);
  const outletWeights = OUTLETS.map((x) => [x, x.weight] as const);
  const plans: ArticlePlan[] = pubs.map((pub, index) => {
    const stem = `${String(index).padStart(5, '0')}_${rng.hex(16)}`;
    return { index, stem, id: articleIdFromStem(stem), pub, curated: rng.chance(0.95), outlet: rng.weighted(outletWeights), forced: [], events: 0 };
  });
  const curated = plans.filter((p) => p.curated);
  if (curated.length === 0) return plans;

  // Each status change is reported by the first curated article published on or after it.
  let forced = 0;
  for (const c of world.channels) {
    let prev: Status | 'unknown' = 'unknown';
    const kept: { day: number; status: Status }[] = [];
    for (const change of c.changes) {
      const at = firstAtOrAfter(curated, change.day);
      if (!at || forced >= o.events) continue;
      at.forced.push({ channel: c, status: change.status, prev });
      forced++;
      kept.push({ day: at.pub, status: change.status });
      prev = change.status;
    }
    // The regime now changes on the reporting day, so later events see the right status.
    c.changes = kept;
  }
  for (const p of curated) p.events = p.forced.length;
  for (let k = forced; k < o.events; k++) rng.pick(curated).events++;
  return plans;
}

function firstAtOrAfter(plans: ArticlePlan[], day: number): ArticlePlan | undefined {
  let lo = 0;
  let hi = plans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (plans[mid]!.pub < day) lo = mid + 1;
    else hi = mid;
  }
  return plans[lo];
}

type Written = { text: string; curation: string | null; events: GenEvent[]; corroborations: number; effects: number };

function pickPerson(rng: Rng, pool: Person[], fallback: Person[], day: number): Person {
  const active = pool.filter((p) => p.from <= day && day <= p.to);
  if (active.length > 0) return rng.pick(active);
  if (pool.length > 0) return rng.pick(pool);
  return rng.pick(fallback);
}

function makeEvent(ctx: Ctx, plan: ArticlePlan, slot: ArticlePlan['forced'][number] | null, ids: Set<string>, lead: ChannelModel | undefined): GenEvent {
  const { rng, world } = ctx;
  // Stories stay on a subject: often the same channel as the article's first event.
  const channel = slot?.channel ?? (lead && rng.chance(0.4) ? lead : rng.weighted(world.channels.map((c) => [c, c.weight] as const)));
  const status = slot ? slot.prev : statusAt(channel, plan.pub);
  const type: EventType = slot ? CHANGE_TYPE[slot.status](slot.prev, rng) : rng.weighted(TYPE_BY_STATUS[status]);
  const future = type === 'planned';
  let date = future ? plannedDate(rng, plan.pub) : reportedDate(rng, plan.pub);
  // A status change is dated to the day: the lane changes where the article says it did.
  if (slot && !future && date.precision !== 'day') date = { start: plan.pub - 1, end: plan.pub - 1, precision: 'day', basis: 'relative', phrase: `on ${weekday(plan.pub - 1)}`, note: `"on ${weekday(plan.pub - 1)}": the day before publication.` };
  const usFallback = world.people.filter((p) => p.side === 'us');
  const prcFallback = world.people.filter((p) => p.side === 'prc');
  const a = pickPerson(rng, channel.usPool, usFallback.length > 0 ? usFallback : world.people, date.start);
  const b = pickPerson(rng, channel.prcPool, prcFallback.length > 0 ? prcFallback : world.people, date.start);
  let id = `evt-${dayStr(date.start)}-${channel.id}-${type}`;
  for (let k = 2; ids.has(id); k++) id = `evt-${dayStr(date.start)}-${channel.id}-${type}-${k}`;
  ids.add(id);

  const statusEffects: GenEvent['status'] = [];
  if (slot) statusEffects.push(future ? { channel: channel.id, status: slot.status, effective: plan.pub } : { channel: channel.id, status: slot.status });
  else if (status !== 'unknown' && rng.chance(0.04)) statusEffects.push({ channel: channel.id, status });
  const topic = rng.pick(TOPICS);
  const verb: Record<EventType, string> = {
    'meeting': 'meet to discuss', 'call': 'speak by phone about', 'video-conference': 'hold a video conference on',
    'contact': 'exchange messages about', 'proposal': 'discuss a US proposal on', 'planned': 'plan talks on',
    'refusal': 'fail to meet over', 'suspension': 'see talks suspended over', 'resumption': 'resume talks on',
    'statement': 'trade statements on', 'incident': 'are drawn into an incident over',
  };
  return {
    id,
    type,
    date,
    channel,
    a,
    b,
    orgs: [...channel.usOrgs.slice(0, 1), ...channel.prcOrgs.slice(0, 1)],
    summary: `${a.name} and ${b.name} ${verb[type]} ${topic} (${channel.shortName}).`,
    status: statusEffects,
    evidence: [],
    notes: rng.chance(0.05) ? [{ field: 'date', note: `The article gives only "${date.phrase}"; the date is worked out from the publication date.` }] : [],
    draft: rng.chance(0.02),
    place: rng.pick(PLACES),
    topic,
  };
}

function writeArticle(rng: Rng, world: World, plan: ArticlePlan, history: PastEvent[], ids: Set<string>): Written {
  const voice = new Voice(rng, plan.id);
  const ctx: Ctx = { rng, world, voice, pub: plan.pub };

  // The events this article defines: first the status changes it reports, then the rest.
  const slots: (ArticlePlan['forced'][number] | null)[] = [...plan.forced];
  const count = plan.curated ? plan.events : rng.int(1, 6);
  while (slots.length < count) slots.push(null);
  const events: GenEvent[] = [];
  for (const slot of slots) events.push(makeEvent(ctx, plan, slot, ids, events[0]?.channel));

  type Para = { sentences: string[] };
  const paragraphs: Para[] = [];
  for (const e of events) {
    const sentence = eventSentence(ctx, e, rng.int(0, 2));
    const para: Para = { sentences: [sentence] };
    const reporting = e.type === 'planned' ? 'anticipated' : 'reported';
    // Mostly the whole sentence; sometimes the sentence and the next, sometimes its first clause.
    let quote = sentence;
    const comma = sentence.indexOf(', ');
    if (rng.chance(0.1) && comma > 40) quote = sentence.slice(0, comma);
    e.evidence.push({ quote, reporting, speakers: [] });
    if (rng.chance(0.35)) {
      const s = spokesperson(ctx, rng.chance(0.5) ? 'us' : 'prc', e.date.start);
      if (s) {
        const line = spokesLine(ctx, s, e);
        para.sentences.push(line);
        e.evidence.push({ quote: line, reporting, speakers: [s.id] });
      }
    }
    for (let k = rng.int(1, 3); k > 0; k--) para.sentences.push(fillerSentence(ctx, e.channel));
    paragraphs.push(para);
  }

  // Other outlets' reports of recent events, and recollections of older ones.
  const corroborations: { event: string; quote: string; reporting: 'reported' | 'recalled' }[] = [];
  if (plan.curated && history.length > 0) {
    const recent: PastEvent[] = [];
    for (let k = history.length - 1; k >= 0 && recent.length < 40; k--) {
      const h = history[k]!;
      if (h.pub < plan.pub - 7) break;
      if (h.type !== 'planned') recent.push(h);
    }
    if (recent.length > 0 && rng.chance(0.3)) {
      const past = rng.pick(recent);
      const e = pastAsEvent(past, ctx);
      const sentence = eventSentence(ctx, e, rng.int(0, 2));
      paragraphs.push({ sentences: [sentence, fillerSentence(ctx, past.channel)] });
      corroborations.push({ event: past.id, quote: sentence, reporting: 'reported' });
    }
    const recalls = rng.weighted([[0, 5], [1, 4], [2, 2]] as const);
    for (let k = 0; k < recalls; k++) {
      // Famous events (status changes) are recalled far more often than routine ones.
      const older = history.length - 1 - Math.floor(Math.pow(rng.next(), 0.5) * Math.min(history.length, 3_000));
      let past = history[Math.max(0, older)]!;
      if (!past.famous && rng.chance(0.6)) {
        for (let j = Math.max(0, older); j >= 0 && j > older - 400; j--) if (history[j]!.famous) { past = history[j]!; break; }
      }
      if (past.pub > plan.pub - 30 || corroborations.some((c) => c.event === past.id)) continue;
      const sentence = recallSentence(ctx, past);
      paragraphs.push({ sentences: [sentence, fillerSentence(ctx, past.channel)] });
      corroborations.push({ event: past.id, quote: sentence, reporting: 'recalled' });
    }
  }
  // Background.
  const lead = events[0]?.channel ?? rng.pick(world.channels);
  for (let k = rng.int(1, 3); k > 0; k--) {
    paragraphs.push({ sentences: [fillerSentence(ctx, lead), fillerSentence(ctx, rng.pick(world.channels)), ...(rng.chance(0.5) ? [fillerSentence(ctx, lead)] : [])] });
  }
  // Keep the lead first; shuffle the rest a little, as real stories wander.
  for (let k = paragraphs.length - 1; k > 1; k--) {
    if (!rng.chance(0.3)) continue;
    const j = rng.int(1, k);
    [paragraphs[k], paragraphs[j]] = [paragraphs[j]!, paragraphs[k]!];
  }

  const headline = events[0] ? headlineFor(ctx, events[0]) : `Military contacts with China under review, officials say`;
  const body = paragraphs.map((p) => p.sentences.join(' '));
  const { text, datelineStated } = renderPage(rng, world, plan, headline, body);

  // Verify every quote against the real cleaning step: the corpus must pass the pipeline.
  const cleaned = cleanArticle(text, plan.stem);
  if (cleaned.issues.length > 0) throw new GeneratorBug(`${plan.stem} does not clean: ${cleaned.issues.map((i) => i.message).join('; ')}`, text);
  const check = (quote: string) => {
    const found = locateQuote(cleaned.value.paragraphs, cleaned.value.blocks, quote);
    if ('problem' in found) throw new GeneratorBug(`in ${plan.stem}, quote ${found.problem}: "${quote}"`, text);
  };
  for (const e of events) for (const ev of e.evidence) check(ev.quote);
  for (const c of corroborations) check(c.quote);

  for (const e of plan.curated ? events : []) {
    history.push({ id: e.id, type: e.type, channel: e.channel, a: e.a, b: e.b, place: e.place, topic: e.topic, start: e.date.start, precision: e.date.precision, pub: plan.pub, famous: e.status.length > 0 && e.type !== 'statement' });
    for (const p of [e.a, e.b]) if (rng.chance(0.01) && p.roleArticles.length < 3 && plan.curated) p.roleArticles.push(plan.id);
  }
  const curation = plan.curated ? curationYaml(rng, plan, events, corroborations, datelineStated) : null;
  return { text, curation, events: plan.curated ? events : [], corroborations: corroborations.length, effects: events.reduce((n, e) => n + e.status.length, 0) };
}

/** A corpus that would fail the pipeline: a bug in this generator, reported with the page it made. */
class GeneratorBug extends Error {
  constructor(message: string, readonly page: string) {
    super(`corpus generator bug: ${message}`);
  }
}

/** A past event seen again by another outlet at the time: same facts, new words. */
function pastAsEvent(p: PastEvent, ctx: Ctx): GenEvent {
  const date: GenDate = p.precision === 'day'
    ? { start: p.start, end: p.start, precision: 'day', basis: 'stated', phrase: `on ${longDate(p.start)}`, note: '' }
    : { start: p.start, end: p.start, precision: 'month', basis: 'stated', phrase: `in ${monthYear(p.start)}`, note: '' };
  return { id: p.id, type: p.type, date, channel: p.channel, a: p.a, b: p.b, orgs: [...p.channel.usOrgs.slice(0, 1), ...p.channel.prcOrgs.slice(0, 1)], summary: '', status: [], evidence: [], notes: [], draft: false, place: ctx.rng.pick(PLACES), topic: p.topic };
}

/** The scraped page around the story, in the outlet's style. */
function renderPage(rng: Rng, world: World, plan: ArticlePlan, headline: string, body: string[]): { text: string; datelineStated: boolean } {
  const style: ArticleStyle = plan.outlet.style;
  const lines: string[] = [];
  const blank = () => lines.push('');
  const pub = plan.pub;
  const dateline = () =>
    rng.pick([
      longDate(pub),
      `${weekday(pub)}, ${longDate(pub)}`,
      `Published: ${parts(pub).d} ${SHORT_MONTHS[parts(pub).m - 1]} ${parts(pub).y} ${String(rng.int(6, 22)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])} GMT`,
      `${dayStr(pub)}T${String(rng.int(0, 23)).padStart(2, '0')}:00:00Z`,
    ]);
  const byline = () => {
    const names = [rng.pick(BYLINE_NAMES), ...(rng.chance(0.3) ? [rng.pick(BYLINE_NAMES)] : [])];
    return names.length > 1 && names[0] !== names[1] ? `By ${names[0]} and ${names[1]}` : `By ${names[0]}`;
  };
  const otherHeadlines = () => [1, 2, 3].map(() => `${rng.pick(['PLA Navy', 'US Air Force', 'Taiwan', 'Pentagon', 'Beijing', 'Japan'])} ${rng.pick(['tests new', 'reports on', 'warns over', 'unveils'])} ${rng.pick(['drone carrier', 'missile defense plan', 'exercise schedule', 'budget request', 'patrol routes'])} in ${rng.pick(PLACES)}`);
  let stated = true;
  let paragraphsOut = body.map((p) => noise(rng, p));
  const hardWrap = style === 'wire' && rng.chance(0.25);
  if (hardWrap) paragraphsOut = paragraphsOut.map(wrap);
  const gap = style === 'wordpress' || rng.chance(0.6);

  switch (style) {
    case 'wordpress': {
      const site = plan.outlet.site ?? plan.outlet.name;
      // The page header carries the day the page was saved, not the publication date.
      const saved = pub + rng.int(30, 900);
      lines.push('  • Home', '  • About', '  • Privacy Policy', `${weekday(saved)}, ${longDate(saved)}`, '  • Login', site.toUpperCase());
      for (const item of ['Home', 'General', 'Army', 'Navy', 'Air Force', 'Global', 'Politics']) lines.push(`  • ${item}`);
      lines.push('No Result', 'View All Result', site, 'Home General', '', headline, '', longDate(pub), 'in General', `Reading Time: ${rng.int(2, 6)} mins read`, 'A A', '0', String(rng.int(10, 900)), 'SHARES', `${rng.int(1, 9)}.${rng.int(0, 9)}k`, 'VIEWS', 'Share on FacebookShare on Twitter', '');
      paragraphsOut.forEach((p, k) => {
        lines.push(p, '');
        if (k === 1 && paragraphsOut.length > 4 && rng.chance(0.5)) lines.push('You Might Also Like', '', ...otherHeadlines().flatMap((h) => [h, '']));
      });
      lines.push(`Tags: ${rng.pick(['China', 'PLA', 'US Navy'])}, ${rng.pick(['Pentagon', 'Taiwan', 'South China Sea'])}`, 'Leave a Reply', 'Your email address will not be published. Required fields are marked *', `© ${Math.min(2008, parts(pub).y)}-${parts(pub).y + 1} ${site}`);
      break;
    }
    case 'wire': {
      lines.push(headline, byline(), dateline());
      if (rng.chance(0.2)) lines.push(`Updated: ${longDate(pub + 1)}`);
      blank();
      for (const p of paragraphsOut) lines.push(p, ...(gap ? [''] : []));
      if (rng.chance(0.3)) lines.push(`Source: ${rng.pick(['Reuters', 'Associated Press', 'Lianhe Zaobao', 'Xinhua'])}`);
      break;
    }
    case 'deks': {
      stated = false;
      lines.push(headline, '');
      lines.push(`  • ${cap(rng.pick(TOPICS))} expected to top the agenda as both sides weigh the next step`, `  • Officials say contacts have ${rng.pick(['improved', 'stalled', 'resumed at a lower level'])} since ${rng.pick(['the summit', 'the spring', 'the last round'])}`, '');
      for (const p of paragraphsOut) lines.push(p, ...(gap ? [''] : []));
      if (rng.chance(0.5)) lines.push('Related', ...otherHeadlines());
      break;
    }
    case 'signature': {
      lines.push(headline, '');
      if (rng.chance(0.4)) lines.push(`▲Photo: ${rng.pick(['VCG', 'Xinhua', 'AFP', 'CFP'])}`, '');
      stated = rng.chance(0.4);
      if (stated) lines.push(dateline(), '');
      for (const p of paragraphsOut) lines.push(p, ...(gap ? [''] : []));
      lines.push(plan.outlet.name);
      break;
    }
    default: {
      stated = rng.chance(0.8);
      // A scraped preview: the headline and lead saved twice, above the page.
      if (!stated && rng.chance(0.2)) lines.push(headline, paragraphsOut[0]!, '');
      lines.push(headline);
      if (stated) lines.push(dateline());
      if (stated && rng.chance(0.4)) lines.push(byline());
      blank();
      for (const p of paragraphsOut) lines.push(p, ...(gap ? [''] : []));
      if (rng.chance(0.3)) lines.push('Related', ...otherHeadlines());
      if (rng.chance(0.3)) lines.push(`Copyright ${parts(pub).y} ${plan.outlet.name}. All rights reserved.`);
    }
  }
  const eol = rng.chance(0.05) ? '\r\n' : '\n';
  return { text: lines.join(eol) + eol, datelineStated: stated };
}

/** Scraping noise the cleaner must absorb: a stray NBSP, a double space, trailing blanks. */
function noise(rng: Rng, p: string): string {
  const r = rng.next();
  const i = p.indexOf(' ', rng.int(10, Math.max(10, p.length - 10)));
  if (i < 0) return p;
  if (r < 0.05) return `${p.slice(0, i)}\u00a0${p.slice(i + 1)}`;
  if (r < 0.08) return `${p.slice(0, i)}  ${p.slice(i + 1)}`;
  if (r < 0.12) return `${p}   `;
  return p;
}

/** Hard-wraps a paragraph the way the cleaner can join back: only before a lower-case word. */
function wrap(p: string): string {
  const words = p.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line.length >= 60 && /^[a-z]/.test(w) && !/[.!?:;"”’)\]…,]$/.test(line.trimEnd())) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  lines.push(line);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------
// YAML

const q = (s: string) => JSON.stringify(s);

/** A folded block for long prose, as analysts write it; a quoted string otherwise. */
function text(s: string, indent: string): string {
  if (s.length < 70 || /^\s|\s$|\s\s|[\n\t]/.test(s)) return q(s);
  const lines: string[] = [];
  let line = '';
  for (const w of s.split(' ')) {
    if (line && line.length + w.length + 1 > 90) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  lines.push(line);
  return `>-\n${lines.map((l) => indent + l).join('\n')}`;
}

function curationYaml(
  rng: Rng,
  plan: ArticlePlan,
  events: GenEvent[],
  corroborations: { event: string; quote: string; reporting: string }[],
  stated: boolean,
): string {
  const out: string[] = [`# ${plan.stem}: generated for the benchmark (test/bench/generate-corpus.ts).`];
  const fixes: string[] = [];
  if (!stated && rng.chance(0.6)) {
    fixes.push('  published:', `    date: ${dayStr(plan.pub)}`, '    precision: day', '    basis: inferred', `    note: ${q(`No date printed; the events it reports "${events[0]?.date.phrase ?? 'recently'}" and the outlet's archive place it on ${longDate(plan.pub)}.`)}`);
  }
  if (plan.outlet.style === 'plain' && rng.chance(0.3)) {
    fixes.push('  outlet:', `    value: ${q(plan.outlet.name)}`, '    method: inferred', `    note: ${q('The page carries no outlet name; the URL it was saved from is the outlet’s site.')}`);
  }
  if (fixes.length > 0) out.push('article:', ...fixes);
  out.push(events.length > 0 ? 'events:' : 'events: []');
  for (const e of events) {
    out.push(
      `  - id: ${e.id}`,
      `    type: ${e.type}`,
      '    date:',
      `      start: ${dayStr(e.date.start)}`,
      ...(e.date.precision === 'range' || e.date.precision === 'part-month' ? [`      end: ${dayStr(e.date.end)}`] : []),
      `      precision: ${e.date.precision}`,
      `      basis: ${e.date.basis}`,
      `      note: ${text(e.date.note, '        ')}`,
      `    channels: [${e.channel.id}]`,
      `    actors: [${[...new Set([e.a.id, e.b.id, ...e.orgs])].join(', ')}]`,
      `    summary: ${text(e.summary, '      ')}`,
    );
    if (e.status.length > 0) {
      out.push('    status:');
      for (const s of e.status) out.push(`      - channel: ${s.channel}`, `        status: ${s.status}`, ...(s.effective !== undefined ? [`        effective: ${dayStr(s.effective)}`] : []));
    }
    if (e.notes.length > 0) {
      out.push('    notes:');
      for (const n of e.notes) out.push(`      - field: ${n.field}`, `        note: ${text(n.note, '          ')}`);
    }
    if (e.draft) out.push('    draft: true');
    out.push('    evidence:');
    for (const ev of e.evidence) {
      out.push(`      - quote: ${text(ev.quote, '          ')}`, `        reporting: ${ev.reporting}`);
      if (ev.speakers.length > 0) out.push(`        speakers: [${ev.speakers.join(', ')}]`);
    }
  }
  if (corroborations.length > 0) {
    out.push('corroborates:');
    for (const c of corroborations) {
      out.push(`  - event: ${c.event}`, '    evidence:', `      - quote: ${text(c.quote, '          ')}`, `        reporting: ${c.reporting}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function registryYaml(world: World): { actors: string; channels: string } {
  const a: string[] = ['# Generated for the benchmark (test/bench/generate-corpus.ts): people and organisations.', 'actors:'];
  for (const org of world.orgs) {
    a.push(`  - id: ${org.id}`, `    name: ${q(org.name)}`, `    side: ${org.side}`, '    kind: organization');
    const aliases = [...org.aliases, ...(org.acronym ? [org.acronym] : [])];
    if (aliases.length > 0) a.push(`    aliases: [${aliases.map(q).join(', ')}]`);
    a.push('');
  }
  const ym = (n: number) => dayStr(n).slice(0, 7);
  for (const p of world.people) {
    a.push(`  - id: ${p.id}`, `    name: ${q(p.name)}`, `    side: ${p.side}`, `    kind: ${p.kind}`);
    if (p.aliases.length > 0) a.push(`    aliases: [${p.aliases.map(q).join(', ')}]`);
    a.push(`    shortNames: [${q(p.surname)}]`);
    const miss: string[] = [];
    if (p.misspelt) miss.push(`      - ${q(p.misspelt)}`);
    if (p.scoped && p.scoped.onlyIn.length > 0) miss.push(`      - text: ${q(p.scoped.text)}`, `        onlyIn: [${[...p.scoped.onlyIn].sort().join(', ')}]`);
    if (miss.length > 0) a.push('    misspellings:', ...miss);
    a.push('    roles:', `      - title: ${q(p.title)}`);
    if (p.org) a.push(`        organization: ${p.org}`);
    a.push(`        from: '${ym(p.from)}'`, `        to: '${ym(p.to)}'`);
    if (p.roleArticles.length > 0) a.push(`        articles: [${p.roleArticles.join(', ')}]`);
    a.push('        note: Dates from the public record.', '');
  }
  const c: string[] = ['# Generated for the benchmark (test/bench/generate-corpus.ts). Lane order is file order.', 'channels:'];
  for (const ch of world.channels) {
    c.push(
      `  - id: ${ch.id}`,
      `    name: ${q(ch.name)}`,
      `    shortName: ${q(ch.shortName)}`,
      `    description: ${q(`The ${ch.phrase}, meant to ${ch.purpose}.`)}`,
      `    mechanism: ${q(ch.mechanism)}`,
      '    us:',
      `      offices: [${ch.usOrgs.map((id) => q(world.orgById.get(id)!.name)).join(', ')}]`,
      `      actors: [${ch.usOrgs.join(', ')}]`,
      '    prc:',
      `      offices: [${ch.prcOrgs.map((id) => q(world.orgById.get(id)!.name)).join(', ')}]`,
      `      actors: [${ch.prcOrgs.join(', ')}]`,
      '',
    );
  }
  return { actors: `${a.join('\n')}\n`, channels: `${c.join('\n')}\n` };
}

// ---------------------------------------------------------------------------------------
// Entry points

/** Writes the corpus into `o.out` (its seeds/ folder is replaced). Same options, same bytes. */
export function generateCorpus(o: CorpusOptions): CorpusSummary {
  if (o.articles < 1 || o.actors < 20 || o.channels < 1 || o.events < 0) throw new Error('need at least 1 article, 20 actors and 1 channel');
  const out = resolve(o.out);
  prepareOut(out);
  const rng = new Rng(o.seed);
  const world = buildWorld(rng, o);
  const plans = planArticles(rng, world, o);

  const seeds = join(out, 'seeds');
  mkdirSync(join(seeds, 'curation'), { recursive: true });
  mkdirSync(join(seeds, 'registry'), { recursive: true });
  const history: PastEvent[] = [];
  const ids = new Set<string>();
  const summary: CorpusSummary = { articles: 0, curated: 0, events: 0, corroborations: 0, statusEffects: 0, actors: world.orgs.length + world.people.length, channels: world.channels.length, seedBytes: 0, curationBytes: 0, registryBytes: 0 };
  for (const plan of plans) {
    let w: Written;
    try {
      w = writeArticle(rng, world, plan, history, ids);
    } catch (error) {
      // Keep the page that broke, for the bug report.
      if (error instanceof GeneratorBug) writeFileSync(join(out, `${plan.stem}.failed.txt`), error.page);
      throw error;
    }
    writeFileSync(join(seeds, `${plan.stem}.txt`), w.text);
    summary.articles++;
    summary.seedBytes += Buffer.byteLength(w.text);
    if (w.curation !== null) {
      writeFileSync(join(seeds, 'curation', `${plan.stem}.yaml`), w.curation);
      summary.curated++;
      summary.events += w.events.length;
      summary.corroborations += w.corroborations;
      summary.statusEffects += w.effects;
      summary.curationBytes += Buffer.byteLength(w.curation);
    }
  }
  const registry = registryYaml(world);
  writeFileSync(join(seeds, 'registry', 'actors.yaml'), registry.actors);
  writeFileSync(join(seeds, 'registry', 'channels.yaml'), registry.channels);
  summary.registryBytes = Buffer.byteLength(registry.actors) + Buffer.byteLength(registry.channels);
  return summary;
}

/** Creates `out`, or empties one this generator made before; refuses any other non-empty folder. */
function prepareOut(out: string): void {
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, MARKER))) {
    throw new Error(`${out} is not empty and was not made by the corpus generator; refusing to overwrite it`);
  }
  rmSync(join(out, 'seeds'), { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, MARKER), 'Scratch folder of test/bench/generate-corpus.ts; safe to delete.\n');
}

/** `--articles 500 --events 2500 …` over the defaults. */
export function parseCorpusArgs(argv: readonly string[], base: CorpusOptions = DEFAULT_CORPUS): CorpusOptions {
  const o = { ...base };
  const num = (name: string) => {
    const i = argv.indexOf(name);
    if (i < 0) return undefined;
    const n = Number(argv[i + 1]);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} needs a whole number, got "${argv[i + 1]}"`);
    return n;
  };
  const outIndex = argv.indexOf('--out');
  if (outIndex >= 0) o.out = argv[outIndex + 1] ?? o.out;
  o.articles = num('--articles') ?? o.articles;
  // Fewer articles, proportionally fewer events and actors, unless given.
  const scale = o.articles / base.articles;
  o.events = num('--events') ?? (argv.includes('--articles') ? Math.round(base.events * scale) : o.events);
  o.actors = num('--actors') ?? (argv.includes('--articles') ? Math.max(60, Math.round(base.actors * scale)) : o.actors);
  o.channels = num('--channels') ?? o.channels;
  o.seed = num('--seed') ?? o.seed;
  return o;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const o = parseCorpusArgs(process.argv.slice(2));
  const s = generateCorpus(o);
  console.log(
    `Wrote ${o.out}: ${s.articles} articles (${s.curated} curated), ${s.events} events, ${s.corroborations} corroborations, ` +
      `${s.statusEffects} status effects, ${s.actors} actors, ${s.channels} channels; ` +
      `${(s.seedBytes / 1e6).toFixed(1)} MB of text, ${(s.curationBytes / 1e6).toFixed(1)} MB of curation.`,
  );
}
