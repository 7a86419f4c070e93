import type { ActorInput, ChannelInput } from '../input-schemas.ts';

/**
 * Keyword rules per channel id of seeds/registry/channels.yaml: the words sources use for
 * each mechanism. A rule for an id the registry lacks is ignored; a channel the table does
 * not know still gets its own name and short name as keywords (see compileChannelRules).
 * Weights: a named mechanism (3) beats a rank or office (2), which beats a general word (1).
 */
const KEYWORDS: Record<string, [RegExp, number][]> = {
  leaders: [
    [/\bpresidents?\b/i, 2],
    [/\bheads?\s+of\s+state\b/i, 3],
    [/\bsummit\b/i, 2],
    [/\b(?:leaders|two\s+leaders)['’]?\s+(?:summit|call|meeting|talks)\b/i, 2],
  ],
  'defense-ministers': [
    [/\bsecretary\s+of\s+(?:defen[cs]e|war)\b/i, 3],
    [/\b(?:defen[cs]e|war)\s+secretary\b/i, 3],
    [/\bdefen[cs]e\s+ministers?\b/i, 3],
    [/\bminister\s+of\s+(?:national\s+)?defen[cs]e\b/i, 3],
    [/\bdefen[cs]e\s+(?:chiefs?|leaders|heads)\b/i, 3],
    [/\b(?:two|both)\s+ministers\b/i, 2],
    [/\bPentagon\s+chief\b/i, 3],
    [/\bvice[-\s]chair(?:man)?\b/i, 2],
  ],
  chiefs: [
    [/\bjoint\s+chiefs\b/i, 3],
    [/\bchairman\s+of\s+the\s+joint\b/i, 3],
    [/\bjoint\s+staff\s+department\b/i, 3],
    [/\bchief\s+of\s+(?:the\s+)?(?:joint|general)\s+staff\b/i, 3],
    [/\bCJCS\b/, 3],
    [/\bmilitary\s+chiefs\b/i, 3],
  ],
  'theater-commanders': [
    [/\btheat(?:er|re)[-\s](?:level|commanders?|commands?|chiefs?)\b/i, 3],
    [/\b(?:southern|eastern|northern|western|central)\s+theat(?:er|re)\b/i, 3],
    [/\bindo-pacific\s+command(?:er)?\b/i, 2],
    [/\bINDOPACOM\b/, 2],
    [/\bcombatant\s+command(?:er)?s?\b/i, 2],
  ],
  dpct: [
    [/\bdefen[cs]e\s+policy\s+coordination\b/i, 4],
    [/\bDPCT\b/, 4],
    [/\bpolicy\s+(?:coordination\s+)?talks\b/i, 3],
  ],
  mmca: [
    [/\bmilitary\s+maritime\s+consultative\b/i, 4],
    [/\bMMCA\b/, 4],
    [/\bmaritime\s+(?:military\s+)?(?:security|safety)\s+(?:consultations?|talks)\b/i, 4],
    [/\bmaritime\s+(?:consultative|talks)\b/i, 4],
    [/\b(?:talks|consultations?|meeting)\s+on\s+maritime\s+(?:and\s+air\s+)?(?:safety|security)\b/i, 4],
    [/\bmaritime\s+safety\b/i, 2],
  ],
  'crisis-communication': [
    [/\bcrisis[-\s]communications?\b/i, 4],
    [/\bcrisis\s+(?:talks|working\s+group|management\s+talks)\b/i, 3],
    [/\bhotlines?\b/i, 2],
    [/\bdefen[cs]e\s+telephone\s+link\b/i, 2],
  ],
  'working-level': [
    [/\binternational\s+military\s+cooperation\b/i, 2],
    [/\bOIMC\b/, 2],
    [/\bdeputy\s+assistant\s+secretary\b/i, 2],
    [/\bworking[-\s]level\b/i, 2],
    [/\bmilitary\s+diplomatic\s+channels?\b/i, 2],
    [/\bdefen[cs]e\s+attach[eé]s?\b/i, 2],
  ],
  hadr: [
    [/\bhumanitarian\b/i, 3],
    [/\bdisaster\s+(?:relief|reduction|response)\b/i, 3],
    [/\bHA\/DR\b/, 3],
  ],
  'multilateral-sidelines': [
    [/\bon\s+the\s+(?:sidelines|margins)\s+of\b/i, 1],
    [/\b(?:chiefs\s+of\s+defen[cs]e|military\s+command)\s+(?:conference|meeting)\b/i, 2],
  ],
  overall: [
    [/\bmilitary[-\s]to[-\s]military\s+(?:ties|relations|communications?|contacts?|channels?)\b/i, 1],
    [/\bmilitary\s+(?:ties|relations|communications?|contacts?|channels?|talks|dialogues?)\b/i, 1],
    [/\barmed\s+forces\b/i, 1],
    [/\b(?:two|both)\s+militaries\b/i, 1],
  ],
};

export type ChannelRules = {
  channels: { id: string; rules: [RegExp, number][] }[];
  /** actor id → channels the actor (or an organisation it works for) sits on, with a weight. */
  byActor: Map<string, { channel: string; weight: number }[]>;
  fallback: string;
};

export type ChannelGuess = { channel: string; score: number; cues: string[] };

/**
 * Compiles the keyword table against the registry. Besides the keywords above, each
 * channel's own name and short name count ("Defense Policy Coordination Talks", "MMCA"),
 * and so do the actors on its sides: an organisation listed on a channel points to it (less
 * so when it sits on many channels: the Department of Defense sits on most), and a person
 * points to the channels of the organisations their roles belong to, strongly to a channel
 * whose offices include their role's title; a leader to `leaders`.
 */
export function compileChannelRules(channels: readonly ChannelInput[], actors: readonly ActorInput[]): ChannelRules {
  // Leaders are named by surname alone more often than not ("Biden and Xi agreed …"), and an
  // article need not give the full name first, so their names are keywords of `leaders`.
  const leaderNames = actors.filter((a) => a.kind === 'leader').flatMap((a) => [a.name, ...a.aliases, ...a.shortNames]);
  const compiled = channels.map((c) => {
    const own: [RegExp, number][] = [c.name, c.shortName]
      .filter((n) => n.length >= 4 || /^[A-Z/]+$/.test(n))
      .map((n) => [new RegExp(`\\b${escape(n)}\\b`, /\s/.test(n) ? 'i' : ''), 3]);
    const names: [RegExp, number][] = c.id === 'leaders' && leaderNames.length > 0 ? [[new RegExp(`\\b(?:${leaderNames.map(escape).join('|')})\\b`), 2]] : [];
    return { id: c.id, rules: [...(KEYWORDS[c.id] ?? []), ...own, ...names] };
  });

  const orgChannels = new Map<string, string[]>();
  for (const c of channels) {
    for (const id of [...c.us.actors, ...c.prc.actors]) orgChannels.set(id, [...(orgChannels.get(id) ?? []), c.id]);
  }
  const weigh = (org: string) => (orgChannels.get(org) ?? []).map((channel) => ({ channel, weight: 2 / (orgChannels.get(org)?.length ?? 1) }));
  // A person whose role title is an office a channel lists ("Secretary of Defense",
  // "Chairman of the Joint Chiefs of Staff") points to that channel almost as strongly as a
  // keyword: "Austin pressed for theater commander talks" is still about the theater channel.
  const office = (title: string) => title.toLowerCase().replace(/^(?:us|u\.s\.|prc)\s+/, '').replace(/[^a-z]+/g, ' ').trim();
  const offices = channels.flatMap((c) => [...c.us.offices, ...c.prc.offices].map((o) => ({ channel: c.id, office: office(o) })));
  const byActor = new Map<string, { channel: string; weight: number }[]>();
  const hasLeaders = channels.some((c) => c.id === 'leaders');
  for (const a of actors) {
    const titled = a.roles.flatMap((r) => offices.filter((o) => o.office === office(r.title)).map((o) => ({ channel: o.channel, weight: 2.5 })));
    const list = [...weigh(a.id), ...a.roles.flatMap((r) => (r.organization ? weigh(r.organization) : [])), ...titled];
    if (a.kind === 'leader' && hasLeaders) list.push({ channel: 'leaders', weight: 2 });
    if (list.length > 0) byActor.set(a.id, list);
  }
  const fallback = channels.some((c) => c.id === 'overall') ? 'overall' : (channels[channels.length - 1]?.id ?? 'overall');
  return { channels: compiled, byActor, fallback };
}

/**
 * The channel `text` most likely belongs to, with the cues that decided it; null when
 * nothing in the text points to any channel (the caller then looks at the context).
 *
 *   guessChannel('Austin spoke by video with Minister of National Defense Dong Jun', [], rules)
 *     → { channel: 'defense-ministers', cues: ['"Minister of National Defense"'], … }
 */
export function guessChannel(text: string, actorIds: readonly string[], rules: ChannelRules): ChannelGuess | null {
  const scores = new Map<string, { score: number; cues: string[] }>();
  const add = (channel: string, weight: number, cue: string) => {
    const s = scores.get(channel) ?? { score: 0, cues: [] };
    s.score += weight;
    if (!s.cues.includes(cue)) s.cues.push(cue);
    scores.set(channel, s);
  };
  for (const c of rules.channels) {
    for (const [re, weight] of c.rules) {
      const m = re.exec(text);
      if (m) add(c.id, weight, `"${m[0]}"`);
    }
  }
  for (const id of new Set(actorIds)) {
    for (const { channel, weight } of rules.byActor.get(id) ?? []) add(channel, weight, id);
  }
  let best: ChannelGuess | null = null;
  // Ties go to the channel listed first in the registry (the higher lane).
  for (const c of rules.channels) {
    const s = scores.get(c.id);
    if (s && s.score >= 1 && (!best || s.score > best.score)) best = { channel: c.id, score: s.score, cues: s.cues };
  }
  return best;
}

/**
 * Every channel the text names by a mechanism keyword (weight 3 or more), strongest first:
 * "cancel theatre commanders talks, defence policy coordination talks and military maritime
 * consultative mechanism meetings" → dpct, mmca, theater-commanders.
 */
export function channelsOf(text: string, rules: ChannelRules): string[] {
  const scored = rules.channels
    .map((c) => ({ id: c.id, score: c.rules.reduce((sum, [re, w]) => (w >= 3 && re.test(text) ? sum + w : sum), 0) }))
    .filter((c) => c.score > 0);
  return scored.sort((a, b) => b.score - a.score).map((c) => c.id);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+');
}
