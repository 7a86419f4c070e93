import type { Mention } from '../../src/schema/dataset.ts';
import type { EventType, Side } from '../../src/schema/enums.ts';
import type { ActorInput, ChannelInput } from '../input-schemas.ts';
import { channelsOf, guessChannel, type ChannelGuess, type ChannelRules } from './channel-guess.ts';
import { findDateExpressions, type DateExpression, type Reference } from './date-expressions.ts';
import { chooseExpression, dateFromExpression, fallbackDate, type DraftDate } from './event-date.ts';
import { familyOf, findTrigger, type Family, type Trigger } from './event-triggers.ts';
import { inScope } from './scope.ts';
import { splitClauses, splitSentences, type TextSpan } from './sentences.ts';

export type Quote = { paragraph: number; start: number; end: number; text: string };

/** One suggested event, before it becomes YAML. */
export type Suggestion = {
  type: EventType;
  /** Null when nothing dates it and there is no publication date either. */
  date: DraftDate | null;
  /**
   * False when the date is a fallback (carried or the publication date), not the clause's own.
   * True also for a clause whose date expression could not be placed (no publication date).
   */
  dated: boolean;
  /** The most likely channel. */
  channel: string;
  /** That channel first, then any other mechanism the clause names ("cancelled the DPCT and MMCA talks"). */
  channels: string[];
  channelNote: string;
  actors: string[];
  /** The first is the clause that reported it; others are further evidence in the article. */
  quotes: Quote[];
};

export type SuggestInput = {
  paragraphs: readonly string[];
  title: string;
  mentions: readonly Mention[];
  published: Reference | null;
  actors: readonly ActorInput[];
  channels: readonly ChannelInput[];
  channelRules: ChannelRules;
};

type Unit = { paragraph: number; span: TextSpan; sentence: TextSpan; trigger: Trigger };
type Working = Suggestion & { family: Family };

/**
 * The events an article reports, as suggestions for the analyst: one per clause that
 * reports a contact, proposal, refusal, suspension, resumption or plan between the US and
 * Chinese militaries (or their leaders), dated against the publication date, with the
 * channel it most likely belongs to, the registry actors it names, and the clause itself
 * as verbatim evidence.
 *
 * The same event told twice becomes one suggestion with several quotes: a clause that refers
 * back ("The meeting lasted an hour") joins the last event of its kind; a clause without a
 * date of its own joins an earlier event of the same kind on the same channel; and two dated
 * ones join when their dates overlap ("met this week" and "met on Wednesday and Thursday").
 */
