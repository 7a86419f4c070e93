import type { EventType } from '../../src/schema/enums.ts';

/**
 * What kind of event a clause reports, read from its wording. Word lists, not a parser: a
 * suggestion only has to be good enough for an analyst to confirm or delete, and every rule
 * here is measured by the evaluation set in test/ingest-eval/.
 */
export type Trigger = {
  type: EventType;
  /** Where the deciding word is, so the nearest date expression can be preferred. */
  index: number;
  end: number;
  text: string;
  /**
   * `event`: the clause reports an event of its own. `anaphor`: it refers back to one
   * already reported ("The meeting lasted just over an hour", "During the talks, …") and
   * is further evidence for it, not a new suggestion. `noun`: only a contact noun, no verb
   * ("at their meeting in San Francisco"): an event only when the clause dates it.
   */
  kind: 'event' | 'anaphor' | 'noun';
};

/** Events of one family can be the same event told twice: a meeting is also "talks". */
export type Family = 'contact' | 'proposal' | 'refusal' | 'suspension' | 'resumption' | 'planned';

export function familyOf(type: EventType): Family {
  if (type === 'meeting' || type === 'call' || type === 'video-conference' || type === 'contact') return 'contact';
  if (type === 'proposal' || type === 'refusal' || type === 'suspension' || type === 'resumption' || type === 'planned') return type;
  return 'contact';
}

// What contact is about: talks, calls, channels. Proposals, refusals, suspensions and
// resumptions count only when one of these is their object, so "urged China to reconsider
// its tactics" and "declined to comment" are not events.
const CONTACT_NOUN = String.raw`(?:talks|dialogues?|meetings?|calls?|conferences?|teleconferences?|communications?|channels?|contacts?|exchanges|ties|relations|consultations?|mechanisms?|hotlines?|conversations?|visits?|discussions|negotiations|engagements?|requests?\s+to\s+meet|invitations?|links?|lines\s+of\s+communication|by\s+phone|sessions?|rounds?\s+of\s+talks)`;

/**
 * `needsObject`: counts only with a contact noun after it ("cancelled the talks"), or before
 * it when the verb is passive or intransitive ("talks were suspended", "calls went unanswered").
 * `noun`: the event word is a noun ("the refusal"), which may refer back to a reported event.
 */
type Rule = { type: EventType | 'contact-family'; re: RegExp; needsObject?: boolean; noun?: boolean };

const RULES: Rule[] = [
  {
    type: 'proposal',
    re: /\b(?:propos(?:ed|es|ing)|offered|(?:was|were|is|are)\s+willing\s+to(?=\s+(?:(?:\w+\s+){0,8}?and\s+to\s+)?(?:establish|set\s+up|hold|resume|restore|re-?open|meet))|invit(?:ed|es|ing)|urg(?:ed|es|ing)|press(?:ed|es|ing)(?:\s+\w+)?\s+for|call(?:ed|s|ing)\s+for|push(?:ed|es|ing)\s+for|sought|seeks?|seeking|request(?:ed|ing)|asked\s+for|(?:importance|need)\s+of\s+(?:holding|resuming|restoring|re-?opening|opening|establishing|re-?establishing))\b/gi,
    needsObject: true,
  },
  { type: 'proposal', re: /\b(?:proposals?|offers?)\s+(?:to|for|of)\b/gi, needsObject: true, noun: true },
  {
    type: 'refusal',
    re: /\b(?:declin(?:ed|es|ing)|reject(?:ed|s|ing)?|refus(?:ed|es|ing)|turn(?:ed|s|ing)\s+down|rebuff(?:ed|s)?|snubb?(?:ed|s)?|(?:did|has|have|had)\s+not\s+(?:responded?|answered?|returned?|replied|reply|picked\s+up|pick\s+up|taken|take)|(?:has|have|had)\s+yet\s+to\s+(?:respond|answer|return|reply|accept)|went\s+unanswered|unanswered)\b/gi,
    needsObject: true,
  },
  { type: 'refusal', re: /\brefusal\b/gi, noun: true },
  {
    type: 'suspension',
    re: /\b(?:suspend(?:ed|s|ing)?|sever(?:ed|s|ing)?|cut(?:s|ting)?\s+off|cancel(?:l?ed|s|l?ing)?|call(?:ed|s|ing)?\s+off|halt(?:ed|s|ing)?|froze|freez(?:es|ing)|ceased?|ceasing|shut\s+down|broke\s+off|break(?:s|ing)?\s+off|scrapped|postponed)\b/gi,
    needsObject: true,
  },
  { type: 'suspension', re: /\b(?:suspension|cancellation|freeze)\s+of\b/gi, needsObject: true, noun: true },
  {
    type: 'resumption',
    // Not "thaw": "ties are thawing" describes a mood, not an act on a channel.
    re: /\b(?:resum(?:e|ed|es|ing)|restart(?:ed|s|ing)?|restor(?:e|ed|es|ing)|re-?open(?:ed|s|ing)?|re-?establish(?:ed|es|ing)?|reviv(?:e|ed|es|ing)|reinstat(?:e|ed|es|ing)|came\s+back)\b/gi,
    needsObject: true,
  },
  { type: 'resumption', re: /\b(?:resumption|restoration|revival)\s+of\b/gi, needsObject: true, noun: true },
  {
    type: 'planned',
    re: /\b(?:(?:will|shall|would|to)\s+(?:also\s+)?(?:hold|meet|convene|host|speak\s+(?:with|to|by)|talk\s+(?:with|to)|arrange|conduct|set\s+up|establish)|agreed\s+(?:to|that|on)|(?:had\s+been|has\s+been|have\s+been|was|were)\s+agreed|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|slated|planned)\s+(?:to|for)|scheduled\s+for|plans?\s+to\s+(?:hold|meet)|being\s+considered|preparing\s+for)\b/gi,
    needsObject: true,
  },
  {
    type: 'contact-family',
    re: /\b(?:met|meets|(?:is|are|was|were)\s+meeting\s+with|(?:tele)?phoned|called(?!\s+(?:for|on|off|it|the|a|an)\b)|held|holds|holding|had(?=\s+(?:[\w-]+\s+){0,4}?(?:talks|discussions|calls?|meetings?|conversations?|exchanges|dialogue)\b)|spoke|speaks|talked|communicated|conferred|hosted|visited|sat\s+down|convened|took\s+place|takes\s+place|co-?chaired|attended)\b/gi,
  },
];

