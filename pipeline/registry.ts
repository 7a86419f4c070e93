import type { Actor, Channel, PartialDate } from '../src/schema/dataset.ts';
import { cmp, issue, type PipelineIssue, type StepResult } from './issues.ts';
import type { ActorInput, ChannelInput } from './input-schemas.ts';
import type { YamlSource } from './yaml-input.ts';

export type Registry = { actors: ActorInput[]; channels: ChannelInput[] };

/**
 * Cross-checks the registry: unique ids, no alias shared by two actors, and every id a role,
 * channel side or misspelling scope refers to exists. Order is kept as written: channel order
 * is lane order.
 */
export function checkRegistry(
  actors: YamlSource<{ actors: ActorInput[] }>,
  channels: YamlSource<{ channels: ChannelInput[] }>,
  articleIds: ReadonlySet<string>,
): StepResult<Registry> {
  const issues: PipelineIssue[] = [];
  const actorIds = new Set<string>();
  const formOwner = new Map<string, string>();

  actors.value.actors.forEach((a, i) => {
    const at = (field: string, path: PropertyKey[] = []) => ({ line: actors.lineOf(['actors', i, ...path]), field: `actors[${i}]${field}` });
    if (actorIds.has(a.id)) issues.push(issue(actors.file, `duplicate actor id "${a.id}"`, at('.id', ['id'])));
    actorIds.add(a.id);
    for (const form of [a.name, ...a.aliases]) {
      const key = form.toLowerCase().replace(/’/g, "'");
      const owner = formOwner.get(key);
      if (owner && owner !== a.id) issues.push(issue(actors.file, `name "${form}" is also a name of "${owner}": one form, one actor`, at('.aliases', ['aliases'])));
      formOwner.set(key, a.id);
    }
    a.misspellings.forEach((m, j) => {
      if (typeof m === 'string') return;
      for (const id of m.onlyIn) {
        if (!articleIds.has(id)) issues.push(issue(actors.file, `unknown article id "${id}"`, at(`.misspellings[${j}].onlyIn`, ['misspellings', j, 'onlyIn'])));
      }
    });
  });

  actors.value.actors.forEach((a, i) => {
    a.roles.forEach((r, j) => {
      const at = (f: string) => ({ line: actors.lineOf(['actors', i, 'roles', j, f]), field: `actors[${i}].roles[${j}].${f}` });
      if (r.organization && !actorIds.has(r.organization)) issues.push(issue(actors.file, `unknown organization id "${r.organization}"`, at('organization')));
      for (const id of r.articles) if (!articleIds.has(id)) issues.push(issue(actors.file, `unknown article id "${id}"`, at('articles')));
      if (r.from && r.to && r.to < r.from) issues.push(issue(actors.file, `role ends (${r.to}) before it starts (${r.from})`, at('to')));
    });
  });

  const channelIds = new Set<string>();
  channels.value.channels.forEach((c, i) => {
    if (channelIds.has(c.id)) issues.push(issue(channels.file, `duplicate channel id "${c.id}"`, { line: channels.lineOf(['channels', i, 'id']), field: `channels[${i}].id` }));
    channelIds.add(c.id);
    for (const side of ['us', 'prc'] as const) {
      c[side].actors.forEach((id, j) => {
        if (!actorIds.has(id)) {
          issues.push(issue(channels.file, `unknown actor id "${id}"`, { line: channels.lineOf(['channels', i, side, 'actors', j]), field: `channels[${i}].${side}.actors[${j}]` }));
        }
      });
    }
  });

  return { value: { actors: actors.value.actors, channels: channels.value.channels }, issues };
}

export function toChannel(c: ChannelInput, order: number): Channel {
  return {
    id: c.id,
    name: c.name,
    shortName: c.shortName,
    description: c.description.trim(),
    mechanism: c.mechanism,
    us: { offices: c.us.offices, actorIds: c.us.actors },
    prc: { offices: c.prc.offices, actorIds: c.prc.actors },
    order,
  };
}

/** The registry entry plus what the pipeline found: where the actor is named and in which events. */
export function toActor(
  a: ActorInput,
  found: { mentionCount: number; articleIds: string[]; eventIds: string[] },
): Actor {
  return {
    id: a.id,
    name: a.name,
    side: a.side,
    kind: a.kind,
    aliases: [...a.aliases, ...a.shortNames],
    misspellings: a.misspellings.map((m) => (typeof m === 'string' ? m : m.text)),
    roles: a.roles.map((r) => ({
      title: r.title,
      organizationId: r.organization ?? null,
      from: r.from ? partialDate(r.from) : null,
      to: r.to ? partialDate(r.to) : null,
      articleIds: [...r.articles].sort(cmp),
      note: r.note.trim(),
    })),
    description: a.description.trim(),
    mentionCount: found.mentionCount,
    articleIds: found.articleIds,
    eventIds: found.eventIds,
  };
}

/** '2021-07' → { date: '2021-07-01', precision: 'month' } */
export function partialDate(s: string): PartialDate {
  if (s.length === 4) return { date: `${s}-01-01`, precision: 'year' };
  if (s.length === 7) return { date: `${s}-01`, precision: 'month' };
  return { date: s, precision: 'day' };
}