export function suggestEvents(input: SuggestInput): Suggestion[] {
  const sideOf = new Map(input.actors.map((a) => [a.id, a.side] as const));
  const military = militaryActors(input.actors, input.channels);
  const leaders = new Set(input.actors.filter((a) => a.kind === 'leader').map((a) => a.id));
  // A leader named by surname alone is not linked unless the article gives the full name
  // (mentions.ts); "Biden and Xi would speak by phone" is still about the leaders.
  const leaderForms = input.actors.filter((a) => a.kind === 'leader').flatMap((a) => [a.name, ...a.aliases, ...a.shortNames]);
  const leaderName = leaderForms.length ? new RegExp(`\\b(?:${leaderForms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`) : null;
  const out: Working[] = [];
  let carriedFromPrevious: DateExpression | null = null;

  input.paragraphs.forEach((paragraph, p) => {
    let carried: DateExpression | null = null;
    for (const sentence of splitSentences(paragraph).map(stripWireDateline)) {
      const expressionsInSentence = findDateExpressions(sentence.text, input.published);
      // A pronoun subject carries on from the paragraph before ("They also agreed …").
      const pronoun = /^(?:they|he|she|it|the\s+two\s+sides|both\s+sides)\b/i.test(sentence.text);
      const before = carried ?? (pronoun ? carriedFromPrevious : null);

      for (const unit of unitsOf(p, sentence)) {
        const actors = actorsIn(input.mentions, p, unit.span);
        const inParagraph = actorsIn(input.mentions, p, { start: 0, end: paragraph.length });
        const cues = {
          sides: new Set(actors.map((a) => sideOf.get(a)).filter((s): s is Side => s !== undefined)),
          militaryActor: actors.some((a) => military.has(a)),
          militaryContext: inParagraph.some((a) => military.has(a)),
          mechanism: channelsOf(unit.span.text, input.channelRules).length > 0 || channelsOf(input.title, input.channelRules).length > 0,
          leader: actors.some((a) => leaders.has(a)) || (leaderName?.test(unit.span.text) ?? false),
          // The article's lead sets the scene too: "He called Li again on Jan. 8" follows a
          // lead about Gen. Milley.
          context: `${paragraph}\n${leadOf(input.paragraphs)}\n${input.title}`,
        };
        if (!inScope(unit.span.text, cues)) continue;

        const own = ownDate(unit, input.published);
        // "In August" in an article with no publication date: a date, just not one we can place.
        // Such a clause is its own event; it must not be merged as if undated.
        const unplaced = !own && input.published === null && findDateExpressions(unit.span.text, PLACEHOLDER).length > 0;
        const quote: Quote = { paragraph: p, start: unit.span.start, end: unit.span.end, text: unit.span.text };
        const family = familyOf(unit.trigger.type);
        const subject = ANAPHORIC_SUBJECT.exec(unit.span.text);
        // "The call was requested by the Chinese side": about the call reported before. With a
        // date of its own ("The call had been agreed to … late last month") it is an event.
        if (subject && !own && unit.trigger.kind === 'event' && family !== 'contact') {
          const target = referent(out, 'contact', p);
          const type = findTrigger(subject[0])?.type ?? target?.type;
          if (target && type) merge(target, { ...target, type, quotes: [quote], actors, date: null, dated: false });
          continue;
        }
        if (unit.trigger.kind !== 'event' && !own) {
          // "The meeting lasted an hour": more evidence for the event it refers to. A noun
          // with no verb and no date of its own ("their meeting") is not enough for one.
          const target = unit.trigger.kind === 'anaphor' ? referent(out, family, p) : undefined;
          // "The call was requested by the Chinese side" tells how they spoke.
          if (target) merge(target, { ...target, type: unit.trigger.type, quotes: [quote], actors, date: null, dated: false });
          continue;
        }
        // "The call had been agreed to during …": an event about the one reported before. Not
        // "The meeting came after Xi and Biden held a call", where the event has its own subject.
        const about = subject && unit.trigger.kind === 'event' && unit.trigger.index - subject[0].length < 12 ? referent(out, 'contact', p) : undefined;
        const guess = about ? null : channelGuess(unit, paragraph, actors, input);
        const channels = about ? about.channels : guess ? [guess.channel, ...channelsOf(unit.span.text, input.channelRules).filter((c) => c !== guess.channel)] : [input.channelRules.fallback];
        const suggestion: Working = {
          type: unit.trigger.type,
          date: own ? dateFromExpression(own) : fallbackDate(before, input.published),
          dated: own !== null || unplaced,
          channel: channels[0]!,
          channels,
          channelNote: channelNote(guess, about, unit, input.channelRules.fallback),
          actors,
          quotes: [quote],
          family,
        };
        const same = duplicateOf(out, suggestion);
        if (same) merge(same, suggestion);
        else out.push(suggestion);
      }
      if (expressionsInSentence.length > 0) carried = expressionsInSentence[expressionsInSentence.length - 1]!;
    }
    carriedFromPrevious = carried;
  });
  return out.map(({ family: _family, ...s }) => s);
}

/** Any reference date: only used to ask whether a clause has a date expression at all. */
const PLACEHOLDER: Reference = { date: '2000-06-15', precision: 'day', basis: 'stated' };