const VIDEO = /\b(?:video(?:\s*-\s*|\s+)?(?:call|conference|teleconference|link|meeting|talks|chat)s?|virtual\s+(?:meeting|call|talks|conference|summit)s?|teleconference|VTC)\b/i;
const CALL = /\b(?:(?:phone|telephone)\s+(?:call|conversation|talks?)|by\s+(?:phone|telephone)|over\s+the\s+(?:phone|telephone)|calls?)\b/i;
const MEETING = /\b(?:met|meet|meets|meetings?|talks|summit|visit(?:ed|s)?|trip|sessions?|dialogue|consultations?|face[-\s]to[-\s]face|in[-\s]person|sat\s+down|conferred|negotiations)\b/i;
const SPOKE = /\b(?:spoke|speaks|talked|communicated|conversations?|exchanges|discussions|contacts?)\b/i;

/**
 * A contact noun standing for an event reported before: "The meeting, …", "During the talks,
 * …", "China's refusal …". Not "their meeting" (it introduces who met) and not "the previous
 * round of talks" or "the last meeting" (another event).
 */
const ANAPHOR = new RegExp(
  String.raw`^(?:(?:during|after|at|in|on)\s+)?(?:the|this|that|its|[\p{Lu}][\p{L}.]*['’]s)\s+(?!(?:[\p{L}\d-]+\s+){0,3}?(?:previous|last|first|next|earlier|latest|second|third|new|upcoming|two|both|held|had|has|have|was|were|is|are)\b)(?:[\p{L}\d-]+\s+){0,2}?(?:meeting|talks|call|video\s+call|conversation|dialogue|summit|discussions?|refusal|consultations?|session)\b`,
  'iu',
);


// "at the request of the US side" reports who asked for a contact that took place.
const MASKS = [/\bat\s+the\s+(?:request|invitation)\s+of\b/gi, /\b(?:declined|refused)\s+to\s+comment\b/gi, /\bdid\s+not\s+(?:immediately\s+)?(?:respond|reply)\s+to\s+(?:a\s+)?requests?\s+for\s+comment\b/gi];

/** Rule order is priority order: "pressed for the resumption of talks" is a proposal, not a resumption. */
const PRIORITY: (EventType | 'contact-family')[] = ['proposal', 'refusal', 'suspension', 'resumption', 'planned', 'contact-family'];

/**
 * The event a clause reports, if any.
 *
 *   findTrigger('Austin also pressed Dong for the resumption of regular talks')  → proposal
 *   findTrigger('The two ministers held a video call in April')                   → video-conference
 *   findTrigger('The meeting lasted just over an hour')                           → meeting, anaphor
 *   findTrigger('China declined to comment')                                      → null
 *
 * Questions and clauses that say what should, could or might happen are not reports.
 */
