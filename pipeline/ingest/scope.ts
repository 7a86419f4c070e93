import type { Side } from '../../src/schema/enums.ts';

/** What the surrounding text tells about a clause: registry actors in it, and the context. */
export type ScopeCues = {
  /** Sides of the registry actors named in the clause. */
  sides: ReadonlySet<Side>;
  /** A registry actor in the clause who is military or sits on a channel (Austin, the PLA). */
  militaryActor: boolean;
  /** Such an actor anywhere in the clause's paragraph. */
  militaryContext: boolean;
  /** A channel's mechanism named in the clause or the headline ("MMCA", "crisis communication"): military by definition. */
  mechanism: boolean;
  /** A registry actor in the clause who is a head of state or government. */
  leader: boolean;
  /** The clause's paragraph, the article's lead and the headline, where a military context may be set. */
  context: string;
};

/**
 * Whether a clause is about US–China military contact at all, so that "Austin held talks
 * with South Korean Defense Minister Kim Yong-hyun", "bilateral climate talks" or "Sullivan
 * held talks with Wang Yi" are not suggested: Hotline tracks the military channels (and the
 * leaders' channel, where the decisions to cut or resume them are taken).
 *
 * In scope when there is a military cue (in the clause, or in its paragraph, the lead or the headline
 * unless the clause names a civilian topic such as climate or trade) or a leaders' cue, and
 * the clause does not turn to a third country: one that names Japan or South Korea must
 * also name the Chinese side.
 */
export function inScope(clause: string, cues: ScopeCues): boolean {
  const own = MILITARY.test(clause) || MILITARY_TITLES.test(clause) || TWO_MILITARY.test(clause) || cues.militaryActor || cues.mechanism;
  const contextual = !own && !CIVILIAN.test(clause) && (cues.militaryContext || MILITARY.test(cues.context) || MILITARY_TITLES.test(cues.context));
  const leaders = LEADERS.test(clause) || cues.leader;
  if (!own && !contextual && !leaders) return false;
  const prc = PRC.test(clause) || cues.sides.has('prc');
  // "Austin will hold talks with his Japanese and Australian counterparts": a third country
  // and no Chinese side named.
  return !THIRD.test(clause) || prc;
}

const MILITARY =
  /\b(?:military|militaries|defen[cs]e|PLA|People['’]s\s+Liberation\s+Army|Pentagon|army|navy|naval|air\s+force|commanders?|command|theat(?:er|re)|maritime|armed\s+forces|Joint\s+Chiefs|Joint\s+Staff|MMCA|DPCT|warships?|Department\s+of\s+War|Secretary\s+of\s+War|mil-to-mil|Central\s+Military\s+Commission|CMC)\b/i;
const MILITARY_TITLES = /\b(?:General|Gen\.|Admiral|Adm\.|Lt\.|Col\.|Colonel|Major\s+General|Maj\.\s+Gen\.)\s/;
const TWO_MILITARY = /\b(?:two|both)\s+(?:ministers|generals|commanders|defen[cs]e\s+chiefs)\b/i;
const CIVILIAN = /\b(?:climate|trade|tariffs?|immigration|drug|narcotics|fentanyl|trafficking|economic|students?|journalists?|consular|health)\b/i;
const LEADERS = /\b(?:presidents?|heads?\s+of\s+state|summit|(?:two|both)\s+leaders)\b/i;
const PRC = /\b(?:China|Chinese|Beijing|PRC|PLA|People['’]s\s+Liberation\s+Army|Central\s+Military\s+Commission|CMC)\b/;
// Third countries as participants: nationality words, alliances, or a country one talks
// "with". A country named as the venue ("in Bali, Indonesia") is no participant.
const THIRD =
  /\b(?:South\s+Korean|Korean|Japanese|Philippine|Filipino|Australian|Indian|Vietnamese|Russian|Indonesian|Malaysian|British|French|German|European|ASEAN|NATO)\b|\bwith\s+(?:South\s+Korea|Japan|the\s+Philippines|Australia|India|Vietnam|Russia)\b/;