const ANAPHORIC_SUBJECT = /^(?:the|this|that)\s+(?:video\s+|phone\s+)?(?:call|meeting|talks|visit)\b/i;

/**
 * The clauses of a sentence that each report an event, or the whole sentence: a compound
 * sentence is cut only when two or more of its clauses hold an event of their own.
 */
function unitsOf(paragraph: number, sentence: TextSpan): Unit[] {
  const clauses = splitClauses(sentence)
    .map((span) => ({ span, trigger: findTrigger(span.text) }))
    .filter((c): c is { span: TextSpan; trigger: Trigger } => c.trigger !== null && c.trigger.kind !== 'anaphor');
  if (clauses.length >= 2) return clauses.map((c) => ({ paragraph, sentence, ...c }));
  const trigger = findTrigger(sentence.text);
  return trigger ? [{ paragraph, span: sentence, sentence, trigger }] : [];
}

/**
 * The clause's own date, if it has one. For a clause that only refers back ("China's
 * refusal came after Washington approved an arms sale last month"), a date behind "after",
 * "before" or "when" belongs to that other event, not to this one.
 */
function ownDate(unit: Unit, ref: Reference | null): DateExpression | null {
  const e = chooseExpression(findDateExpressions(unit.span.text, ref), unit.trigger, unit.span.text);
  if (!e || unit.trigger.kind === 'event') return e;
  const between = e.index >= unit.trigger.end ? unit.span.text.slice(unit.trigger.end, e.index) : unit.span.text.slice(e.end, unit.trigger.index);
  return /\b(?:after|before|when|while|as|because|ahead\s+of|following|since)\b/i.test(between) ? null : e;
}

/**
 * The channel from the clause's own words (what a proposal or a suspension is about first),
 * else its sentence, its paragraph, the article's lead paragraph, or the headline.
 */
function channelGuess(unit: Unit, paragraph: string, actors: string[], input: SuggestInput): (ChannelGuess & { where: string }) | null {
  // "… the first such contact since Trump returned to office": the comparison names another event.
  const own = withoutComparison(unit.span.text, unit.trigger.index);
  // What was proposed, agreed, cut or resumed is named after the event word ("Austin pressed
  // for talks between theatre commanders"); who met, in the whole clause.
  const object = familyOf(unit.trigger.type) === 'contact' ? '' : own.slice(unit.trigger.index).split(/,\s|;\s/)[0]!;
  const lead = leadOf(input.paragraphs);
  const tries: [string, string[], string][] = [
    [object, [], 'the sentence'],
    [own, actors, 'the sentence'],
    [unit.sentence.text, actorsIn(input.mentions, unit.paragraph, unit.sentence), 'the sentence'],
    [withoutComparison(paragraph, -1), [], 'its paragraph'],
    [withoutComparison(lead, -1), [], 'the lead paragraph'],
    [withoutComparison(input.title, -1), [], 'the headline'],
  ];
  for (const [text, ids, where] of tries) {
    const g = guessChannel(text, ids, input.channelRules);
    if (g) return { ...g, where };
  }
  return null;
}