export function findTrigger(clause: string): Trigger | null {
  if (/\?["”’)]*$/.test(clause.trim())) return null;
  let text = clause;
  for (const re of MASKS) text = text.replace(re, (s) => ' '.repeat(s.length));

  const hits: { rule: Rule; index: number; end: number; text: string }[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      if (rule.needsObject && !hasObject(text, m.index, m.index + m[0].length, m[0])) continue;
      // "has not been severed", "never visited China": what did not happen.
      if ((rule.type === 'suspension' || rule.type === 'contact-family') && /\b(?:not|never)\s+(?:been\s+)?$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      hits.push({ rule, index: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  // Modal or conditional wording just before the event word: a recommendation, not a report.
  const hedged = (i: number) => /\b(?:should|could|might|must|if|unless|whether)\b(?:\s+\S+){0,5}\s*$/i.test(text.slice(0, i));

  const anaphoric = ANAPHOR.test(clause.trim());
  for (const type of PRIORITY) {
    const hit = hits.find((h) => h.rule.type === type && !hedged(h.index));
    if (!hit) continue;
    if (type === 'contact-family') {
      const contact = contactType(text, hit.text, hit.index);
      if (!contact) continue;
      return { type: contact, index: hit.index, end: hit.end, text: hit.text, kind: anaphoric ? 'anaphor' : 'event' };
    }
    const kind = hit.rule.noun && anaphoric ? 'anaphor' : 'event';
    return { type: type as EventType, index: hit.index, end: hit.end, text: hit.text, kind };
  }
  // A noun on its own: "Austin's previous in-person meeting …", "at their meeting in San
  // Francisco", or "the call" referring back. The caller keeps a non-anaphoric one only
  // when the clause dates it.
  // A noun that introduces an event wins over one that refers back: in "The meeting followed
  // talks between Trump and Xi on Thursday", the event is the talks.
  const nouns = [...text.matchAll(/\b(?:meeting|talks|summit|video\s+call|phone\s+call|call|conversation|visit|trip)\b/gi)].filter((n) => !hedged(n.index));
  const isDefinite = (n: RegExpExecArray) => lastDeterminer(text, n.index) >= 0 || (anaphoric && n.index < 40 && n === nouns[0]);
  const noun = nouns.find((n) => !isDefinite(n)) ?? nouns[0];
  if (noun) {
    const type = contactType(text, noun[0], noun.index);
    if (type) return { type, index: noun.index, end: noun.index + noun[0].length, text: noun[0], kind: isDefinite(noun) ? 'anaphor' : 'noun' };
  }
  return null;
}

/** Where the determiner of the noun at `index` starts ("the" in "the video call"), or -1. */
function lastDeterminer(text: string, index: number): number {
  const m = /\b(?:the|this|that)\s+(?!(?:[\p{L}-]+\s+){0,2}?(?:previous|last|first|next|earlier|latest|second|third|new|upcoming)\b)(?:[\p{L}-]+\s+){0,2}?$/iu.exec(text.slice(0, index));
  return m ? m.index : -1;
}

/**
 * The medium of a contact: video, phone, in person, or unstated ("spoke with"). Null when a
 * verb like "held" or "had" has no contact object ("held exercises", "had concerns").
 */
function contactType(text: string, verb: string, at = 0): EventType | null {
  // The medium is read next to the event word first: in "the first phone call since they met
  // in Bangkok", "met" is a meeting.
  const near = text.slice(Math.max(0, at - 30), at + verb.length + 60);
  const medium = (t: string): EventType | null => {
    if (VIDEO.test(t)) return 'video-conference';
    // "called for talks" and "calls on Beijing" are not calls; "a call on June 5" is.
    if (CALL.test(t) && !/\bcall(?:ed|s)\s+(?:for|on)\b|\bcall\s+for\b/i.test(t)) return 'call';
    return null;
  };
  if (/^(?:(?:tele)?phoned|called)$/i.test(verb)) return 'call';
  // "met" is a meeting unless the medium follows it ("met by video link").
  const standalone = /^(met|meets|(?:is|are|was|were)\s+meeting\s+with|visited|conferred|sat\s+down)$/i.test(verb);
  const found = standalone ? (medium(text.slice(at, at + verb.length + 40)) ?? 'meeting') : (medium(near) ?? medium(text));
  if (found) return found;
  if (MEETING.test(text)) return 'meeting';
  if (/^(spoke|speaks|talked|communicated)$/i.test(verb) || SPOKE.test(text)) return 'contact';
  return null;
}

/**
 * A contact noun within a few words after the event word ("cancelled the theatre commanders
 * talks"), or before it when the verb is passive or intransitive ("the talks were
 * suspended", "calls went unanswered").
 */
function hasObject(text: string, start: number, end: number, word: string): boolean {
  // "will meet", "to hold talks": the event word names the contact itself.
  if (/\b(?:meet|speak|talk|hold\s+talks)\b/i.test(word)) return true;
  // Not cut at "." here: the clause is one sentence already, and "U.S." has periods.
  const after = text.slice(end, end + 55).split(/;|,\s+(?:and|but|while|which|who)\s/)[0]!;
  const before = text.slice(Math.max(0, start - 45), start);
  const noun = new RegExp(String.raw`\b${CONTACT_NOUN}\b`, 'i');
  const verb = /\b(?:to|would|will)\s+(?:meet|talk|hold|speak|resume|restore|reopen|visit)\b|\bresumption\b/i;
  if (noun.test(after) || verb.test(after)) return true;
  const passive = /^(?:had|has|have|was|were|is|are)\b/i.test(word) || /\b(?:was|were|been|be|being|is|are|got)\s+(?:\w+\s+)?$/i.test(before);
  const intransitive = /^(?:came\s+back|resum(?:ed|es|ing)|unanswered|went\s+unanswered|froze|halted|ceased|agreed)$/i.test(word);
  return (passive || intransitive) && noun.test(before);
}