/** The lead: the first paragraph of prose, not a dek or summary line above it. */
function leadOf(paragraphs: readonly string[]): string {
  return paragraphs.find((x) => /[.!?]["”’)]?$/.test(x) && x.split(' ').length >= 15) ?? '';
}

/** The text without a "since …" clause that follows the event word. */
function withoutComparison(text: string, trigger: number): string {
  const since = /\bsince\b[^,;]*/gi;
  return text.replace(since, (m, at: number) => (at > trigger ? ' '.repeat(m.length) : m));
}

function channelNote(guess: (ChannelGuess & { where: string }) | null, about: Suggestion | undefined, unit: Unit, fallback: string): string {
  if (about) return `Suggested by ingest: "${unit.span.text.split(/\s+/).slice(0, 3).join(' ')} …" refers back to the event quoted before it, so its channel.`;
  if (!guess) return `Suggested by ingest: no channel keyword in the sentence, its paragraph, the lead or the headline, so "${fallback}".`;
  return `Suggested by ingest from ${guess.cues.join(', ')} in ${guess.where}.`;
}

/** Registry actors that make a clause military: officers, and anyone on a channel or working for an organisation on one. */
function militaryActors(actors: readonly ActorInput[], channels: readonly ChannelInput[]): Set<string> {
  const onChannel = new Set(channels.flatMap((c) => [...c.us.actors, ...c.prc.actors]));
  return new Set(
    actors
      .filter((a) => a.kind === 'military-officer' || onChannel.has(a.id) || a.roles.some((r) => r.organization !== undefined && onChannel.has(r.organization)))
      .map((a) => a.id),
  );
}

/** "SINGAPORE, May 31 (Reuters) - " and "WASHINGTON (AP) — " open a wire story; they are not part of the quote. */
function stripWireDateline(s: TextSpan): TextSpan {
  const m = /^[\p{Lu}][\p{Lu} .'-]{2,}(?:,\s+[^()\n]{1,25}?)?\s*(?:\([^)]{2,25}\))?\s*(?:--|[-–—])\s+/u.exec(s.text);
  return m ? { text: s.text.slice(m[0].length), start: s.start + m[0].length, end: s.end } : s;
}

function actorsIn(mentions: readonly Mention[], paragraph: number, span: Pick<TextSpan, 'start' | 'end'>): string[] {
  const ids = mentions.filter((m) => m.paragraph === paragraph && m.start >= span.start && m.end <= span.end).map((m) => m.actorId);
  return [...new Set(ids)].sort();
}

/** The event a back-reference is about: the last of its kind within two paragraphs, else the first of its kind. */
function referent(list: Working[], family: Family, paragraph: number): Working | undefined {
  const same = list.filter((s) => s.family === family);
  return same.findLast((s) => paragraph - s.quotes[s.quotes.length - 1]!.paragraph <= 2) ?? same[0];
}

/**
 * An earlier suggestion this one repeats: same kind, a channel in common, and overlapping
 * dates, or no date of its own and told within three paragraphs of it. Two clauses whose
 * dates cannot be placed (no publication date) are never taken for one event.
 */
function duplicateOf(list: Working[], s: Working): Working | undefined {
  const unplaced = (x: Working) => x.dated && x.date === null;
  const near = (o: Working) => s.quotes[0]!.paragraph - o.quotes[o.quotes.length - 1]!.paragraph <= 3;
  return list.find((o) => {
    if (o.family !== s.family || !o.channels.some((c) => s.channels.includes(c))) return false;
    if (!o.dated || !s.dated) return near(o) && !(unplaced(o) && unplaced(s));
    if (!o.date || !s.date) return false;
    return o.date.start <= s.date.end && s.date.start <= o.date.end;
  });
}

/** Keeps the clause's own date over a fallback, the narrower of two dates, and the more specific type. */
function merge(target: Suggestion, other: Suggestion) {
  for (const q of other.quotes) addQuote(target, q);
  target.actors = [...new Set([...target.actors, ...other.actors])].sort();
  const width = (d: DraftDate) => Date.parse(d.end) - Date.parse(d.start);
  if (other.date && (!target.date || (other.dated && (!target.dated || width(other.date) < width(target.date))))) {
    target.date = other.date;
    target.dated = other.dated;
  }
  if ((SPECIFIC[other.type] ?? 0) > (SPECIFIC[target.type] ?? 0)) target.type = other.type;
}

/** "Spoke with" says less than "met", which says less than "held a video call". */
const SPECIFIC: Partial<Record<EventType, number>> = { contact: 0, meeting: 1, call: 2, 'video-conference': 2 };

function addQuote(target: Suggestion, q: Quote) {
  if (target.quotes.some((o) => o.paragraph === q.paragraph && o.start < q.end && q.start < o.end)) return;
  target.quotes.push(q);
}
